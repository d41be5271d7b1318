"""Stage 4's fast paths against the plain implementations they replace, on real text.

Each fast path (plain string search instead of a regular expression per cue, one scan of the body
instead of one per window …) must give exactly what the reference gives, on every sentence of every
test article and on the edge cases written here.
"""

import re

import pytest

from helpers.article import load_article
from helpers.bench import source_articles
from helpers.errors import NewslensError


def _articles():
    out = []
    for p in source_articles():
        try:
            out.append(load_article(p))
        except NewslensError:
            continue
    return out


@pytest.fixture(scope="module")
def articles():
    return _articles()


@pytest.fixture(scope="module")
def sentences(articles):
    return [t for a in articles for t in a.sentences.text.tolist()]


EDGE_TEXTS = [
    "", "Dr", "dr.", "Dr.Smith", "adr. x", "Prof. Jane Roe", "PROFESSOR", "a former commander", "formerly",
    "Col. (ret.) Richard Kemp", "(ret.)", "x(ret.)y", "retired_officer", "_former", "former_", "think-tank",
    "Think Tank fellow", "chief of staff", "vice-president", "Vice President", "university’s", "universities",
    "the \u212aing", "\u0130nstitute", "\u0131nstitute", "\u017fenator", "Senator \u017fmith", "mayor2",
    "2mayor", "é mayor é", "émayor", "mayoré", "Gen.", "gen.x", "lt.", "Lt.Col.", "speaker of the house",
]


def test_cue_categories_equal_the_regex_reference(articles, sentences):
    from helpers.quotes.speakers import _cue_res, cue_categories

    def reference(text):
        return {cat for rx, cat in _cue_res() if rx.search(text)}

    texts = sentences + EDGE_TEXTS + [w for t in sentences for w in t.split()]
    for a in articles:
        texts += a.speakers.role.dropna().tolist() + a.speakers.appositive.dropna().tolist()
    assert len(texts) > 1000
    for t in texts:
        assert cue_categories(t) == reference(t), t


GROUP_EDGE = (
    "Analysts said; ANALYSTS said; the analysts’ view; analysts_ and _analysts; analysts2; café-owners and "
    "caféowners; Scientists, scientist, physicists, Egyptians, protesters, investors, migrants, students; "
    "others, members, numbers, Others; ers, fers, rivers, the PEOPLE, people’s, \u017fcientists, sources\u212a; "
    "seventh-graders, co-founders, x-ers, don’t-sayers, lawmakers.voters, 123workers, workers123"
)


def test_group_heads_equal_the_regex(articles):
    from helpers.quotes.extract import build
    from helpers.quotes.names import _GROUP_RE, _group_heads

    texts = [GROUP_EDGE, GROUP_EDGE.replace("\u017f", "s").replace("\u212a", "")]
    for a in articles:
        texts += [a.body, build(a)[2]]
    for t in texts:
        assert _group_heads(t) == [m.span() for m in _GROUP_RE.finditer(t)]


TITLE_EDGE = (
    "said US Brigadier General William Seely and Col. (ret.) Richard Kemp, Col (ret) Ann Lee, Mr.  Smith, "
    "the ExPresident Jones, Secretary of State Mike Pompeo, Defence Secretary Ben Wallace, Iranian Supreme "
    "Leader Ali Khamenei, Vice\nPresident Mike Pence, Prime Minister\u00a0Boris Johnson, Spokeswoman Ana Ruiz."
)


def _title_before_reference(before):
    from helpers.quotes.names import _TITLE_SEQ

    tm = None
    for tmm in _TITLE_SEQ.finditer(before):
        if tmm.end() == len(before):
            tm = tmm
    return tm


def test_title_before_equals_the_scan(articles):
    from helpers.quotes.names import _title_before

    texts = [TITLE_EDGE] + [a.body for a in articles]
    n = 0
    for t in texts:
        for s in range(len(t)):
            if t[s].isupper():
                before = t[max(0, s - 60):s]
                got, want = _title_before(before), _title_before_reference(before)
                assert (got and got.span()) == (want and want.span()), before
                n += want is not None
    assert n >= 20


