"""helpers.sentiment_engine gives exactly what the reference libraries give: TextBlob's PatternAnalyzer
(polarity, subjectivity, assessments), VADER's compound score and the certainty regex's matches — on
every sentence and quote of the test articles, on synthetic articles, on hand-written edge cases and
on random word salads built from the lexicons' own words."""

from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

import pytest

from helpers import sentiment as S
from helpers import sentiment_engine as E

ROOT = Path(__file__).resolve().parents[1]

TRICKY = [
    "", " ", "!!!", "a", "good", "GOOD", "Not bad.", "This is not good.", "This is good.",
    "It was not very good at all!", "It was not a very good idea!", "never a good sign", "never this good",
    "Never so good!", "This is really not good", "really, not good", "I don't like it", "It isn't great.",
    "It wasn't the worst", "n't good", "'not' good", "no good", "no, no, no or bad", "no one or nor bad",
    "The food was VERY GOOD but the service was TERRIBLE!!!",
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "ALL CAPS TEXT IS GREAT", "Today SUX!", "Today only kinda sux! But I'll get by, lol",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "but", "good but", "but good", "good but bad but good", "Good, BUT bad.",
    "At least it isn't a horrible book.", "Roger Dodger is one of the least compelling variations on this theme.",
    "It is the least good and at least good and very least good.", "least good",
    "Without a doubt, excellent idea.", "Without a doubt, an excellent idea.", "It's kind of good", "kind of",
    "sort of bad", "It was just enough good", "the shit", "With VADER, sentiment analysis is the shit!",
    "the bomb", "bad ass", "It is badass", "yeah right good", "kiss of death", "a beating heart", "to die for",
    "in the black", "cut the mustard", "Is it good?? Really???", "Is it good? Really?", "Wow!!!!!! Great!!",
    "Great!!!??", "very very good", "extremely embarrassing", "deeply, deeply sad", "so good", "this good",
    "What a day :) :-( ;-) :D xD <3 8) (!)", "He said (!) it was great (!)", "He said ( ! ) it was great",
    "Section 8) was fine", "o.O what", "That was great :-)", "I am sad :(", "Make sure you :) or :D today!",
    ">:( no", ":'( awful", "°O° wow", "♥ love", "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "😁good", "good😁", "😁 😁", "Happy ☺ day", "“It’s not a great idea,” he said.",
    "“Great,” she said. “Terrible.”",
    "He's good; they'd be fine; I'm happy; we'll see; you're great; we've won.", "He’s good, don’t worry.",
    "U.S. officials were happy.", "Mr. Smith is a good man, e.g. honest.", "Col. (ret.) Kemp was furious...",
    "good... bad... ugly...", "END-OF-SENTENCE good", "good END-OF-SENTENCE. bad", "Good.\n\nBad.",
    "Line one\r\n\r\nline two is great", "very\tgood\nthing", "  leading and trailing spaces are nice  ",
    "It is possible that it might happen, though I hope it is unlikely.",
    "There has been no decision whatsoever; it will clearly not happen.", "There’s no way. There's no doubt.",
    "We don’t know. we don't know. WE DON'T KNOW", "IN FACT it is OF COURSE true", "Of\ncourse it is",
    "of  course", "in-fact", "in fact, of course", "The mayor was willing to talk.", "is not is not",
    "I am not aware", "I am not aware, I think, I hope; I believe", "i hope", "“I hope", "It is not—",
    "ſhould", "it ſeems", "\u212aind of good", "İ hope", "Ünlikely", "probably—definitely", "maybe.maybe",
    "possible_possible possible", "will’s will's willing will", "could’ve would've should’ve",
    "not sure, not aware, not-sure", "It seems apparently likely, reportedly, allegedly, roughly about.",
]


@lru_cache(maxsize=1)
def _reference():
    from textblob.en import sentiment as pattern
    from textblob.en.sentiments import PatternAnalyzer
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return pattern, PatternAnalyzer(), SentimentIntensityAnalyzer(), E.certainty_regex()[0]


def same(a, b) -> bool:
    """Equal, types and signs of zero included (``-0.0 == 0.0`` but the frames would differ)."""
    return repr(a) == repr(b)


