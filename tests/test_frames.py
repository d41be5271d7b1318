"""helpers.frames builds exactly the frames pandas' own inference gives, on the seed's real tables."""

import pandas as pd

from helpers.article import _PARAGRAPH_KINDS, _SENTENCE_KINDS, _TOKEN_KINDS
from helpers.frames import arrays_frame, columns_frame, inferred_column


def _same(got, want):
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert list(got.dtypes) == list(want.dtypes)
    assert got._mgr.nblocks == want._mgr.nblocks  # same-typed columns consolidated, as pandas does


def test_token_sentence_and_paragraph_tables_equal_pandas_inference(seed):
    _same(columns_frame(seed.token_columns, _TOKEN_KINDS), pd.DataFrame(seed.token_columns))
    for frame, kinds in ((seed.sentences, _SENTENCE_KINDS), (seed.paragraphs, _PARAGRAPH_KINDS)):
        cols = {c: frame[c].tolist() for c in frame.columns}
        _same(columns_frame(cols, kinds), pd.DataFrame(cols))


def test_empty_columns_keep_their_types():
    df = columns_frame({"n": [], "ok": [], "word": []}, {"n": "i", "ok": "b", "word": "s"})
    assert len(df) == 0 and [str(t) for t in df.dtypes] == ["int64", "bool", str(pd.Series(["x"]).dtype)]


def test_plain_constructor_path_gives_the_same_tables(seed):
    """The fallback for a pandas without the block constructor builds the same frames."""
    from helpers.frames import _typed_columns

    _same(pd.DataFrame(_typed_columns(seed.token_columns, _TOKEN_KINDS)), columns_frame(seed.token_columns, _TOKEN_KINDS))
    _same(pd.DataFrame(_typed_columns({"n": [], "word": []}, {"n": "i", "word": "s"})),
          columns_frame({"n": [], "word": []}, {"n": "i", "word": "s"}))


def test_arrays_frame_equals_pandas_on_typed_columns(seed):
    """Blocks per dtype from inferred columns: the frame pd.DataFrame gives, entity table columns
    (int, text, lists) and the sentences' with text holding None."""
    ents = seed.entities
    cols = {c: ents[c].tolist() for c in ents.columns}
    cols["maybe"] = [None if i % 3 else n for i, n in enumerate(cols["name"])]
    cols["ratio"] = [i / 7 for i in range(len(ents))]
    arrays = {c: inferred_column(v) for c, v in cols.items()}
    assert all(a is not None for a in arrays.values())
    _same(arrays_frame(arrays), pd.DataFrame(cols))
    _same(arrays_frame(arrays), pd.DataFrame(arrays))