def _fallback_names_reference(body):
    """helpers.quotes.names._fallback_names before its fast paths (regexes compiled per call)."""
    import re

    from helpers.quotes.lexicon import org_heads
    from helpers.quotes.names import _NAME_SEQ, _ORG_HEADS, _PARTICLE, _STOP_CAPS, _TITLE_SEQ, TITLE_WORDS, Nominal

    out, persons = [], {}
    for m in _NAME_SEQ.finditer(body):
        s, e = m.start(), m.end()
        words = m.group().split()
        if body[e:e + 1] == "." and re.fullmatch(TITLE_WORDS, m.group().split()[-1]):
            continue
        while words and words[0].lower() in _STOP_CAPS:
            s = body.index(words[1], s) if len(words) > 1 else e
            words = words[1:]
        if not words:
            continue
        text = body[s:e]
        if text.endswith(("’s", "'s")):
            e -= 2
            text = text[:-2]
            words[-1] = words[-1][:-2]
        before = body[max(0, s - 60):s]
        tm = None
        for tmm in _TITLE_SEQ.finditer(before):
            if tmm.end() == len(before):
                tm = tmm
        inner = None
        for im in re.finditer(rf"(?:(?:{TITLE_WORDS})\s+)+(?=[A-Z])", text):
            inner = im
        if inner is not None and inner.start() > 0:
            s += inner.start()
            text = body[s:e]
            words = text.split()
        lead = re.match(rf"(?:(?:{TITLE_WORDS})\s+)+", text)
        title = None
        if lead and len(text) > lead.end():
            title = lead.group().strip()
            s += lead.end()
            text = body[s:e]
            words = text.split()
        elif tm:
            title = tm.group().strip()
        sentence_initial = bool(re.search(r"(?:^|[.!?][”\"]?\s+|\n)$", before))
        if any(w.lower() in _ORG_HEADS for w in words) or (len(words) > 1 and words[0].lower() == "the") \
                or (len(words) > 1 and words[-1] in org_heads()):
            out.append(Nominal(s, e, text, "org", text))
            continue
        core = [w for w in words if not re.fullmatch(_PARTICLE, w)]
        if title or len(core) >= 2:
            if len(core) > 3:
                out.append(Nominal(s, e, text, "org", text))
                continue
            full = persons.get(words[-1], text) if len(words) == 1 else text
            first = full not in persons.values()
            persons.setdefault(words[-1], full)
            out.append(Nominal(s, e, text, "person", full, [title] if title else [], first=first))
            continue
        if re.search(r"(?:an|ian|ish|ese|i|s)$", words[0]):
            continue
        if words[0] in persons:
            out.append(Nominal(s, e, text, "person", persons[words[0]]))
        elif not sentence_initial:
            out.append(Nominal(s, e, text, "org", text))
    return out


def test_fallback_names_equal_the_reference(articles):
    from helpers.quotes.extract import build
    from helpers.quotes.lexicon import org_heads
    from helpers.quotes.names import _fallback_names

    texts = [TITLE_EDGE, "Hello.\nBritish Analysts and Jean-Luc de la Fontaine met Fontaine. Fontaine’s view."]
    for a in articles:
        texts += [a.body, build(a)[2]]
    for t in texts:
        want = _fallback_names_reference(t)
        assert _fallback_names(t) == want
        people = [n for n in want if n.kind == "person" and (len(n.text.split()) >= 2 or n.titles)
                  or n.kind == "org" and len(n.text.split()) > 1 and n.text.split()[-1] in org_heads()]
        assert _fallback_names(t, people_only=True) == people


def test_fallback_names_left_out_on_stage3_spans_change_no_nominal(articles, monkeypatch):
    """The fallback names find_nominals is sure to drop (on a stage-3 span) are left out of
    _fallback_names: every nominal (its ``first`` and full name included) is what working them all out
    gives."""
    from helpers.quotes import names
    from helpers.quotes.extract import build

    def fields(noms):
        return [(n.start, n.end, n.text, n.kind, n.name, n.titles, n.role_noun, n.first, n.fallback) for n in noms]

    for a in articles:
        masked = build(a)[2]
        fast = fields(names.find_nominals(a, masked))
        with monkeypatch.context() as mp:
            mp.setattr(names, "_dropped_on", lambda m, spans, starts: False)
            assert fields(names.find_nominals(a, masked)) == fast


