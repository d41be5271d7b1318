"""Stage 4 orchestration: statements → speakers → resolution → tables (see :mod:`helpers.quotes`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..frames import column_lists
from ..text import count_words
from . import attribution as att
from .lexicon import INSTITUTION_NOUNS, doc_nouns, role_nouns
from .marks import find_statements
from .names import _entity_nominals, _split_title, find_nominals
from .speakers import MEDIA_HEADS

_TITLE_CASE = re.compile(r"(?:[A-Z0-9][\w’'&:-]*|of|the|and|a|an|in|on|for|to|at)(?:\s+(?:[A-Z0-9][\w’'&:-]*|of|the|and|a|an|in|on|for|to|at)){0,8}")
_FEMALE = re.compile(r"\b(?:Mrs|Ms|Miss|Madam|Lady|Queen|Dame)\b\.?")
_MALE = re.compile(r"\b(?:Mr|Sir|King|Lord)\b\.?")


@dataclass
class Found:
    """One statement before it becomes a row."""

    parts: list[tuple[int, int]]
    kind: str  # direct / indirect
    nominal: object = None  # the Nominal the attribution points at
    verb: str | None = None
    how: str | None = None  # split / after / before / sentence / doc / according / continuation / sibling
    speaker: str | None = None
    speaker_kind: str | None = None
    role: str | None = None
    paragraph: int = 0
    meta: dict = field(default_factory=dict)

    @property
    def start(self):
        return self.parts[0][0]

    @property
    def end(self):
        return self.parts[-1][1]


_NON_SPACE = re.compile(r"\S")  # \s is str.isspace() for str patterns


def _blank(text: str) -> str:
    """``text`` with every non-space character replaced by ``_``: word by word when its only space
    character is " " (its words then hold every non-space character), else by the regular expression."""
    words = text.split(" ")
    if len(text) - len(words) + 1 == len("".join(text.split())):
        return " ".join(["_" * len(w) for w in words])
    return _NON_SPACE.sub("_", text)


# bytes: the ASCII whitespace characters (those of str.isspace) stay, every other byte becomes "_"
_BLANK_BYTES = bytes(c if chr(c).isspace() else ord("_") for c in range(128)) + b"_" * 128
_NON_ASCII_SPACE = re.compile("[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


def _blank_all(body: str) -> str | None:
    """``body`` with every non-space character replaced by ``_`` (one C pass over its bytes, a non-ASCII
    character being one "?" once encoded), or None when it holds a non-ASCII space character."""
    if not body.isascii() and _NON_ASCII_SPACE.search(body):
        return None
    return body.encode("ascii", "replace").translate(_BLANK_BYTES).decode("ascii")


def _mask(body: str, statements) -> str:
    """``body`` with every non-space character inside a statement's parts replaced by ``_``.

    >>> class St: parts = [(8, 17)]
    >>> _mask("He said “go home” now.", [St()])
    'He said ___ _____ now.'
    """
    parts = sorted((s, e) for st in statements for s, e in st.parts)
    if not parts:
        return body
    blank = _blank_all(body)
    out, pos = [], 0
    for s, e in parts:
        s = max(s, pos)
        if e > s:
            out += (body[pos:s], blank[s:e] if blank is not None else _blank(body[s:e]))
            pos = e
    out.append(body[pos:])
    return "".join(out)




class _Ctx:
    def __init__(self, art):
        self.art = art
        self.body = art.body
        self.sent = art._sentence_spans  # (paragraph, start, end)
        import bisect

        self._starts = [s for _, s, _ in self.sent]
        self._bisect = bisect

    def sid(self, offset: int) -> int:
        return max(0, self._bisect.bisect_right(self._starts, offset) - 1)



# institution nouns that stand for whichever company was named just before ("Acme cut 500 jobs. The
# company said ..."), when no organisation named so was
GENERIC_COMPANY_NOUNS = frozenset("company firm corporation airline operator group".split())

# verbs that attribute only right after a quote ("…,” he continued), not as a clause before it
AFTER_ONLY = frozenset({"continue", "add", "read"})


# -- direct ----------------------------------------------------------------------------------------
def _attribute_frame(ctx, masked, a, b, where, nominals):
    """Try the speech verbs in masked[a:b]; return (nominal, verb, how) or None."""
    if b <= a:
        return None
    verbs = att.find_verbs(masked, a, b)
    if where == "before":
        verbs = verbs[::-1]
    fallback = None
    for k, (vs, ve, v) in enumerate(verbs):
        if v.lemma in AFTER_ONLY and where not in ("after", "split") and masked[ve:b].strip() != ":":
            continue  # (but "She added: “…”" introduces the quote)
        if where == "before" and k + 1 < len(verbs) and _MODAL_BEFORE.search(masked, max(a, vs - 12), vs):
            # "It said Chilean police would maintain “…”": a verb after a modal is the content of the
            # speech verb before it, not an attribution
            continue
        if where == "after":
            doc = att.doc_writer(masked, ve, b, nominals)
            if doc is not None:
                return doc, masked[vs:ve], "doc"
        subj = att.left_subject(masked, vs, a, nominals)
        if subj is None and where in ("before", "sentence") and masked[vs:ve].lower().endswith("ing") \
                and masked[a:vs].rstrip().endswith(","):
            subj = _clause_subject(masked, a, vs, nominals)
        if subj is not None and where == "after":
            # after a quote only "…,” SUBJ said": nothing but titles / role words between the quote and
            # its subject (", but the college warned …" starts a new clause)
            lead = _DETERMINERS_COMMAS.sub(" ", masked[a:subj.start]).strip()
            if lead and not att._between_ok(lead + " "):
                continue
        if subj is not None and subj.kind in ("org", "gpe") and where in ("before", "sentence"):
            # "Netanyahu said the war in Gaza would continue “…”": keep looking for a person
            fallback = fallback or (subj, masked[vs:ve], where)
            continue
        if subj is not None and subj.kind in ("person", "org", "gpe", "group", "role", "pronoun"):
            return subj, masked[vs:ve], where
        lead = masked[a:vs].strip(" ,")
        if where in ("after", "split") and v.inversion and not lead:
            inv = att.inverted_subject(masked, ve, b, nominals)
            if inv is not None:
                return inv, masked[vs:ve], where
    acc = att.according_to(masked, a, b, nominals)
    if acc is not None:
        return acc[0], "according to", "according"
    return fallback


_MODAL_BEFORE = re.compile(r"\b(?:would|will|could|might|may|should|must|can)\s+$")
_PREPOSITIONS = frozenset("in on at of for from with by to after before during under over about against".split())


# a message sent, issued or posted, then "saying": what it says is its sender's
_SENT_SAYING = re.compile(r"\b(?:sent|issued|posted|released|published|put\s+out|shared|emailed|circulated)\s+"
                          r"(?:a|an|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:statement|message|post|letter|note|"
                          r"notice|video|email|e-mail|memo|circular|update|text)\b[^_.;:!?]{0,80}$")
_SAYING_AFTER = re.compile(r"^[^,;:_]{1,80},\s+saying\b")


def _clause_subject(masked, a, vs, nominals):
    """``A federal judge on Tuesday blocked the rule, saying …``: the subject of the main clause, for a
    participle after a comma — the first speaker nominal of ``masked[a:vs]`` with only an introductory
    phrase and titles before it (not the object of a preposition, nor a possessor: "Morgan Stanley’s
    Jessica Lin")."""
    for n in att.window(nominals, a, vs):
        if n.kind not in ("person", "org", "gpe", "group", "role") and not (
                n.kind == "pronoun" and n.name in ("he", "she", "they")) or n.end > vs:
            continue  # ("She asked for a sentence of eight years, saying …": the pronoun, resolved later)
        if masked[n.end:n.end + 2] in ("’s", "'s"):
            continue
        lead = masked[a:n.start]
        words = lead.split()
        if len(words) > 12 or not _SUBJECT_LEAD.match(lead) or (words and words[-1].lower() in _PREPOSITIONS):
            return None
        return n
    return None


_TOKEN = re.compile(r"[\w’'-]+")
_DOC_DET = re.compile(r"(?:^|\s)(?:the|an?|this|that|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_DOC_BY = re.compile(r"\s*,?\s*(?:(?:signed|written|sent|issued|released)\s+)?(?:by|from)\s+")


def _doc_subject(masked, a, b, nominals):
    """``“…,” the memo said`` / ``the letter, signed by X, said``: a written document as the subject of a
    speech verb in ``masked[a:b]``.  Returns (writer nominal or None, verb) — the writer when the text
    names it ("by X", "from X") — or None when no document speaks here."""
    nouns = doc_nouns()
    for vs, ve, _ in att.find_verbs(masked, a, b):
        docs = [t for t in _TOKEN.finditer(masked, a, vs) if t.group().lower() in nouns]
        if not docs:
            continue
        t = docs[-1]
        if not _DOC_DET.search(masked[max(a, t.start() - 40):t.start()]) or not att.gap_ok(masked[t.end():vs]):
            continue
        by = _DOC_BY.match(masked, t.end(), vs)
        writer = att.inverted_subject(masked, by.end(), vs, nominals) if by else None
        return writer, masked[vs:ve]
    return None


def _opening(ctx, si: int) -> int:
    """Where sentence ``si`` starts, past a dateline opening its paragraph ("COLUMBUS, Ohio - ")."""
    start = ctx.sent[si][1]
    if si == 0 or ctx.sent[si - 1][0] != ctx.sent[si][0]:
        dl = _DATELINE.match(ctx.masked[start:ctx.sent[si][2]])
        if dl:
            start += dl.end()
    return start


def _direct(ctx, masked, statements, nominals):
    body = ctx.body
    found = []
    for st in statements:
        f = Found([tuple(p) for p in st.parts], "direct", paragraph=st.paragraphs[0])
        f.meta["continued"] = st.continued
        res = None
        # 1. between the parts of a split quote
        for (s1, e1), (s2, e2) in zip(st.parts, st.parts[1:]):
            if ctx.sent[ctx.sid(s1)][0] != ctx.sent[ctx.sid(s2)][0]:
                continue  # a paragraph break, not an attribution
            res = _attribute_frame(ctx, masked, e1 + 1, s2 - 1, "split", nominals)
            if res:
                break
        last_s, last_e = st.parts[-1]
        first_s = st.parts[0][0]
        si_last = ctx.sid(last_e - 1)
        si_first = ctx.sid(first_s)
        # 2. after the quote, to the end of its sentence (or the next quote)
        if res is None:
            a = last_e + 1
            b = ctx.sent[si_last][2]
            nxt = masked.find("_", a, b)
            if nxt >= 0:
                b = masked.rfind(" ", a, nxt) if masked.rfind(" ", a, nxt) > a else nxt
            res = _attribute_frame(ctx, masked, a, b, "after", nominals)
        # 3. before the quote, from the sentence start (or the previous quote); a speaker found there also
        # beats an "according to" after the quote: "The mayor’s office said … the mayor supported the
        # ordinance “…” to reduce traffic deaths, which reached 147 last year, according to city figures"
        # (the figures are the source of the number, the quoted words the office's)
        if res is None or res[2] == "according":
            a = _opening(ctx, si_first)
            prev = masked.rfind("_", a, first_s - 1)
            if prev >= 0:
                a = prev + 1
            res = _attribute_frame(ctx, masked, a, first_s - 1, "before", nominals) or res
        # 4. anywhere in the sentence(s), outside quotes
        if res is None:
            a, b = _opening(ctx, si_first), ctx.sent[si_last][2]
            res = _attribute_frame(ctx, masked, a, b, "sentence", nominals)
        # 5. a quote introduced by a colon: the subject of the clause before it ("Mayor Cole put it bluntly: “…”")
        if res is None:
            a = ctx.sent[si_first][1]
            frame = masked[a:first_s - 1]
            if frame.rstrip().endswith(":"):
                for n in att.window(nominals, a, first_s):
                    if n.kind in ("person", "role", "group", "org") and _is_subject(ctx, n):
                        res = (n, ":", "colon")
                        break
        # 6. a paragraph of quote after a paragraph ending with a colon ("The minister said:")
        if res is None and si_first > 0:
            pi = ctx.sent[si_first][0]
            para_start = ctx.art._paragraph_starts[pi]
            prev_si = si_first - 1
            if ctx.sent[prev_si][0] == pi - 1 and body[para_start:first_s].strip(" “\"‘") == "" \
                    and body[ctx.sent[prev_si][1]:ctx.sent[prev_si][2]].rstrip().endswith(":"):
                a, b = ctx.sent[prev_si][1], ctx.sent[prev_si][2]
                res = _attribute_frame(ctx, masked, a, b, "before", nominals)
                if res is not None:
                    res = (res[0], res[1], "colon-paragraph")
        if res is None:
            # 7. a document speaks: its writer, else the author is resolved later (_resolve)
            doc = _doc_subject(masked, last_e + 1, ctx.sent[si_last][2], nominals) \
                or _doc_subject(masked, _opening(ctx, si_first), first_s - 1, nominals)
            if doc is not None:
                f.verb, f.how = doc[1], "doc"
                if doc[0] is not None:
                    res = (doc[0], doc[1], "doc")
        if res is not None:
            f.nominal, f.verb, f.how = res
        f.meta["sentences"] = (si_first, si_last)
        found.append(f)
    # 5. a quote with no attribution of its own shares it with a quote of the same sentence
    for f in found:
        if f.nominal is None:
            for g in found:
                if g is not f and g.nominal is not None and _share_sentence(g.meta["sentences"], f.meta["sentences"]):
                    f.nominal, f.verb, f.how = g.nominal, g.verb, "sibling"
                    break
    return found


def _share_sentence(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """The sentence ranges ``a`` and ``b`` (first, last; inclusive) have a sentence in common."""
    return a[0] <= a[1] and b[0] <= b[1] and a[0] <= b[1] and b[0] <= a[1]


# -- indirect ----------------------------------------------------------------------------------------
# "that" opening the reported clause: right after the verb, or after a listener / setting
# ("explained to reporters that", "said in a statement on Tuesday that") — never a relative "that".
_THAT = re.compile(
    r"^(?:,?\s+(?:to|in|on|at|during|via|with|a|an|the|his|her|their|its|late|early|this|last|earlier|"
    r"reporters|journalists|lawmakers|him|them|us|me|statement|interview|briefing|press|conference|"
    r"news|email|letter|television|radio|call|phone|speech|week|month|year|morning|afternoon|evening|"
    r"for|several|many|some|years|months|weeks|days|decades|"
    r"night|\d+|[A-Z][\w’'.-]*|"
    # listeners and media of a statement ("told the court that", "wrote in a note to clients that")
    r"court|jury|tribunal|hearing|inquiry|committee|panel|meeting|audience|crowd|analysts|investors|"
    r"clients|shareholders|members|supporters|staff|employees|note|report|post|message|video),?)*\s+that\b"
)
# "Scientists have been warning for years that …": a progressive main verb, not a participle
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?$")
# after "X said": a time ("on Tuesday", "late last night", or a bare weekday as wire stories write it: "said
# Wednesday, as attacks …")
_TIME_ADV = re.compile(r"^(?:\s*,?\s*(?:(?:on|in|at|late|early|last|this|during)\s+(?:a\s+|an\s+|the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?"
                       r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b))*")


# after "…, the agency said": only a setting follows ("in a confidential report seen by Reuters")
_SETTING = re.compile(r"^\s*(?:in|on|at|during|after|before|via|through|late|early|last|this)\b[^_“”\"]*$")


_DETERMINERS_COMMAS = re.compile(r"\b(?:a|an|the|its|his|her|their)\b|,")
_ROLE_RUN = re.compile(r",\s*(?:the|a|an|its|his|her|their)?\s*[\w’'\s-]{1,60},\s*")
_NEGATION = re.compile(r"\b(?:not|never)\b|n[’']t\b")
# after "X said": nothing but a listener and a setting to the sentence end
_END_ATTRIBUTION = re.compile(
    r"(?:\s*(?:to\s+)?(?:[A-Z][\w’'.-]*\s*)*|\s*(?:reporters|journalists|him|her|them|us|me)"
    r"|\s*(?:to\s+)?(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?"  # "told a regular press conference"
    r"(?:conference|briefing|meeting|hearing|session|rally|crowd|gathering|forum|summit|audience))?"
    r"(?:\s*,?\s*(?:on|in|at|late|early|last|this|during|via|through)\s+(?:a\s+|an\s+|the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?"
    # ("announced on Tuesday (18)": the day of the month after the weekday, as Agência Brasil prints it)
    r"(?:\s*\(\d{1,2}\))?)*"
    r"\s*[.!?]?\s*")
_TOLD_THAT = re.compile(r"\s*(?:[\w’'.-]+\s+){1,6}?that\b")
# (or a determiner and its noun: "told the board the district faces …", "told the meeting the savings …")
_TOLD_WHOM = re.compile(r"\s*(?:(?:the\s+)?(?:[A-Z][\w’'.-]*\s*)+|(?:the|a|an|his|her|their|its)\s+[a-z]+\s+|\w+\s+)")


def _role_run(text: str) -> bool:
    """``, the health secretary, `` — a comma-delimited role before a name.  A lower-case run with no
    determiner is a list's last items, not a role ("… transport traps, hunters and captured animals,
    Morioka told")."""
    if not _ROLE_RUN.fullmatch(text):
        return False
    first = text.lstrip(", ")[:1]
    return not (first.islower() and _LIST_END.match(text) is not None)


_LIST_END = re.compile(r",\s*[a-z][\w’'-]*(?:\s+[\w’'-]+)*\s+(?:and|or)\s+[\w’'\s-]+,\s*$")
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+(?:,\s*[\w .'’-]+?)?\s*(?:\([^)]*\))?\s*[—–-]+\s*")
_CONJUNCTION = re.compile(r"(?:and|but|while|as|so)\b")
_TRIM_END = re.compile(r"(?:[\s,;:–—-]+(?:as|and|but|while|because|so)?)+\s*$")
_TRIM_END_WORDS = ("as", "and", "but", "while", "because", "so")


def _trim_end(text: str) -> str:
    """``_TRIM_END.sub("", text)``: trailing punctuation and a dangling conjunction cut.  A text ending in
    none of the pattern's characters (whitespace included) nor words cannot hold a match, and is
    returned without the search (which tries every position of the text)."""
    if text and text[-1] not in ",;:–—-" and not text[-1].isspace() and not text.endswith(_TRIM_END_WORDS):
        return text
    return _TRIM_END.sub("", text)


_COORDINATED_ENDS = ("but", "and", "also", "later", "then")


def _coordinated(masked: str, s0: int, vs: int) -> bool:
    """``_COORDINATED.search(masked, s0, vs)`` found something: a match ends in whitespace at ``vs``
    (its ``$``; or before a final newline) after "but" / "and" or "also" / "later" / "then", so a text
    whose words before ``vs`` end otherwise is ruled out without the search (which tries every position
    of the sentence up to the verb)."""
    if not masked[s0:vs].rstrip().endswith(_COORDINATED_ENDS):
        return False
    return _COORDINATED.search(masked, s0, vs) is not None


_AND_THAT = re.compile(r"_[”\"’]?,?\s+(?:and|but)\s+that\s+")
_COORDINATED = re.compile(r"[^,;_]\s(?:but|and)\s+(?:(?:also|later|then)\s+)?$")


_NOT_CONTENT_OPENERS = frozenset(
    """as while but and or after before because when whereas which who although though amid with even since
    despite adding saying citing noting according in on at for""".split())
_THAT_OPENING = re.compile(r"\s*,\s*(?:that\s+)?")


def _after_parenthetical(body, masked, k, s1):
    """(start, end) of the words after the comma at ``k`` to the sentence end (trimmed), or None when
    a quote is among them or fewer than two words remain."""
    m = _THAT_OPENING.match(masked, k, s1)
    if m is None or masked.find("_", m.end(), s1) >= 0:
        return None
    first = masked[m.end():m.end() + 12].split(" ", 1)[0].lower()
    if first in ("and", "but") and (more := _AND_CLAUSE.match(masked, m.end(), s1)) is not None:
        # "Some positions would be cut through retirements, she said, and others would move to the Waitsfield
        # school": a second reported clause with its own subject and verb (not "and added", "and then left")
        m = more
    elif first in _NOT_CONTENT_OPENERS:
        return None  # "…, X said on Thursday, as new figures showed …": a clause of the reporter's
    text = _trim_end(body[m.end():s1].rstrip().rstrip(".!?"))
    if count_words(text) < 2:
        return None
    return m.end(), m.end() + len(text)


_AND_CLAUSE = re.compile(r"(?:and|but)\s+(?=(?!(?:then|also|later|so|added|said|says|called|urged|asked|warned|told|"
                         r"noted|insisted|stressed)\b)(?:[\w’'-]+\s+){1,4}?(?:would|will|could|can|might|may|should|had|"
                         r"has|have|was|were|is|are)\b)", re.I)
_DESCRIBED_AS = re.compile(r"\s+(?:it|this|that|them|him|her|himself|herself|(?:the|his|her|their|its)\s+[\w’'-]+)\s+as\s+[a-z]")
_AND_THAT_AFTER = re.compile(r"(?:and|but)\s+that\b")
# a passive ("were being asked") or a noun ("with calls") is no speech verb of a new statement
_NO_NEW_VERB_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be|with|the|a|an|of|for|many|more|no)\s+$")
_FRAGMENT_GOES_ON = re.compile(r"[”\"’]?\s+(?!(?:he|she|they|it|we|i|you)\b)[a-z]")


def _after_fragment(body, masked, qe, s1):
    """(start, end) of the words after a quoted fragment ending at ``qe`` that carry on its clause
    (a lower-case word right after the closing mark, no other quote, no pronoun starting a new
    attribution), or None."""
    m = _FRAGMENT_GOES_ON.match(body, qe, s1)
    if m is None or masked.find("_", m.end(), s1) >= 0 or _AND_THAT_AFTER.match(body, m.end() - 1):
        return None
    start = m.end() - 1
    if any(not _NO_NEW_VERB_BEFORE.search(masked, max(start, vs - 12), vs) for vs, _, _ in att.find_verbs(masked, start, s1)):
        return None  # "… but added that …": a statement of its own
    text = _trim_end(body[start:s1].rstrip().rstrip(".!?"))
    if count_words(text) < 2:
        return None
    return start, start + len(text)


def _inverted_reported(ctx, masked, s0, s1, opening, vs, ve, v, nominals):
    """``All but two of the cases are in children, said Dr. Rosa Delgado, the county's health
    officer.``: wire style puts the speaker after the verb at the sentence end; what was said is the
    clause before the comma.  Only when nothing but the speaker, an appositive and a setting follow."""
    if v.lemma not in att.SAY_LIKE:
        return None
    n = att.inverted_subject(masked, ve, s1, nominals)
    if n is None or n.kind not in ("person", "org", "group", "role"):
        return None
    rest = masked[n.end:s1]
    app = att._APPOSITIVE_TO_END.match(rest)
    if not (_END_ATTRIBUTION.fullmatch(rest) or app is not None or _SETTING.match(rest.lstrip(" ,"))):
        return None
    cs, ce = opening, masked.rfind(",", s0, vs)
    text = ctx.body[cs:ce]
    cs += len(text) - len(text.lstrip())
    ce = cs + len(_trim_end(text.strip()))
    if count_words(masked[cs:ce]) < 4 or "_" in masked[cs:ce]:
        return None
    f = Found([(cs, ce)], "indirect", n, masked[vs:ve], "indirect", paragraph=ctx.sent[ctx.sid(s0)][0])
    f.meta["sentences"] = (ctx.sid(s0), ctx.sid(s0))
    return f


_LAST_DETERMINER = re.compile(r"(?<=[\s,])(?:her|his|their|its|our|the)$", re.IGNORECASE)


def _before_titles(masked, s0, subj) -> str:
    """The sentence's text before ``subj`` and the titles standing before it ("…, Chief Cabinet Secretary
    Kenji Morioka said": what comes before "Chief Cabinet Secretary"), right-stripped."""
    pre = masked[s0:subj.start].rstrip()
    for t in subj.titles or ():
        if pre.endswith(t):
            pre = pre[:-len(t)].rstrip()
    # "…, her family said": the group's possessive.  ``pre`` is right-stripped, so a match ends at its
    # end (``$``) and starts at most five characters before it (the longest word, "their", each of its
    # letters one character even as IGNORECASE folds them): the search starts there, not at every
    # position of the sentence (the lookbehind still reads the character before that start)
    det = _LAST_DETERMINER.search(pre, max(0, len(pre) - 5))
    return pre[:det.start()].rstrip() if det else pre


def _indirect(ctx, masked, nominals, direct):
    body = ctx.body
    out = []
    quoted_sentences = {}
    for f in direct:
        for si in range(f.meta["sentences"][0], f.meta["sentences"][1] + 1):
            quoted_sentences[si] = True
    part_end = {ps: pe for f in direct for ps, pe in f.parts}
    for si, (pi, s0, s1) in enumerate(ctx.sent):
        acc = att.according_to(masked, s0, s1, nominals)
        taken_to = s0
        verbs = att.find_verbs(masked, s0, s1)
        opening = _opening(ctx, si) if verbs else s0  # a dateline is no subject
        for vs, ve, v in verbs:
            if vs < taken_to:
                continue
            w = masked[vs:ve].lower()
            subj = att.left_subject(masked, vs, opening, nominals)
            # "X declined to comment on the ruling, saying …": the participle's subject is the clause's
            participle = w.endswith("ing") and masked[s0:vs].rstrip().endswith(",") and (
                v.lemma == "say" or _THAT.match(masked[ve:s1]) is not None)  # not "…, adding 120 teachers"
            if subj is None and v.inversion and si not in quoted_sentences and masked[s0:vs].rstrip().endswith(",") \
                    and not w.endswith("ing"):  # ("Some teachers disagreed with the idea, saying students …": no inversion)
                inv = _inverted_reported(ctx, masked, s0, s1, opening, vs, ve, v, nominals)
                if inv is not None:
                    out.append(inv)
                    taken_to = s1
                    break
            if subj is None and not participle and w.endswith("ing") and v.lemma == "say" \
                    and _SENT_SAYING.search(masked, max(opening, vs - 160), vs):
                # "Quang sent a message to parents through the school's app saying he had given the wrong figure",
                # "the department issued a new statement saying": the sender says it
                participle = True
            if participle and subj is None:
                subj = _clause_subject(masked, opening, vs, nominals)
            elif subj is None and _coordinated(masked, s0, vs):
                # "Humanitarian groups welcomed the reopening but said …": the clause's subject
                subj = _clause_subject(masked, opening, vs, nominals)
            if subj is None or subj.kind not in ("person", "org", "gpe", "group", "role", "pronoun"):
                continue
            gap = masked[subj.end:vs]
            if v.cls != "cognition" and _NEGATION.search(gap[gap.rfind(",") + 1:]):
                continue  # "did not respond to a request for comment" says nothing (an appositive's "not" aside)
            if subj.kind == "pronoun" and subj.name not in ("he", "she", "they"):
                pass
            if w.endswith("ing") and not participle and not _PROGRESSIVE.search(masked, subj.end, vs):
                pre = masked[s0:subj.start].rstrip().lower()
                if not pre.endswith("with"):
                    continue
            rest = masked[ve:s1]
            that = _THAT.match(rest)
            if si in quoted_sentences:
                # a sentence with a direct quote: only a that-clause before the quote is reported speech
                # ("X said members had learned of the plans “…”" needs no "that"), or a that-clause after
                # every quote ("X wrote that “…,” but added that …")
                q0 = masked.find("_", ve, s1)
                if q0 < 0:  # every quote is before the verb: a that-clause after them
                    if not that or masked.rfind("_", s0, vs) < 0:
                        continue
                elif that:  # the that-clause must end before the quote
                    if ve + that.end() >= q0:
                        continue
                elif v.lemma not in att.SAY_LIKE or v.lemma == "tell":  # no "that": only a plain say-verb
                    continue
            # (an attribution at the end or in the middle needs a comma before its subject: without one,
            # neither the listener-and-setting pattern nor the time adverbs are tried on the rest)
            comma_before = _before_titles(masked, s0, subj).endswith(",")
            end_attr = mid_attr = False
            if comma_before:
                end_attr = _END_ATTRIBUTION.fullmatch(rest)
                if not that:
                    after_time = _TIME_ADV.sub("", rest)
                    mid_attr = after_time.lstrip()[:1] == "," or _SETTING.match(rest) is not None
            tail = None
            if (end_attr or mid_attr) and comma_before:
                cs, ce = s0, masked.rfind(",", s0, subj.start)
                if mid_attr and not end_attr and after_time.lstrip()[:1] == ",":
                    # "Others, she said, have been swayed by …": what was said goes on after the
                    # attribution in commas (a "that" opening it aside)
                    tail = _after_parenthetical(body, masked, ve + len(rest) - len(after_time), s1)
                if subj.kind == "person":
                    # "…, the health secretary, Wes Streeting, said": the content ends before the role
                    k = masked.rfind(",", s0, ce)
                    if k > s0 and count_words(masked[s0:k]) >= 4 and _role_run(masked[k:subj.start]):
                        ce = k
            elif that:
                cs, ce = ve + that.end(), s1
            elif v.lemma == "describe" and _DESCRIBED_AS.match(rest):
                # "Haworth described it as one of the best days of his career": the description
                cs, ce = ve, s1
            elif v.cls == "speech" and v.lemma in att.SAY_LIKE or v.cls == "reaction":
                if _SAYING_AFTER.search(rest):
                    continue  # "rejected the plan, saying the city could not afford it": the participle says it
                cs, ce = ve, s1
                if v.lemma == "tell":
                    lis = _TOLD_THAT.match(masked[ve:s1]) or _TOLD_WHOM.match(masked[ve:s1])
                    cs = ve + (lis.end() if lis else 0)
            else:
                continue
            q = masked.find("_", cs, ce)
            if q >= 0:
                ce = masked.rfind(" ", cs, q) if masked.rfind(" ", cs, q) > cs else q
                ce = max(cs, ce - 1) if body[ce - 1:ce] in "“\"" else ce
                if tail is None and q in part_end:
                    # "said his side had been “outplayed for about an hour” and had only themselves to
                    # blame": the reported clause goes on after a quoted fragment inside it (the
                    # statement keeps the fragment, so it reads as written)
                    more = _after_fragment(body, masked, part_end[q], s1)
                    if more is not None:
                        ce = more[1]
            dl = _DATELINE.match(body, cs, ce) if cs == 0 else None  # (its "^" matches at 0 only)
            if dl and cs == s0:
                cs = dl.end()
            text = body[cs:ce]
            text_clean = _trim_end(text.strip().rstrip("“\"‘ "))
            lead = len(text) - len(text.lstrip())
            cs = cs + lead
            ce = cs + len(text_clean)
            if count_words(masked[cs:ce].replace("_", " ")) + (count_words(body[tail[0]:tail[1]]) if tail else 0) < 4:
                # "said the breach was “deeply concerning” and that he had spoken to …": too short a
                # clause before the quote, but the second that-clause is reported speech
                if si not in quoted_sentences or not _AND_THAT.search(masked, ce, s1):
                    continue
            else:
                f = Found([(cs, ce)] + ([tail] if tail else []), "indirect", subj, masked[vs:ve], "indirect",
                          paragraph=pi)
                f.meta["sentences"] = (si, si)
                out.append(f)
            # "X said the cost had risen “…,” and that margins would fall": a second that-clause
            # after the quote is said by the same speaker
            more = _AND_THAT.search(masked, ce, s1) if si in quoted_sentences else None
            if more is not None:
                ce2 = masked.find("_", more.end(), s1)
                ce2 = s1 if ce2 < 0 else ce2
                text = _trim_end(body[more.end():ce2].rstrip().rstrip("“\"‘ "))
                if count_words(text) >= 4:
                    g = Found([(more.end(), more.end() + len(text))], "indirect", subj, masked[vs:ve], "indirect",
                              paragraph=pi)
                    g.meta["sentences"] = (si, si)
                    out.append(g)
            taken_to = max(ce, ve)
            break
        else:
            if acc is not None and si not in quoted_sentences:
                n, ps, pe = acc
                before = masked[s0:ps].rstrip(" ,")
                after = masked[pe:s1].lstrip(" ,")
                # "X rose, according to Y, and Z is expected to …": what Y said is before the phrase
                if count_words(before) >= count_words(after) or _CONJUNCTION.match(after):
                    cs, ce = s0, s0 + len(before)
                else:
                    cs, ce = s1 - len(after), s1
                if count_words(masked[cs:ce]) >= 4:
                    f = Found([(cs, ce)], "indirect", n, "according to", "according", paragraph=pi)
                    f.meta["sentences"] = (si, si)
                    out.append(f)
    return out


# -- resolution ------------------------------------------------------------------------------------------
def _gender(name: str, titles, gender_of: dict) -> str | None:
    """'he' / 'she' / None for a person: stage 3's gender, else an honorific in the titles."""
    g = gender_of.get(name)
    if g in ("M", "F"):
        return "he" if g == "M" else "she"
    t = " ".join(titles or [])
    if _FEMALE.search(t):
        return "she"
    if _MALE.search(t):
        return "he"
    return None


_GENDERED_ROLES = {"actress": "she", "waitress": "she", "headmistress": "she", "mother": "she", "father": "he",
                   "widow": "she", "widower": "he", "wife": "she", "husband": "he", "daughter": "she", "son": "he"}


@lru_cache(maxsize=512)
def _role_gender(role: str | None) -> str | None:
    """'he' / 'she' of a role's head noun: "chairwoman", "spokeswoman", "actress" → she; "spokesman",
    "chairman" → he; None for a neutral one ("spokesperson", "minister")."""
    if not role:
        return None
    head = role.split()[-1].lower()
    if head.endswith(("woman", "women")):
        return "she"
    if head.endswith(("man", "men")) and len(head) > 4 and head not in ("german", "germans"):
        return "he"
    return _GENDERED_ROLES.get(head)


def _resolve(ctx, found, nominals):
    """Give each statement a speaker name, in document order (pronouns look back)."""
    persons = [n for n in nominals if n.kind == "person"]
    gender_of = None  # stage 3's genders by name, read when a pronoun first needs one

    def stage3_genders() -> dict:
        nonlocal gender_of
        if gender_of is None:
            gender_of = {}
            try:
                ents = ctx.art.entities
                if "gender" in ents.columns:
                    gender_of.update({_split_title(str(n))[0]: str(g)
                                      for n, g in zip(*column_lists(ents, ["name", "gender"]))})
            except Exception:
                pass
        return gender_of
    titles_of: dict[str, list[str]] = {}
    for n in persons:
        titles_of.setdefault(n.name, [])
        for t in n.titles:
            if t and t not in titles_of[n.name]:
                titles_of[n.name].append(t)
    history: list[Found] = []  # resolved statements with a person speaker
    subjects = None  # the persons opening a sentence's main clause, found when first needed

    def subject_list() -> list:
        nonlocal subjects
        if subjects is None:
            subjects = [p for p in persons if _is_subject(ctx, p)]
        return subjects
    org_subjects = None  # the organisations / places opening a sentence, found when an "It said" first needs them

    def org_subject_list() -> list:
        nonlocal org_subjects
        if org_subjects is None:
            org_subjects = [o for o in nominals if o.kind in ("org", "gpe") and _is_subject(ctx, o)]
        return org_subjects
    orgs = None  # stage 3's organisations, read when "the company", "the ministry" or a document speaks

    def stage3_orgs():
        nonlocal orgs
        if orgs is None:
            # stage 3's organisations are among the nominals unless the fallback name finder replaced
            # them (an article in which stage 3 found no person)
            orgs = [o for o in nominals if o.kind == "org" and not o.fallback]
            if not orgs:
                orgs = [o for o in _entity_nominals(ctx.art)[0] if o.kind == "org"]
        return orgs
    genders: dict = {}  # name -> _gender of it (titles_of and gender_of are complete by now)

    def gender(name):
        if name not in genders:
            genders[name] = _gender(name, titles_of.get(name), stage3_genders())
        return genders[name]
    roles: dict[str, str] = {}
    found.sort(key=lambda f: f.start)
    # statements whose subject is a role with a gender ("A spokesman for …"), with it
    gendered_roles = [(g, gw) for g in found if g.nominal is not None and g.nominal.kind == "role"
                      and (gw := _role_gender(g.nominal.role_noun)) is not None]
    for f in found:
        n = f.nominal
        if n is None:
            # a bare paragraph of quote continues the previous speaker (news convention)
            if f.kind == "direct":
                # same paragraph: the previous statement's speaker; a paragraph opening with a bare
                # quote: the previous paragraph's last direct quote's speaker
                prev = [g for g in found if g.paragraph == f.paragraph and g.start < f.start and g.kind == "direct"
                        and g.speaker is not None]
                if not prev:
                    # "She said the arena had become a shorthand. “For a lot of voters, …”": a bare quote
                    # after reported speech in its paragraph is that speaker's
                    prev = [g for g in found if g.paragraph == f.paragraph and g.end <= f.start
                            and g.kind == "indirect" and g.speaker is not None]
                if not prev:
                    para_start = ctx.art._paragraph_starts[f.paragraph]
                    first_in_para = ctx.body[para_start:f.start].strip(" “\"‘") == ""
                    prev = [g for g in found if g.kind == "direct" and g.paragraph == f.paragraph - 1
                            and g.speaker is not None and g.start < f.start]
                    if not prev and first_in_para:
                        # "Kwok said at least six cooked food centres had closed … ¶ “The owners are old, …”": a
                        # paragraph opening with a bare quote after one person's reported speech goes on with it
                        before = [g for g in found if g.paragraph == f.paragraph - 1 and g.start < f.start]
                        if before and {g.speaker for g in before} == {before[-1].speaker} \
                                and before[-1].speaker_kind == "person":
                            prev = before
                    if not first_in_para:
                        prev = []
                if prev:
                    g = prev[-1]
                    f.speaker, f.speaker_kind, f.how = g.speaker, g.speaker_kind, "continuation"
                    f.role = g.role
                else:
                    # "Smith was blunt. “We lost.”": the person opening an earlier sentence of the paragraph
                    para_start = ctx.art._paragraph_starts[f.paragraph]
                    subj = [p for p in subject_list() if para_start <= p.start < f.start]
                    if subj:
                        f.speaker, f.speaker_kind, f.how = subj[-1].name, "person", "paragraph-subject"
                    elif f.how == "doc":
                        # a document with no writer named: the organisation the article names most
                        # before its sentence (an internal memo is the company's)
                        org = _most_named(ctx, stage3_orgs(), ctx.sent[ctx.sid(f.start)][1])
                        if org is not None:
                            f.speaker, f.speaker_kind = org, "org"
            if f.speaker is not None and f.speaker_kind == "person":
                history.append(f)
            continue
        kind = n.kind
        if kind in ("person", "org", "gpe"):
            f.speaker, f.speaker_kind = n.name, kind
        elif kind in ("group", "role") and (named := _named_appositive(ctx, n, stage3_orgs())) is not None:
            # "A residents’ group, the Kwun Tong Food Heritage Concern Group, wrote on Facebook": the name it is given
            f.speaker, f.speaker_kind, f.role = named, "org", n.name
        elif kind == "group":
            f.speaker, f.speaker_kind = n.name, "group"
            if (n.role_noun or "").lower() in _STAFF_GROUPS and (of := _OF_THE.match(ctx.body, n.end)) is not None:
                # "Officials of the Gurugram Metropolitan Development Authority (GMDA) said": its staff speak
                # for the organisation
                org = next((o.name for o in stage3_orgs() if o.start == of.end()), None)
                if org is not None:
                    f.speaker, f.speaker_kind, f.role = org, "org", n.name
        elif kind == "role":
            person = _resolve_role(ctx, n, persons, titles_of, f) or _renamed_subject(ctx, n, subject_list(), history) \
                or _same_kin(ctx, n, persons)
            org = None
            if person is None and (n.role_noun or "").lower() in INSTITUTION_NOUNS:
                org = _resolve_institution(ctx, n, stage3_orgs()) or _spoke_before(n, found, f)
            elif person is None and (n.role_noun or "").lower() in SPOKES_NOUNS:
                org = _spokes_institution(ctx, n, stage3_orgs()) or _spoken_for(ctx, n, found, f) \
                    or _earlier_role(n, found, f, ctx) or _spokes_for_speaker(ctx, n, found, f) \
                    or _previous_subject(ctx, n, nominals, stage3_orgs())
            elif person is None and (n.role_noun or "").lower() in _UNNAMED_OFFICIALS:
                # "A senior KSEB official said": an unnamed official whose role names the institution
                # speaks for it, as a spokesperson does; "the official said" then refers back to it
                org = _official_institution(n, stage3_orgs()) or _official_of(ctx, n, stage3_orgs()) \
                    or _earlier_role(n, found, f)
                if org is None and (force := _FORCE_INSIDE.search(n.text)) is not None:
                    # "A police official in Gazipur, who did not want to be named, said": the force he speaks for
                    f.speaker, f.speaker_kind, f.role = force.group().lower(), "group", n.name
                    continue
            if person is not None:
                f.speaker, f.speaker_kind = person, "person"
                roles.setdefault(person, n.name)
                f.role = n.name
            elif org is not None:
                f.speaker, f.speaker_kind, f.role = org, "org", n.name
            elif (same := _same_institution(n, found, f)) is not None:
                f.speaker, f.speaker_kind, f.role = same, "role", n.name
            else:
                f.speaker, f.speaker_kind, f.role = _unnamed_speaker(n), "role", n.name
        elif kind == "pronoun":
            word = n.name
            if word in ("he", "she"):
                # the most recent earlier speaker or person in subject position, gender permitting
                cands = [(g.nominal.start if g.nominal is not None and g.nominal.kind == "person" else g.start,
                          g.speaker, g.role, "person") for g in history if g.speaker_kind == "person" and g.start < f.start]
                cands += [(p.start, p.name, None, "person") for p in subject_list() if p.end <= n.start]
                # "Separately, founder and chief executive Arjun Venkatraman deleted a post on X in which he had
                # said …": the first person named in the pronoun's own sentence, before it
                s_start = ctx.sent[ctx.sid(n.start)][1]
                first = next((p for p in persons if s_start <= p.start and p.end <= n.start), None)
                if first is not None:
                    cands.append((first.start, first.name, None, "person"))
                cands = [c for c in cands if c[0] < n.start
                         and (gender(c[1]) or _role_gender(roles.get(c[1]) or c[2])) in (None, word)]
                # "A spokesman for the Port Authority said … , he said": an unnamed speaker whose role
                # noun has the pronoun's gender (spokesman / chairwoman) is an antecedent too
                cands += [(g.nominal.start, g.speaker, g.role, g.speaker_kind) for g, gw in gendered_roles
                          if gw == word and g.start < f.start and g.speaker is not None
                          and g.speaker_kind in ("org", "role")]
                # "One farmer, who asked not to be named, said … . “…,” he said.": an unnamed individual
                # left as a role (no person or institution found for it) whose noun has no gender
                cands += [(g.nominal.start, g.speaker, g.role, "role") for g in found
                          if g.nominal is not None and g.nominal.kind == "role" and g.speaker_kind == "role"
                          and g.start < f.start and g.speaker is not None
                          and _role_gender(g.nominal.role_noun) is None]
                if cands:
                    _, name, role, skind = max(cands, key=lambda c: c[0])
                    f.speaker, f.speaker_kind, f.role = name, skind, role
                    f.how = (f.how or "") + "+pronoun"
                else:
                    before = [p for p in persons if p.end <= n.start]
                    if before:
                        f.speaker, f.speaker_kind = before[-1].name, "person"
                        f.how = (f.how or "") + "+pronoun"
            elif word in ("the latter", "the former"):
                names = []
                for p in persons:
                    if p.end <= n.start and (not names or names[-1] != p.name):
                        names.append(p.name)
                pick = names[-1] if word == "the latter" else (names[-2] if len(names) > 1 else None)
                if pick:
                    f.speaker, f.speaker_kind = pick, "person"
            elif word == "it":
                # "The ministry said … . It said …" / "Acme cut 500 jobs. It said …": the latest
                # institution speaking or opening a sentence, in this paragraph or (speaking) the one before
                cands = [(g.start, g.speaker, g.speaker_kind) for g in found
                         if g.start < f.start and g.paragraph >= f.paragraph - 1 and g.speaker is not None
                         and (g.speaker_kind in ("org", "gpe") or g.speaker_kind == "role"
                              and (g.nominal.role_noun or "").lower() in INSTITUTION_NOUNS)]
                cands += [(o.start, o.name, o.kind) for o in org_subject_list()
                          if o.end <= n.start and ctx.sent[ctx.sid(o.start)][0] == f.paragraph]
                if cands:
                    _, f.speaker, f.speaker_kind = max(cands, key=lambda c: c[0])
            elif word == "they":
                cands = [g for g in found if g.speaker_kind == "group" and g.start < f.start]
                if cands:
                    f.speaker, f.speaker_kind = cands[-1].speaker, "group"
        if f.speaker is not None and f.speaker_kind == "person":
            history.append(f)
    return roles, titles_of


_INDEFINITE = ("one ", "a ", "an ", "another ")


def _unnamed_speaker(n) -> str:
    """The speaker name of a role no person or institution was found for.  An unnamed individual
    introduced indefinitely ("One senior player, who did not want to be named", "a top-20 shareholder")
    is named by the bare role noun ("player"): the modifiers vary from mention to mention of the same
    anonymous source and would split it into several speakers, and they stay in the statement's
    ``role`` ("senior player").  A spokesperson or an institution ("a planning department
    spokesperson", "a ministry") is named by what it speaks for: an institution's noun phrase
    ("A Chinese foreign ministry spokesperson" → "Chinese foreign ministry": a nationality or possessor
    tells one country's ministry from another's, so it stays, unlike a descriptive "senior"), else its
    words; a definite role ("the ship-tracking firm") or one with a complement
    ("a retail analyst at Peel Hunt") keeps its words."""
    noun = n.role_noun or ""
    words = n.name.split()
    if noun in SPOKES_NOUNS and len(words) > 1 and words[-1].lower() == noun \
            and words[-2].lower() in INSTITUTION_NOUNS:
        # "A Chinese foreign ministry spokesperson": the institution spoken for, named by its noun
        # phrase with the nationality that tells it from another country's ("Chinese foreign ministry")
        return " ".join(words[:-1])
    if noun and noun not in SPOKES_NOUNS and noun not in INSTITUTION_NOUNS \
            and n.text.lower().startswith(_INDEFINITE) and n.name.lower().endswith(" " + noun):
        return noun
    return n.name


# (a lower-case word right before the name too: "Board member Andrea Fiske, who represents Moretown, voted")
_SUBJECT_LEAD = re.compile(r"^(?:[^,;:_]*,\s*)?(?:(?:and|but|then|so)\s+)?(?:[A-Z][\w.()’'-]*\s+|[a-z]+\s+(?=[A-Z]|$))*$")


def _is_subject(ctx, p) -> bool:
    """A person mention opening its sentence's main clause (after an introductory phrase and titles)."""
    si = ctx.sid(p.start)
    lead = ctx.masked[ctx.sent[si][1]:p.start]
    if len(lead.split()) > 12:
        return False
    if _SUBJECT_LEAD.match(lead):
        return True
    # "Dutch infrastructure minister Lotte Vermeulen urged …": a run of lower-case words ending in a
    # role noun is a title before the name (checked only when the lead ends in a lower-case word)
    run = _LOWER_TITLE_RUN.search(lead)
    head = lead if run is None else lead[:run.start()]
    if lead.startswith(_INVERTED_LEADS) and _INVERTED_COPULA.match(head):
        # "Among them is Brisbane nurse Kylie Tran, who …": the subject of an inverted copula that
        # introduces a person, after any lower-case descriptor (the next "she said" is hers)
        return True
    if run is None:
        return False
    return run.group(1) in role_nouns() and bool(_SUBJECT_LEAD.match(head))


_INVERTED_LEADS = ("Among ", "Also ", "Including ", "Included ", "One of ", "Another ")
_INVERTED_COPULA = re.compile(r"^[A-Z][^,;:_]{0,60}?\b(?:is|was|are|were)\s+(?:[A-Z][\w.’'-]*\s+)*$")


_LOWER_TITLE_RUN = re.compile(r"(?:\b[a-z][\w’'-]*\s+){0,2}\b([a-z]+)\s+$")


def _resolve_role(ctx, n, persons, titles_of, f):
    """Tie a role noun phrase to a person: a unique person whose title has the role noun, else the next
    newly named person in the same paragraph within two sentences ("the chairman … . Mark Milley …")."""
    given = _GIVEN_AS.match(ctx.body, n.end)
    if given is not None:
        return given.group(1)  # "A timber dealer, who gave his name only as Chinedu, said": Chinedu
    noun = (n.role_noun or "").lower()
    if noun in INSTITUTION_NOUNS or noun in ANONYMOUS_NOUNS:
        # "the ministry", "Seoul's presidential office" speak as institutions; "A senior government source
        # said the chancellor, Gareth Lyle, was …": a source or an ally is unnamed by definition
        return None
    if noun:
        hits = {p.name for p in persons if any(noun in t.lower() for t in titles_of.get(p.name, []))}
        if len(hits) > 1:
            # "Revenue Minister K.R. Suresh Kumar said … . “…,” the Minister told reporters" (a Chief
            # Minister named later): a definite role refers back, to the one such person named before it
            hits = {p.name for p in persons if p.end <= n.start and p.name in hits}
        if len(hits) == 1:
            return hits.pop()
    si = ctx.sid(n.start)
    pi = ctx.sent[si][0]
    limit_si = min(len(ctx.sent) - 1, si + 2)
    limit = ctx.sent[limit_si][2]
    seen_before = {p.name for p in persons if p.end <= n.start}
    for p in persons:
        if p.start <= n.end or p.start > limit:
            continue
        if ctx.sent[ctx.sid(p.start)][0] != pi:
            break
        if p.name not in seen_before and len(p.name.split()) >= 2:
            return p.name
    return None


_KIN_NOUNS = frozenset("mother father daughter son wife husband sister brother widow widower grandmother "
                       "grandfather granddaughter grandson".split())
_POSSESSIVES = ("her ", "his ", "their ")


def _same_kin(ctx, n, persons):
    """"Her daughter, Karen Mallender, said … . Mrs Mallender … went home last week, her daughter said.": a
    possessive kin phrase ("her daughter") is the one person named earlier in apposition to the same
    phrase ("Her daughter, Karen Mallender")."""
    noun = (n.role_noun or "").lower()
    if noun not in _KIN_NOUNS or not n.text.lower().startswith(_POSSESSIVES):
        return None
    phrase = n.text.lower()
    named = {p.name for p in persons if p.end <= n.start
             and ctx.body[max(0, p.start - len(phrase) - 3):p.start].lower().rstrip(" ,").endswith(phrase)}
    return named.pop() if len(named) == 1 else None


def _renamed_subject(ctx, n, subjects, history):
    """"Bloomfield singled out Reid … “He’s a man mountain,” the Wycombe manager said.": a definite role
    phrase (not an institution's or a spokesperson's) no person's title explains re-names the latest
    person opening a sentence of its paragraph before it — one already quoted (not the defendant of
    "Smith was jailed. “…,” the judge said")."""
    noun = (n.role_noun or "").lower()
    if not n.text.lower().startswith("the ") or noun in INSTITUTION_NOUNS or noun in SPOKES_NOUNS \
            or noun in ANONYMOUS_NOUNS:
        return None
    para = ctx.sent[ctx.sid(n.start)][0]
    quoted = {g.speaker for g in history if g.start < n.start}
    cands = [p for p in subjects if p.end <= n.start and ctx.sent[ctx.sid(p.start)][0] == para and p.name in quoted]
    return cands[-1].name if cands else None


def _resolve_institution(ctx, n, orgs):
    """Tie "the company" / "the ministry" to the organisation it stands for: the latest organisation
    named before it whose name holds the noun ("the ministry" → "Ministry of Defence"); for a company,
    firm, corporation or airline with none such, the organisation named most often in its paragraph
    and the two before (the latest of equals), news outlets aside ("…, Reuters reported").  Only a
    bare "the NOUN": "its parent company", "Seoul's presidential office" stay as they are.

    >>> from helpers.article import Article
    >>> a = Article.from_text("Jobs\\n\\nAcme Corp cut 500 jobs, Reuters reported. The company said the cuts were needed.")
    >>> a.quotes.speaker.tolist()
    ['Reuters', 'Acme Corp']
    """
    noun = (n.role_noun or "").lower()
    if noun not in INSTITUTION_NOUNS:
        return None
    words = n.text.split()
    if len(words) >= 3 and words[0].lower() == "the" and words[-1].lower() == noun:
        # "the Unite union has confirmed": the organisation named before its noun
        inner = " ".join(words[1:-1])
        named = next((o.name for o in orgs if o.text == inner or o.name == inner), None)
        if named is not None:
            return named
    if 3 <= len(words) <= 4 and words[0].lower() == "the" and words[-1].lower() == noun:
        owner = next((w for w in words[1:-1] if w.endswith(("’s", "'s"))), None)
        if owner is not None:
            # "The mayor’s office said": an office named by whose it is is no other office named before
            # ("Office of Inspector General"), only one whose name also holds the possessor ("The information
            # commissioner's office" → "Office of the Australian Information Commissioner"); else the phrase
            # stays as it is
            held = {noun, owner[:-2].lower()}
            return next((o.name for o in reversed(orgs) if o.end <= n.start and held <= set(o.name.lower().split())),
                        None)
        if all(w.islower() and w not in _OTHER_MODIFIERS for w in words[1:-1]):
            # "the central bank", "the state education department": the organisation named before whose name
            # holds the noun, if any ("Bank of Ghana"); else the phrase stays as it is ("the rail operator":
            # an operator is the company named most, as "the company" is)
            named = _latest_holding(orgs, n.start, noun)
            if named is None and noun == "body":
                # "a decision the national body says was based …": the organisation named most in the paragraph
                # and the two before
                return _most_named(ctx, [o for o in orgs if o.name not in _PLATFORMS], n.start,
                                   ctx.sent[ctx.sid(n.start)][0] - 2)
            if named is not None or noun != "operator":
                return named
            words = [words[0], words[-1]]
    if len(words) == 3 and words[0].lower() == "the" and _DESCRIPTOR.match(words[1]):
        words = [words[0], words[2]]  # "the Oslo-listed company", "the Bengaluru-based firm": the company
    if len(words) != 2 or words[0].lower() != "the":
        return None
    named = _latest_holding(orgs, n.start, noun)
    if named is None and noun in ("organisation", "organization", "body"):
        # "Masifundise Development Trust, a Cape Town-based organisation … . On Wednesday, the organisation posted":
        # the organisation named most in its paragraph and the two before, news outlets aside
        return _most_named(ctx, [o for o in orgs if o.name not in _PLATFORMS], n.start,
                           ctx.sent[ctx.sid(n.start)][0] - 2)
    if named is not None or noun not in GENERIC_COMPANY_NOUNS:
        return named
    # "according to the company" is no council, ministry or court named nearby: public bodies are
    # passed over while a company-like organisation was named before
    firms = [o for o in orgs if not _PUBLIC_BODY.search(o.name) and o.name not in _PLATFORMS]
    firms = firms if any(o.end <= n.start for o in firms) else orgs
    # and one whose name has a company's legal form ("Slieve Bernagh Stone Ltd") before any other
    formal = [o for o in firms if _LEGAL_FORM.search(o.name)]
    firms = formal if any(o.end <= n.start for o in formal) else firms
    return _most_named(ctx, firms, n.start, ctx.sent[ctx.sid(n.start)][0] - 2)


# social networks are where something was posted, never "the company" / "the group" that posted it
_PLATFORMS = frozenset(("Instagram", "Facebook", "X", "TikTok", "YouTube", "Reddit", "WhatsApp", "Telegram",
                        "LinkedIn", "Threads", "Bluesky", "Twitter", "Weibo", "WeChat"))
# a hyphenated description of a company named before, no part of its name ("the Oslo-listed company")
_DESCRIPTOR = re.compile(r"^[\w’'.]+-(?:listed|based|owned|headquartered|run|backed|controlled|registered|traded)$", re.I)
# modifiers that set the institution apart from the one named before ("the opposition party", "a rival firm")
_OTHER_MODIFIERS = frozenset("opposition rival other another new former previous foreign local regional "
                             "parent sister partner".split())
def _legal_form_re() -> re.Pattern:
    """A company's legal form in a name ("Slieve Bernagh Stone Ltd"): ``lexicons/legal_forms.txt``, as the
    entity stage reads it."""
    from ..entities.lexicon import legal_forms

    forms = sorted(legal_forms(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) + ("" if f.endswith(".") else r"(?![\w.])")
                                                 for f in forms) + ")")


_LEGAL_FORM = _legal_form_re()
# heads of public bodies, which "the company" / "the firm" never stands for
_PUBLIC_BODY = re.compile(
    r"\b(?:Council|Ministry|Department|Commission|Agency|Authority|Court|Police|Government|Parliament|"
    r"Assembly|Senate|Congress|Party|Committee|Tribunal|Regulator|Office|Army|Navy|Force)\b")


SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson".split())
# ", who gave his name only as Chinedu,", ", identified only as Maria,", ", who gave only her first name, Ana,"
_GIVEN_AS = re.compile(r",\s+(?:who\s+(?:gave|would\s+give|provided)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?"
                       r"name\s+(?:only\s+)?(?:as\s+)?|(?:identified|named|known)\s+only\s+as\s+|who\s+gave\s+only\s+"
                       r"(?:his|her|their)\s+first\s+name,?\s+)([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s*,")
# unnamed by definition: never tied to a person the text names near them
ANONYMOUS_NOUNS = frozenset("source ally insider confidant person".split())
_FOR_NAME = re.compile(r"\b(?:for|of|at)\s+(?:the\s+)?([A-Z][\w’'&-]*(?:\s+(?:of|and|for|the|&|[A-Z][\w’'&-]*))*)$")
_FOR_THE = re.compile(r"\s+(?:for|of|at)\s+the\s+([a-z]+)\b")
# (the phrase ends the role: before a comma, or before the speech verb — "A spokesperson for the regional tourism
# office said")
_FOR_THE_PHRASE = re.compile(r"\s+(?:for|of|at)\s+the\s+((?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,2}?([a-z]+))\b"
                             r"(?!\s+(?!(?:said|says|told|added|confirmed|wrote)\b)[A-Za-z])")


def _spokes_institution(ctx, n, orgs):
    """An unnamed spokesperson speaks for the institution: one named in the role ("a spokesman for
    Acme"), else the one its noun stands for ("a department spokesperson", "a spokesperson for the
    department" → the latest organisation named before it whose name holds the noun)."""
    inside = _named_inside(n, orgs)
    if inside is not None:
        # "a spokesman for the Port of Rotterdam Authority": the whole capitalised name after "for the",
        # of which the organisation found may be only the end ("Rotterdam Authority")
        full = _FOR_NAME.search(ctx.body, n.start, inside.end)
        if full is not None and full.group(1).endswith(inside.name) and full.start(1) < inside.start:
            return full.group(1)
        return inside.name
    words = n.text.lower().split()
    nouns = [w for w in words if w in INSTITUTION_NOUNS]
    after = _FOR_THE.match(ctx.masked, n.end)
    if after and after.group(1) in INSTITUTION_NOUNS:
        nouns.append(after.group(1))
    phrase = _FOR_THE_PHRASE.match(ctx.body, n.end)
    if phrase is None and (inner := _FOR_THE_INSIDE.search(n.text)) is not None:
        phrase = _FOR_THE_PHRASE.match(ctx.body, n.start + inner.start())  # (the role holds the phrase)
    # (its capitalised modifier: a nationality or a name the organisation's own name must hold)
    described = [w.lower() for w in phrase.group(1).split()[:-1] if w[:1].isupper()] if phrase is not None else []
    for noun in nouns:
        named = _latest_holding(orgs, n.start, noun)
        # ("a spokeswoman for the German space agency" is no spokeswoman of the European Space Agency)
        if named is not None and set(described) <= set(named.lower().split()):
            return named
    # "A spokeswoman for the German space agency": no such organisation named, the institution is its
    # noun phrase (kept with the nationality or field that tells it from another)
    if phrase is not None and phrase.group(2).lower() in INSTITUTION_NOUNS and " " in phrase.group(1) \
            and phrase.group(2).lower() not in ("body", "organisation", "organization"):
        # (not "the governing body": a description of an organisation named before, which spoke last)
        return phrase.group(1)  # (a bare "for the office" is the office that spoke before: _spoken_for)
    if any(noun in GENERIC_COMPANY_NOUNS for noun in nouns):
        # "A company spokesperson said": the company the article names most, as "the company said" is
        return _most_named(ctx, orgs, n.start, ctx.sent[ctx.sid(n.start)][0] - 2)
    return None


_FOR_THE_INSIDE = re.compile(r"\s+(?:for|of|at)\s+the\s+(?=[A-Z][a-z]+\s+[a-z])")


def _spoken_for(ctx, n, found, f):
    """"the city clerk’s office said … . A spokesperson for the office said": the institution named by
    its noun phrase that spoke just before (this paragraph or the one before), the spokesperson's
    "for the office" holding the same noun."""
    after = _FOR_THE.match(ctx.masked, n.end)
    if after is None or after.group(1) not in INSTITUTION_NOUNS:
        return None
    for g in reversed(found):
        if g.start >= f.start or g is f:
            continue
        if g.paragraph < f.paragraph - 1:
            break
        if g.nominal is not None and g.nominal.kind == "role" and g.speaker is not None \
                and (g.nominal.role_noun or "").lower() == after.group(1):
            return g.speaker
    return None


def _named_appositive(ctx, n, orgs) -> str | None:
    """The organisation an indefinite group or role phrase is named as in an appositive right after it ("A
    residents’ group, the Kwun Tong Food Heritage Concern Group, wrote"), or None."""
    if not n.text.lower().startswith(("a ", "an ")):
        return None
    m = _COMMA_THE.match(ctx.body, n.end)
    if m is None:
        return None
    org = next((o for o in orgs if o.start == m.end()), None)
    return org.name if org is not None and ctx.body[org.end:org.end + 1] == "," else None


_COMMA_THE = re.compile(r",\s+(?:the\s+)?")
# the staff of an organisation named right after them ("Officials of the …", "representatives from …")
_STAFF_GROUPS = frozenset(("officials", "representatives", "executives"))
_OF_THE = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?")
# unnamed members of an institution who speak for it ("A senior KSEB official", "A BGMEA board member")
_UNNAMED_OFFICIALS = frozenset(("official", "board member"))
_FORCE_INSIDE = re.compile(r"\bpolice(?=\s)", re.I)


def _official_institution(n, orgs):
    """The organisation named inside an unnamed official's role ("A senior KSEB official")."""
    inside = _named_inside(n, orgs)
    return inside.name if inside is not None else None


def _official_of(ctx, n, orgs):
    """"A senior official of the central bank": the organisation named before whose name holds the
    institution noun after the role ("Bank of Ghana"), or None."""
    phrase = _FOR_THE_PHRASE.match(ctx.body, n.end)
    if phrase is None or phrase.group(2).lower() not in INSTITUTION_NOUNS \
            or any(w in _OTHER_MODIFIERS or w[:1].isupper() for w in phrase.group(1).split()[:-1]):
        return None
    return _latest_holding(orgs, n.start, phrase.group(2).lower())


def _named_inside(n, orgs):
    """The first organisation of ``orgs`` named within nominal ``n``'s span, or None."""
    return next((o for o in orgs if n.start <= o.start and o.end <= n.end), None)


def _latest_holding(orgs, at: int, noun: str) -> str | None:
    """The name of the latest organisation of ``orgs`` named before offset ``at`` whose name holds the
    word ``noun`` ("the ministry" → "Ministry of Defence"), or None."""
    for o in reversed(orgs):
        if o.end <= at and noun in o.name.lower().split():
            return o.name
    return None


def _earlier_role(n, found, f, ctx=None):
    """"the official said": the institution an earlier unnamed official of the same noun, in this
    paragraph or the two before, spoke for.  With ``ctx`` (for "the spokesperson"), also one whose
    statement was attributed through "spokesperson for the <institution>": "A spokesperson for the
    ministry in Wiesbaden said … . “…,” the spokesperson added." (that statement's nominal is the
    institution, not a spokesperson)."""
    if not n.text.lower().startswith("the "):
        return None
    for g in reversed(found):
        if g is f or g.start >= f.start:
            continue
        if g.paragraph < f.paragraph - 2:
            break
        if g.nominal is not None and g.nominal.kind == "role" and g.speaker_kind == "org" and (
                (g.nominal.role_noun or "").lower() == (n.role_noun or "").lower()
                or ctx is not None and _SPOKES_FOR_BEFORE.search(ctx.masked, max(0, g.nominal.start - 30),
                                                                  g.nominal.start)):
            return g.speaker
    return None


_SPOKES_FOR_BEFORE = re.compile(r"\b(?:spokesman|spokeswoman|spokesperson)\s+(?:for|of|at)\s+$", re.I)


def _spoke_before(n, found, f):
    """"Inland Fisheries Ireland … said it welcomed the ruling. According to the State agency, …": a
    definite institution noun ("the agency", "the State agency") no organisation's name holds is the
    organisation that spoke last in its paragraph."""
    words = n.text.lower().split()
    if not (2 <= len(words) <= 3 and words[0] == "the" and words[-1] == (n.role_noun or "").lower()):
        return None  # ("The Ministry of Justice said": its own name)
    return _last_org_speaker(found, f)


def _spokes_for_speaker(ctx, n, found, f):
    """"The UCI said … . A spokesperson for the governing body said …": a spokesperson for an institution
    described, not named, speaks for the organisation that spoke last in the paragraph."""
    if _FOR_THE.match(ctx.masked, n.end) is None:
        return None
    return _last_org_speaker(found, f)


def _previous_subject(ctx, n, nominals, orgs):
    """"The board did not take a position on the bill. A spokesperson said …": a bare spokesperson (no "for
    …") speaks for the organisation opening the sentence before it in its paragraph (an institution named
    by its noun is the organisation it stands for)."""
    if len(n.text.split()) != 2 or _FOR_THE.match(ctx.masked, n.end) is not None:
        return None
    si = ctx.sid(n.start)
    if si == 0 or ctx.sent[si - 1][0] != ctx.sent[si][0] or ctx.sent[si][1] != n.start:
        return None
    _, a, b = ctx.sent[si - 1]
    first = next((m for m in att.window(nominals, a, b) if m.start >= a), None)
    if first is None or ctx.masked[a:first.start].strip():
        return None
    if first.kind == "org":
        return first.name
    if first.kind == "role" and (first.role_noun or "").lower() in INSTITUTION_NOUNS:
        return _resolve_institution(ctx, first, orgs)
    return None


def _same_institution(n, found, f):
    """"The labour ministry said … . In a post on its official Facebook page, the ministry urged …": a bare
    "the NOUN" of an institution no organisation's name holds is the one an earlier statement of its paragraph
    named with more words and the same noun ("labour ministry"), or None."""
    noun = (n.role_noun or "").lower()
    words = n.text.lower().split()
    if noun not in INSTITUTION_NOUNS or words != ["the", noun]:
        return None
    for g in reversed(found):
        if g is f or g.start >= f.start:
            continue
        if g.paragraph < f.paragraph:
            break
        if g.nominal is not None and g.nominal.kind == "role" and g.speaker_kind == "role" \
                and (g.nominal.role_noun or "").lower() == noun and g.speaker and len(g.speaker.split()) > 1:
            return g.speaker
    return None


def _last_org_speaker(found, f):
    """The organisation that spoke last before statement ``f`` in its paragraph, or None."""
    for g in reversed(found):
        if g is f or g.start >= f.start:
            continue
        if g.paragraph < f.paragraph:
            break
        if g.speaker is not None and g.speaker_kind == "org":
            return g.speaker
    return None


def _most_named(ctx, orgs, at: int, first_para: int = 0) -> str | None:
    """The organisation named most often in the article among those named before ``at`` from paragraph
    ``first_para`` on (else anywhere before ``at``), the latest of equals, news outlets aside."""
    before = [o for o in orgs if o.end <= at and not MEDIA_HEADS.search(o.name)]
    near = [o for o in before if ctx.sent[ctx.sid(o.start)][0] >= first_para] or before
    if not near:
        return None
    counts: dict[str, int] = {}
    for o in orgs:
        counts[o.name] = counts.get(o.name, 0) + 1
    return max(reversed(near), key=lambda o: counts[o.name]).name


def build(art):
    """(list of Found, nominals, masked body, roles, titles) for ``art``."""
    ctx = _Ctx(art)
    paras = list(zip(art.segments.paragraphs, art._paragraph_starts))
    statements = find_statements(paras)
    masked = _mask(art.body, statements)
    ctx.masked = masked
    nominals = find_nominals(art, masked)
    direct = _direct(ctx, masked, statements, nominals)
    # titles of works and names in quotes ("The Art of the Deal") are not statements
    def _is_title(f):
        t = art.body[f.start:f.end]
        if len(f.parts) > 1 or f.meta.get("continued"):
            return False
        if len(t.split()) == 1 and t.endswith((".", "!", "?")):
            return False  # “Never.” is a statement
        return bool(_TITLE_CASE.fullmatch(t.rstrip(",.")))

    direct = [f for f in direct if not _is_title(f)]
    indirect = _indirect(ctx, masked, nominals, direct)
    found = direct + indirect
    roles, titles = _resolve(ctx, found, nominals)
    # drop unattributed very short quoted words: scare quotes and titles, not statements
    found = [f for f in found if not (f.kind == "direct" and f.speaker is None
                                      and count_words(" ".join(art.body[s:e] for s, e in f.parts)) <= 2)]

    return found, nominals, masked, roles, titles, ctx