def assert_same(text: str) -> None:
    pattern, analyzer, vader, cue_rx = _reference()
    ref = pattern(text)
    pol, subj, assessments = E.pattern_sentiment(text)
    assert same((pol, subj, assessments), (ref[0], ref[1], ref.assessments)), text
    blob = analyzer.analyze(text, keep_assessments=True)
    assert same((pol, subj), (blob.polarity, blob.subjectivity)), text
    compound = vader.polarity_scores(text)["compound"]
    assert same(E.vader_compound(text), compound), text
    found = [m.group() for m in cue_rx.finditer(text)]
    assert E.cue_matches(text) == found, text
    assert same(E.score(text), ((pol, subj, assessments), compound, found)), text


def _articles() -> list[Path]:
    paths = sorted((ROOT / "data" / "articles").iterdir())
    paths += sorted(p for p in (ROOT / "tests" / "data").rglob("*") if p.suffix in (".txt", ".md", ".html"))
    return paths


def _texts_of(paths) -> list[str]:
    from helpers import load_article
    from helpers.errors import NewslensError

    texts = []
    for p in paths:
        try:
            a = load_article(p)
        except NewslensError:
            continue  # e.g. an HTML page without article text
        texts += list(a.sentences.text) + list(a.quotes.text) + list(a.paragraphs.text)
    return texts


def test_tricky_cases_equal_the_references():
    for text in TRICKY:
        assert_same(text)


def test_every_sentence_quote_and_paragraph_of_the_test_articles():
    texts = _texts_of(_articles())
    assert len(texts) > 250
    for text in texts:
        assert_same(text)


def test_synthetic_articles(tmp_path):
    from helpers.bench import write_synthetic

    texts = _texts_of(write_synthetic(tmp_path, 12))
    assert len(texts) > 200
    for text in texts:
        assert_same(text)


def _vocabulary() -> list[str]:
    """Words the scorers react to (a sample of each lexicon, rule words, cues, emoticons, punctuation),
    in several casings and with punctuation around them."""
    from textblob import _text
    from textblob.en import sentiment as pattern
    from vaderSentiment import vaderSentiment as vs

    from helpers.quotes.lexicon import certainty_cues

    rng = random.Random(7)
    len(pattern)
    words = rng.sample(sorted(dict.keys(pattern)), 150) + rng.sample(sorted(_reference()[2].lexicon), 150)
    words += list(vs.NEGATE) + list(vs.BOOSTER_DICT) + list(vs.SPECIAL_CASES)
    words += ["no", "least", "at", "but", "kind", "of", "so", "this", "never", "without", "doubt"]
    words += [c for c, _ in certainty_cues()] + [e for es in _text.EMOTICONS.values() for e in es]
    words += ["!", "?", "(!)", "(", ")", ".", ",", "...", "“", "”", "’", "'", '"', "—", "😁", "☺", "\n", "\n\n"]
    words += ["the", "a", "it", "is", "was", "and", "to", "in", "I", "we", "U.S.", "Mr.", "END-OF-SENTENCE"]
    out = []
    for w in words:
        out += [w, w.upper(), w.capitalize()]
    return out


@pytest.mark.parametrize("seed", range(4))
def test_random_word_salads(seed):
    rng = random.Random(seed)
    vocab = _vocabulary()
    glue = [" ", " ", " ", " ", "", ", ", "! ", "? ", ". ", " (", ") ", "  ", "\t", "“", "” ", "'", "-"]
    for _ in range(600):
        parts = []
        for _ in range(rng.randint(1, 25)):
            parts += [rng.choice(vocab), rng.choice(glue)]
        assert_same("".join(parts))


def test_rule_word_salads():
    """Dense salads of the words VADER's and pattern's rules look at around a lexicon word (idioms,
    boosters, negations, "but", "least", capitals), where the shortcuts that skip those rules apply."""
    words = ("the shit bomb bad ass bus stop yeah right kiss of death to die for beating heart just enough "
             "kind sort good great terrible no not never but BUT GOOD very extremely least at so this "
             "without doubt isn't").split()
    rng = random.Random(11)
    for _ in range(1500):
        assert_same(" ".join(rng.choice(words) + rng.choice(["", "", "", ",", "!", "."])
                             for _ in range(rng.randint(1, 14))))