def test_rewritten_patterns_find_what_the_originals_find(articles):
    """Patterns given a leading lookahead (speed only) match exactly where the originals match."""
    import re

    from helpers.quotes import names

    pronoun = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|the latter|the former)\b")
    role = re.compile(names._ROLE_RE.pattern.replace("(?=[A-Zahiot\\u0130\\u0131])", "", 1))
    assert role.pattern != names._ROLE_RE.pattern
    pre = re.compile(names._GROUP_PRE.pattern.replace("(?<!\\w)(?=\\w)", "", 1), re.IGNORECASE)
    assert pre.pattern != names._GROUP_PRE.pattern
    edge = ("He said. She, they and The latter; the former \u0130ts chief \u0131ts spokesman, Iran’s foreign "
            "minister, the chief of the Joint Chiefs of Staff, an army officer, the senior US officials, "
            "dozens of Egyptian security officials, U.S. officials, pro-government militias, 12 analysts")
    texts = [edge]
    for a in articles:
        texts += [a.body]
    texts.append("It said, it says; They, they, THEY, HE, She; it also said. The latter, the  former; Itsaid"
                 " it\nsaid \u0130t said _he he_ 1he he1 éhe heé the latterly the formers it is")
    for t in texts:
        assert [m.span() for m in names._PRONOUN.finditer(t)] == [m.span() for m in pronoun.finditer(t)]
        assert [(m.span(), m.group()) for m in names._pronoun_matches(t)] == \
            [(m.span(), m.group()) for m in names._PRONOUN_OR_IT.finditer(t)]
        assert [(m.span(), m.group("noun")) for m in names._ROLE_RE.finditer(t)] == \
            [(m.span(), m.group("noun")) for m in role.finditer(t)]
        for s in range(len(t) + 1):
            got, want = names._GROUP_PRE.search(t, max(0, s - 60), s), pre.search(t, max(0, s - 60), s)
            assert (got.span() if got else None) == (want.span() if want and want.group() else None)


def test_find_verbs_equals_the_scan(articles):
    import random

    from helpers.quotes.attribution import _find_verbs_scan, find_verbs
    from helpers.quotes.extract import build

    rng = random.Random(4)
    edge = ("He said-said, un-said the ’said’ re-told: \u212aate said, told-him; -said 'said' says. "
            "She was told; the report, a note, he reported, SAID, Said, sAiD, mis-said, said’s, "
            "x’said, ’’said, --said, said--, \u0130t said")
    texts = [edge, edge.replace("\u212a", "K").replace("\u0130", "I")]
    for a in articles:
        texts += [a.body, build(a)[2]]
    n = 0
    for t in texts:
        windows = [(0, len(t))] + [tuple(sorted(rng.sample(range(len(t) + 1), 2))) for _ in range(300)]
        windows += [(a, a + rng.randint(0, 80)) for a in rng.sample(range(len(t)), min(len(t), 300))]
        for a, b in windows:
            got = find_verbs(t, a, b)
            assert got == _find_verbs_scan(t, a, b), (t[a:b], a, b)
            n += len(got)
    assert n > 1000


def test_frames_equal_pandas_inference(monkeypatch):
    """The quotes / speakers tables built from typed columns equal ``pd.DataFrame(rows, columns=…)``."""
    import pandas as pd

    import helpers.quotes as q
    from helpers.article import Article

    fast, checked = q.rows_frame, []

    def both(rows, columns):
        got, want = fast(rows, columns), pd.DataFrame(rows, columns=columns)
        pd.testing.assert_frame_equal(got, want, check_exact=True)
        assert list(got.dtypes) == list(want.dtypes) and got._mgr.nblocks == want._mgr.nblocks
        checked.append(len(rows))
        return got

    monkeypatch.setattr(q, "rows_frame", both)
    for a in _articles():
        a.quotes
    for text in ("No quotes at all here, just a sentence.", "“Yes,” he said.", "They said it works."):
        Article.from_text("Headline\n\n" + text).quotes
    assert sum(checked) > 100 and 0 in checked


