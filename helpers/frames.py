"""Building the pipeline's DataFrames fast: the seam between stages is a pandas frame, and for the
small frames of one article (tens to a few thousand rows) pandas' value-by-value type inference
cost more than the analysis that filled them.  Each builder gives exactly the frame
``pd.DataFrame(...)`` would infer — same dtypes, same values — from columns typed up front.

* :func:`columns_frame` — from a dict of column lists and a kind per column (``i`` int64, ``b``
  bool, ``s`` text), built block by block; used for sentences, paragraphs and tokens.
* :func:`rows_frame` — from row dicts, each column's type read off its values (bool, int, float,
  text with or without None, lists); anything else goes to pandas' own inference.  Quotes, speakers.
* :func:`arrays_frame` — from such typed column arrays, block by block.  Contrasts (its kept rows).
* :func:`tuples_frame` — from row tuples of known kinds (``i`` int, ``f`` float, ``s`` text, ``o``
  lists), built block by block (``pandas.api.internals``, falling back to the plain constructor).
  Entities, sentence sentiment.

    >>> columns_frame({"n": [1, 2], "word": ["a", "b"]}, {"n": "i", "word": "s"}).dtypes.tolist()
    [dtype('int64'), <StringDtype(storage='python', na_value=nan)>]
"""

from __future__ import annotations

from functools import lru_cache
from itertools import chain, repeat

import numpy as np
import pandas as pd

__all__ = ["str_dtype", "text_array", "columns_frame", "rows_frame", "arrays_frame", "tuples_frame",
           "column_lists"]


@lru_cache(maxsize=1)
def str_dtype():
    """The dtype pandas infers for a column of strings (``str`` in pandas 3, ``object`` before)."""
    return pd.Series(["x"]).dtype


def text_array(values: np.ndarray):
    """An object array of strings as the column pandas infers for it."""
    dtype = str_dtype()
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "python":
        return pd.arrays.StringArray(values, dtype=dtype)
    return pd.array(values, dtype=dtype) if dtype != object else values


def columns_frame(cols: dict, kinds: dict) -> pd.DataFrame:
    """A frame with the columns of ``kinds`` (in its order), each from ``cols[name]`` typed by its kind:
    ``i`` int64 (a list or an integer array), ``b`` bool, ``s`` text; put together by
    :func:`arrays_frame` (one int64 block, one bool block, a string array per text column: the layout
    ``pd.DataFrame`` consolidates to, without its per-column checks)."""
    return arrays_frame(_typed_columns(cols, kinds))


def _typed_columns(cols: dict, kinds: dict) -> dict:
    """``{name: array}`` for :func:`columns_frame`, each column typed by its kind."""
    data = {}
    for name, kind in kinds.items():
        values = cols[name]
        if kind == "i":
            data[name] = (values.astype(np.int64, copy=False) if isinstance(values, np.ndarray)
                          else np.fromiter(values, dtype=np.int64, count=len(values)))
        elif kind == "b":
            data[name] = np.fromiter(values, dtype=bool, count=len(values))
        else:
            data[name] = text_array(np.array(values, dtype=object) if len(values) else np.empty(0, dtype=object))
    return data


def inferred_column(values: list):
    """``values`` as the array ``pd.DataFrame(rows)`` infers for a column, for the plain cases (all bool,
    all int, float or float and int, text with or without None, all None, all lists / tuples); None
    for anything else."""
    types = set(map(type, values))
    if types == {bool}:
        return np.array(values, dtype=bool)
    if types == {int}:
        return np.array(values, dtype=np.int64)
    if types in ({float}, {float, int}):
        return np.array(values, dtype=np.float64)
    if str in types and types <= {str, type(None)}:
        dtype = str_dtype()
        if not isinstance(dtype, pd.StringDtype):
            return None  # pandas < 3 keeps text as object: its own inference
        if dtype.storage == "python":
            if types == {str}:  # text only: the array the constructor builds, without its check of every value
                return _checked_strings(np.array(values, dtype=object), dtype)
            # what pd.array(values, dtype=dtype) builds, without its checks: missing values as the
            # dtype's own NA
            return pd.arrays.StringArray(
                np.array([dtype.na_value if v is None else v for v in values], dtype=object), dtype=dtype)
        return pd.array(values, dtype=dtype)
    if types == {type(None)} or types <= {list, tuple}:
        out = np.empty(len(values), dtype=object)
        for i, v in enumerate(values):
            out[i] = v
        return out
    return None


def rows_frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """``pd.DataFrame(rows, columns=columns)`` — the same dtypes and values — from arrays typed column
    by column (:func:`inferred_column`), put together block by block as pandas consolidates them (one
    2-D block per numpy dtype, a string array per text column); pandas' own path for no rows or an
    unusual column."""
    arrays = [inferred_column([r[c] for r in rows]) for c in columns] if rows else [None]
    if any(a is None for a in arrays):
        return pd.DataFrame(rows, columns=columns)
    return arrays_frame(dict(zip(columns, arrays)))