def test_score_spans_equals_score_on_each_sentence():
    """One pass over an article's sentences gives each sentence's own scores (the sentences of the test
    articles, and of a text where emoticons, "(!)" and blank lines meet sentence boundaries)."""
    from helpers import load_article
    from helpers.errors import NewslensError

    texts = []
    for p in _articles():
        try:
            a = load_article(p)
        except NewslensError:
            continue
        texts.append((a.body, [(s, e) for _, s, e in a._sentence_spans]))
    odd = "Good :) it was. ) Bad (!) (! ) fine.\n\nGreat. O.O what 😁 good. Of course. It will. In fact."
    texts.append((odd, [(0, 14), (15, 17), (17, 33), (34, 37), (37, 37), (37, 50), (51, 62), (62, 89), (90, 98)]))
    for body, spans in texts:
        assert same(E.score_spans(body, spans), [E.score(body[s:e]) for s, e in spans])


@pytest.mark.parametrize("seed", range(2))
def test_score_spans_on_word_salads(seed):
    """Spans of word salads, cut anywhere (inside tokens too), adjacent or apart, some empty."""
    rng = random.Random(seed)
    vocab = _vocabulary()
    glue = [" ", " ", " ", "", ", ", "! ", ". ", " (", ") ", "\n\n", "“", "” ", "'"]
    for _ in range(300):
        text = "".join(rng.choice(vocab) + rng.choice(glue) for _ in range(rng.randint(1, 40)))
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(2, 12))))
        spans = [(a, b) for a, b in zip(cuts, cuts[1:]) if rng.random() < 0.8]
        assert same(E.score_spans(text, spans), [E.score(text[s:e]) for s, e in spans]), (text, spans)


def test_score_texts_equals_score_text_on_every_quote():
    """The quotes stage scores all of an article's quotes in one pass (multi-part quotes joined with a
    space): the same rows as scoring each quote on its own, on every quote of the test articles and
    on texts that are not spans of one body (repeats, empty, emoticons at the joins)."""
    from helpers import load_article
    from helpers.errors import NewslensError

    batches = []
    for p in _articles():
        try:
            a = load_article(p)
        except NewslensError:
            continue
        batches.append(a.quotes.text.tolist())
    assert sum(map(len, batches)) > 40
    batches.append(["Good :)", ") bad (!)", "", "Good :)", "It will. In fact, possibly."])
    for texts in batches:
        assert same(S.score_texts(texts), [S.score_text(t) for t in texts])


def test_score_text_is_the_rounded_reference():
    """The rounded row score_text gives (what quotes and sentence_sentiment store)."""
    pattern, _, vader, cue_rx = _reference()
    weights = E.certainty_regex()[1]
    for text in TRICKY + _texts_of(_articles()[:3]):
        ref = pattern(text)
        found = [m.group() for m in cue_rx.finditer(text)]
        ws = [weights.get(" ".join(f.lower().split())) for f in found]
        for i, f in enumerate(found):  # "ſhould", "İ hope": the cue that matches it ignoring case, as re does
            if ws[i] is None:
                ws[i] = next(v for k, v in weights.items()
                             if re.fullmatch(re.escape(k).replace(r"\ ", r"\s+"), f, re.IGNORECASE))
        assert same(S.score_text(text), {
            "polarity": round(ref[0], 4), "subjectivity": round(ref[1], 4),
            "vader_compound": round(vader.polarity_scores(text)["compound"], 4),
            "certainty": round(sum(ws) / len(ws), 4) if ws else 0.0,
            "assessments": [(" ".join(w), round(p, 4), round(s, 4)) for w, p, s, _ in ref.assessments],
            "certainty_cues": [" ".join(f.split()) for f in found],
        }), text


def test_no_text_keyed_cache():
    """Scores are recomputed for every text (rule of the benchmark): only word-keyed memos remain."""
    S.score_text("An entirely new sentence that is rather good.")
    assert all(" " not in k.strip() for k in E._TOKENS)


def test_cue_regex_by_lower_case_equals_the_run_itself():
    """An ASCII word run's certainty-cue look-up is served by its lower case (one compiled regex for
    "Perhaps" and "perhaps"): the same regex, whole-word flag and next words as computed for the run."""
    from helpers import sentiment_engine as E

    heads = sorted(E._cue_heads()[2])
    assert len(heads) > 50
    for low in heads:
        for run in (low.capitalize(), low.upper()):
            pattern, whole, nexts = E._cue_regex(run)
            same = E._same_heads(run)
            cues = [(h, c) for h, c in E._cue_heads()[0] if h in same]
            assert pattern.pattern == E._cue_regex_of(c for _, c in cues).pattern
            assert whole == (cues[0][0] == cues[0][1])
            assert nexts == E._cue_regex(low)[2]
    assert E._cue_regex("Perhaps") is E._cue_regex("perhaps")