def test_fold_special_characters_are_all_listed():
    """The plain-search paths leave to the regexes any text holding a character that IGNORECASE folds
    onto an ASCII letter or whose lower() turns ASCII / changes length: the one list both use (names'
    word searches and attribution's speech-verb index) must be complete for both."""
    import re

    from helpers.text import FOLD_SPECIAL as _FOLD_SPECIAL

    LOWER_SPECIAL = _FOLD_SPECIAL

    letter = re.compile("[a-z]", re.IGNORECASE)
    for c in map(chr, range(0x80, 0x110000)):
        low = c.lower()
        if letter.fullmatch(c) or len(low) != 1 or low.isascii():
            assert c in _FOLD_SPECIAL, hex(ord(c))
        if len(low) != 1 or any(ch.isascii() and ch.isalpha() for ch in low):
            assert c in LOWER_SPECIAL, hex(ord(c))


def _mask_per_character(body, statements):
    """The original mask: every non-space character of every part, one at a time."""
    chars = list(body)
    for st in statements:
        for s, e in st.parts:
            for i in range(s, e):
                if not chars[i].isspace():
                    chars[i] = "_"
    return "".join(chars)


def test_mask_equals_the_per_character_mask(articles):
    """Overlapping, empty and repeated parts, Unicode spaces, and the real statements of every article."""
    import random

    from helpers.quotes.extract import _mask

    class St:
        def __init__(self, parts):
            self.parts = parts

    rng = random.Random(0)
    for art in articles:
        body = art.body + " \u00a0\u2009x\u3000y"
        statements = [St([(s, e) for s, e in zip(art.quotes.start.tolist(), art.quotes.end.tolist())])]
        assert _mask(body, statements) == _mask_per_character(body, statements)
        for _ in range(100):
            sts = [St([(a, min(len(body), a + rng.randint(0, 300)))
                       for a in (rng.randrange(len(body)) for _ in range(rng.randint(1, 3)))])
                   for _ in range(rng.randint(0, 6))]
            assert _mask(body, sts) == _mask_per_character(body, sts)


def _left_subject_reference(masked, v_start, lo, nominals):
    """The original left_subject: every nominal's gap tested, then the nearest valid one."""
    import re

    from helpers.quotes.attribution import gap_ok, window

    best = None
    valid = []
    near = window(nominals, max(lo, v_start - 600), v_start)
    for n in near:
        if n.end > v_start or n.start < lo or v_start - n.end > 300:
            continue
        gap = masked[n.end:v_start]
        if not gap_ok(gap):
            if not (n.kind == "person" and gap.strip() == "," and masked[max(lo, n.start - 2):n.start].strip() == ","):
                continue
        valid.append(n)
        if best is None or n.end > best.end or (n.end == best.end and n.start < best.start):
            best = n
    if best is not None and best.kind in ("org", "gpe", "role"):
        kinds = ("person",) if best.kind == "role" else ("person", "group", "role")
        people = [n for n in valid if n.kind in kinds and n.end <= best.start]
        if people:
            rank = {"person": 2, "group": 1, "role": 0}
            return max(people, key=lambda n: (rank[n.kind], n.end))
    if best is not None:
        for n in near:
            if n.kind in ("person", "group", "role") and n.end < best.start and n is not best and n.start >= lo \
                    and re.fullmatch(r"\s*,?\s*(?:of|at|from|with|for)\s+(?:the\s+)?", masked[n.end:best.start]):
                return n
    return best


def test_left_subject_equals_the_reference(articles):
    """Nearest-first gap tests pick the subject every gap tested would: every verb of every sentence,
    searched back to the sentence start, to a few words before the verb and to the body start."""
    from helpers.quotes.attribution import find_verbs, left_subject
    from helpers.quotes.extract import build

    found = 0
    for a in articles:
        _, nominals, masked, *_ = build(a)
        for _, s0, s1 in a._sentence_spans:
            for vs, _, _ in find_verbs(masked, s0, s1):
                for lo in (s0, max(0, vs - 40), 0):
                    got = left_subject(masked, vs, lo, nominals)
                    assert got is _left_subject_reference(masked, vs, lo, nominals), (masked[s0:s1], vs, lo)
                    found += got is not None
    assert found > 100