def arrays_frame(arrays: dict) -> pd.DataFrame:
    """``pd.DataFrame(arrays)`` for equal-length, non-empty columns that are 1-D numpy arrays or
    extension arrays (such as :func:`inferred_column` gives), put together block by block as pandas
    consolidates them: one 2-D block per numpy dtype, an extension array per column."""
    columns = list(arrays)
    layout = _layout(tuple(columns), "")
    if layout is None:
        return pd.DataFrame(arrays)  # consolidated blocks, as pandas' inference
    make, index_columns = layout[0], layout[2]
    values = list(arrays.values())
    by_dtype: dict = {}
    blocks = []
    for k, a in enumerate(values):
        if isinstance(a, np.ndarray):
            by_dtype.setdefault(a.dtype, []).append(k)
        else:
            blocks.append((a, np.array([k])))
    for where in by_dtype.values():
        blocks.append((np.array([values[k] for k in where]), np.array(where)))
    return make(blocks, index=pd.RangeIndex(len(values[0])), columns=index_columns)


def column_lists(frame: pd.DataFrame, columns: list[str]) -> list[list]:
    """``[frame[c].tolist() for c in columns]`` read from the frame's blocks (selecting a column as a
    Series costs ~25 µs in pandas 3, more than the lists of a small frame); the plain reads where
    pandas lacks the block accessor."""
    try:
        loc, values = frame.columns.get_loc, frame._mgr.iget_values
        return [values(loc(c)).tolist() for c in columns]
    except (AttributeError, TypeError):
        return [frame[c].tolist() for c in columns]


def tuples_frame(rows: list[tuple], columns: list[str], kinds: str) -> pd.DataFrame:
    """``pd.DataFrame(rows, columns=columns)`` for rows whose values have the types ``kinds`` gives each
    column (``i`` int, ``f`` float, ``s`` str, ``o`` lists): the frame pandas infers (int64, float64,
    its string dtype, object), built directly from its blocks -- one int64 block, one float64 block,
    one object block, a string array per text column -- without pandas' value-by-value type inference
    (4-5× faster on these small frames).  Other values, or a pandas without the low-level constructor or without a string dtype, go through
    the plain constructor."""
    layout = _layout(tuple(columns), kinds)
    cols = list(zip(*rows))
    if layout is None or not cols:
        return pd.DataFrame(rows, columns=columns)
    make, dtype, index_columns, where = layout
    ints, floats, objs, strs = where["i"], where["f"], where["o"], where["s"]
    n = len(rows)
    int_cols = [cols[k] for k in ints]
    float_cols = [cols[k] for k in floats]
    try:
        "".join(chain.from_iterable([cols[k] for k in strs]))  # raises TypeError unless all are str
        for col, kind in chain(zip(int_cols, repeat(_INT)), zip(float_cols, repeat(_FLOAT))):
            if set(map(type, col)) != kind:
                raise TypeError("not all of the column's type")
        ints_block = np.array(int_cols, dtype=np.int64)  # OverflowError past int64
    except (TypeError, OverflowError):
        return pd.DataFrame(rows, columns=columns)
    blocks = []
    if ints:
        blocks.append((ints_block, np.array(ints)))
    if floats:
        blocks.append((np.array(float_cols, dtype=np.float64), np.array(floats)))
    if objs:
        objs_block = np.empty((len(objs), n), dtype=object)
        for r, k in enumerate(objs):
            objs_block[r] = np.fromiter(cols[k], dtype=object, count=n)
        blocks.append((objs_block, np.array(objs)))
    for k in strs:
        blocks.append((_checked_strings(np.array(cols[k], dtype=object), dtype), np.array([k])))
    return make(blocks, index=pd.RangeIndex(n), columns=index_columns)


def _checked_strings(values: np.ndarray, dtype):
    """The ``StringArray`` of an object array known to hold only ``str`` (so the constructor's check of
    every value, and its NumpyExtensionArray set-up, can be skipped: the same array)."""
    new = getattr(pd.arrays.StringArray, "_simple_new", None)
    return new(values, dtype) if new is not None else pd.arrays.StringArray(values, dtype=dtype)


_INT = {int}
_FLOAT = {float}


@lru_cache(maxsize=16)
def _layout(columns: tuple, kinds: str):
    """What the block builders need for one frame shape: the block constructor, the string dtype, the
    column index and the column positions of each kind; None where pandas lacks them."""
    try:
        from pandas.api.internals import create_dataframe_from_blocks
    except ImportError:
        return None
    dtype = str_dtype()
    if not (isinstance(dtype, pd.StringDtype) and dtype.storage == "python"):
        return None
    where = {kind: tuple(k for k, c in enumerate(kinds) if c == kind) for kind in "ifobs"}
    return create_dataframe_from_blocks, dtype, pd.Index(columns), where