def test_role_matches_equal_finditer(articles):
    """The role pattern tried only before role nouns finds what ``finditer`` over the whole text finds:
    every body and masked body, the edge cases, and random slices of them (cut words, cut windows)."""
    import random

    from helpers.quotes.extract import build
    from helpers.quotes.names import _ROLE_RE, _role_matches

    edge = ("the chief of the Joint Chiefs of Staff; a spokesman for the ministry; Iran’s foreign minister, "
            "the vice-president’s aide, THE PRIME MINISTER; an army officer (the acting head of the U.S. "
            "Central Command), ex-the chairman, the_chairman, its own very senior deputy spokesman of the "
            "Ministry of Defence and the Interior. the \u0130nstitute's director, \u212aing's adviser")
    texts = [edge, edge.replace("\u0130", "I").replace("\u212a", "K")]
    for a in articles:
        texts += [a.body, build(a)[2]]
    rng = random.Random(5)
    texts += [t[i:i + rng.randint(0, 400)] for t in texts[:] for i in rng.sample(range(len(t)), min(len(t), 40))]
    n = 0
    for t in texts:
        want = [(m.span(), m.group("noun")) for m in _ROLE_RE.finditer(t)]
        assert [(m.span(), m.group("noun")) for m in _role_matches(t)] == want, t
        n += len(want)
    assert n > 100


def test_column_lists_equal_series_reads(articles):
    """Lists read from the blocks equal ``frame[c].tolist()`` (values and their types) for every
    column of the entity, mention, quote and speaker tables."""
    from helpers.frames import column_lists

    for a in articles:
        for frame in (a.entities, a.mentions, a.quotes, a.speakers):
            cols = list(frame.columns)
            got = column_lists(frame, cols)
            want = [frame[c].tolist() for c in cols]
            assert got == want
            assert [[type(v) for v in col] for col in got] == [[type(v) for v in col] for col in want]


def test_category_equals_the_reference(articles):
    """The "Dr." rule's second cue search, done only when both an expert and an official cue are
    present, gives the categories of the original (both searches always) on every speaker of the test
    articles and on every pair of the edge texts as title and role."""
    from helpers.quotes.lexicon import role_nouns
    from helpers.quotes.speakers import _DR, MEDIA_HEADS, category, cue_categories

    def reference(kind, name, titles, role, appositive=None):
        if kind == "group":
            return "group"
        if kind in ("org", "gpe") and MEDIA_HEADS.search(name or ""):
            return "other"
        titles = [t[:-1] if t.endswith(("ers", "ors")) else t for t in titles or []]
        text = " ; ".join([*titles, role or "", appositive or ""])
        cats = cue_categories(text)
        without_dr = cue_categories(_DR.sub("", text))
        weak = without_dr != cats and "expert" not in without_dr
        if "expert" in cats and not (weak and "official" in cats):
            return "expert"
        if kind == "role" and role:
            head = role_nouns().get(role.lower().split(" of ")[0].split(" for ")[0].split()[-1])
            if head in ("other", "expert"):
                return head
        if "official" in cats or kind in ("org", "gpe", "role"):
            return "official"
        words = re.findall(r"\w+", " ".join([*titles, role or ""]).lower())
        if any(role_nouns().get(w) == "official" for w in words):
            return "official"
        return "other"

    def text(x):
        return x if isinstance(x, str) else None

    cases = []
    for a in articles:
        for r in a.speakers.itertuples(index=False):
            cases.append((r.kind, r.name, list(r.titles), text(r.role), text(r.appositive)))
    texts = EDGE_TEXTS[1:] + ["Dr. Jane Roe, the minister", "dr official", "Dr. spokesman", "Dr"]
    cases += [(k, "X", [t], u, None) for k in ("person", "role") for t in texts for u in texts]
    found = set()
    for case in cases:
        want = reference(*case)
        assert category(*case) == want, case
        found.add(want)
    assert found == {"expert", "official", "other", "group"}
