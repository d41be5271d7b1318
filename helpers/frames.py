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
  lists), built block by block, falling back to the plain constructor.  Entities, sentence sentiment.

The blocks go straight into pandas' block manager (:func:`_from_blocks`: pandas' own block classes,
without the re-checks of ``pandas.api.internals.create_dataframe_from_blocks``, which is used where
those classes are not where pandas 3 keeps them).

    >>> columns_frame({"n": [1, 2], "word": ["a", "b"]}, {"n": "i", "word": "s"}).dtypes.tolist()
    [dtype('int64'), <StringDtype(storage='python', na_value=nan)>]
"""

from __future__ import annotations

from functools import lru_cache
from itertools import chain, repeat
from operator import itemgetter

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
    ``i`` int64 (a list, range or integer array), ``b`` bool, ``s`` text, ``S`` text that the caller
    knows holds only ``str`` (a list or an object array; its values are not checked).  Put together block by block
    as ``pd.DataFrame`` consolidates them, without its per-column checks: the integer columns stacked
    into one int64 block, the bool ones into one bool block, a string array per text column.  The
    plain constructor on :func:`_typed_columns` where pandas lacks the block constructor."""
    names = tuple(kinds)
    layout = _layout(names, "".join(kinds.values()))
    if layout is None:
        return pd.DataFrame(_typed_columns(cols, kinds))
    make, dtype, index_columns, where = layout
    n = len(cols[names[0]])
    blocks = []
    for kind, numpy_dtype in (("i", np.int64), ("b", bool)):
        if where[kind]:
            blocks.append((_stacked([cols[names[k]] for k in where[kind]], numpy_dtype, n), where[kind]))
    for k in where["sS"]:
        values = cols[names[k]]
        if kinds[names[k]] == "S" and len(values):  # known to be str: no check of every value
            # (an object array is copied whole: the same new array of the same objects as reading it
            # value by value, without a Python-level step per value)
            known = values.copy() if type(values) is np.ndarray and values.dtype == object and values.ndim == 1 \
                else np.fromiter(values, object, len(values))
            blocks.append((_checked_strings(known, dtype), (k,)))
        else:
            blocks.append((_string_array(values, dtype), (k,)))
    return make(blocks, n, index_columns)


def _stacked(columns: list, numpy_dtype, n: int) -> np.ndarray:
    """``np.array(columns, dtype=numpy_dtype)``: the 2-D block of equal-length columns.  Integer columns
    that are all lists or ranges are read in one pass over their values by ``np.fromiter`` (numpy's walk of
    nested lists costs more), which converts each value as ``np.array`` does; anything it cannot take
    (a column of another length, a value that is not a number) goes to ``np.array``, which gives its own
    result or error."""
    if numpy_dtype is np.int64 and all(type(c) in _FLAT_TYPES and len(c) == n for c in columns):
        try:
            return np.fromiter(chain.from_iterable(columns), numpy_dtype, len(columns) * n).reshape(len(columns), n)
        except (TypeError, ValueError, OverflowError):
            pass
    return np.array(columns, dtype=numpy_dtype)


_FLAT_TYPES = (list, range)


def _string_array(values: list, dtype):
    """A column of text (``str``, or missing values as None) as the string array pandas infers."""
    try:
        "".join(values)  # raises TypeError unless every value is a str
    except TypeError:
        array = np.array(values, dtype=object) if len(values) else np.empty(0, dtype=object)
        return text_array(array)  # the checked constructor: missing values become the dtype's NA
    # every value a str: the same 1-D object array as np.array's, read in one pass
    return _checked_strings(np.fromiter(values, object, len(values)), dtype)


def _typed_columns(cols: dict, kinds: dict) -> dict:
    """``{name: array}`` for :func:`columns_frame`'s plain-constructor path, each column typed by its
    kind."""
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
            # what pd.array(values, dtype=dtype) builds, without its checks (every value is a str or,
            # for None, the dtype's own NA)
            return _checked_strings(
                np.array([dtype.na_value if v is None else v for v in values], dtype=object), dtype)
        return pd.array(values, dtype=dtype)
    if types == {type(None)} or types <= {list, tuple}:
        out = np.empty(len(values), dtype=object)
        for i, v in enumerate(values):
            out[i] = v
        return out
    return None


def rows_frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """``pd.DataFrame(rows, columns=columns)`` — the same dtypes and values — put together block by block
    as pandas consolidates them (each text column a string array, in column order, then one 2-D block
    per numpy dtype in the order of its first column).  Each column is typed by the set of its values'
    types, the rule of :func:`inferred_column`; the bool, integer, float and object (lists, all None)
    columns go straight into their block's rows, without an array of their own.  Anything else (an
    unusual column, no rows, a pandas without the block constructor) goes to :func:`_rows_frame_plain`."""
    layout = _layout(tuple(columns), "") if rows and len(columns) > 1 else None
    if layout is None:
        return _rows_frame_plain(rows, columns)
    make, text_dtype, index_columns = layout[:3]
    na = text_dtype.na_value
    # each row's values in column order (one C call a row), the columns by transposing them; the set
    # of a column's value types is the set of its entries in the rows' distinct type signatures (few:
    # rows differ mostly by where a None stands), not a set built from every value of every column
    tuples = list(map(itemgetter(*columns), rows))
    values_of = list(zip(*tuples))
    types_of = list(zip(*set(map(tuple, map(map, repeat(type), tuples)))))
    blocks, by_dtype = [], {}
    n = len(rows)
    for k, values in enumerate(values_of):
        types = frozenset(types_of[k])
        dtype = _ROW_DTYPES.get(types)
        if types in _TEXT_TYPES:
            # inferred_column's text column for pandas' python string dtype (the one _layout allows):
            # the values, None as the dtype's NA, as a StringArray without the check of every value
            blocks.append((_checked_strings(np.fromiter(values if types == _STR_TYPES else [na if v is None else v for v in values],
                                                        object, n), text_dtype), (k,)))
        elif dtype is None:
            a = inferred_column(list(values))
            if a is None:
                return _rows_frame_plain(rows, columns)  # an unusual column: pandas' inference
            if isinstance(a, np.ndarray):
                by_dtype.setdefault(a.dtype.name, ([], []))
                by_dtype[a.dtype.name][0].append(k)
                by_dtype[a.dtype.name][1].append(a)
            else:
                blocks.append((a, (k,)))
        else:
            where, cols = by_dtype.setdefault(dtype, ([], []))
            where.append(k)
            cols.append(values)
    for dtype, (where, cols) in by_dtype.items():
        if dtype == "object":
            # the columns' values in one pass, element by element (a list stays one value), row after row
            block = np.fromiter(chain.from_iterable(cols), object, len(cols) * n).reshape(len(cols), n)
        else:
            block = np.array(cols, dtype=dtype)
        blocks.append((block, tuple(where)))
    return make(blocks, n, index_columns)


# rows_frame's numpy dtype of a column by the set of its values' types (as inferred_column types it)
_ROW_DTYPES = {frozenset({bool}): "bool", frozenset({int}): "int64", frozenset({float}): "float64",
               frozenset({float, int}): "float64", frozenset({list}): "object", frozenset({tuple}): "object",
               frozenset({list, tuple}): "object", frozenset({type(None)}): "object"}
_STR_TYPES = frozenset({str})
_TEXT_TYPES = (_STR_TYPES, frozenset({str, type(None)}))


def _rows_frame_plain(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """:func:`rows_frame` from one array per column (:func:`inferred_column`); pandas' own path for no
    rows or an unusual column."""
    if not rows:
        return _empty_frame(tuple(columns))
    arrays = [inferred_column([r[c] for r in rows]) for c in columns]
    if any(a is None for a in arrays):
        return pd.DataFrame(rows, columns=columns)
    return arrays_frame(dict(zip(columns, arrays)))


_EMPTY: dict[tuple, pd.DataFrame] = {}


def _empty_frame(columns: tuple) -> pd.DataFrame:
    """``pd.DataFrame([], columns=columns)``: a deep copy of the one made the first time for these columns (an
    article without quotes built each empty frame through pandas' constructor, about 0.5 ms; a copy is ~15 µs
    and shares no array with the template)."""
    frame = _EMPTY.get(columns)
    if frame is None:
        frame = _EMPTY[columns] = pd.DataFrame([], columns=list(columns))
    return frame.copy(deep=True)


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
            blocks.append((a, (k,)))
    for where in by_dtype.values():
        blocks.append((np.array([values[k] for k in where]), tuple(where)))
    return make(blocks, len(values[0]), index_columns)


def column_lists(frame: pd.DataFrame, columns: list[str]) -> list[list]:
    """``[frame[c].tolist() for c in columns]`` read from the frame's blocks (selecting a column as a
    Series costs ~25 µs in pandas 3, more than the lists of a small frame), a text column (a 1-D
    ``StringArray``) off its object array (:func:`_text_tolist_is_its_array`, ~2.5 µs a column less);
    the plain reads where pandas lacks the block accessor."""
    try:
        loc, values = frame.columns.get_loc, frame._mgr.iget_values
    except AttributeError:
        return [frame[c].tolist() for c in columns]
    try:
        if _STRING_ARRAY is None:
            return [values(loc(c)).tolist() for c in columns]
        out = []
        for c in columns:
            v = values(loc(c))
            out.append(v._ndarray.tolist() if type(v) is _STRING_ARRAY and v.ndim == 1 else v.tolist())
        return out
    except (AttributeError, TypeError):
        return [frame[c].tolist() for c in columns]


def _text_tolist_is_its_array() -> bool:
    """pandas' ``StringArray.tolist()`` is ``list(self.to_numpy())``, and ``to_numpy()`` (no NA value
    given) its object array itself: the list of that array's very objects, which the array's own
    ``tolist()`` gives through one call instead of several."""
    try:
        from pandas.arrays import StringArray
        from pandas.core.arrays.numpy_ import NumpyExtensionArray
        from pandas.core.arrays.string_ import BaseStringArray
    except ImportError:
        return False
    import inspect

    try:
        body = inspect.getsource(BaseStringArray.tolist)
    except (OSError, TypeError):
        return False
    return (StringArray.tolist is BaseStringArray.tolist and StringArray.to_numpy is NumpyExtensionArray.to_numpy
            and body.rstrip().endswith("return list(self.to_numpy())"))


_STRING_ARRAY = pd.arrays.StringArray if _text_tolist_is_its_array() else None


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
        for k in strs:
            "".join(cols[k])  # raises TypeError unless all are str (a tuple: joined without a copy to a list)
        # one set of types for all the integer columns (and one for the float ones): each set is {int}
        # ({float}) exactly when each column's is
        if ints and set(map(type, chain.from_iterable(int_cols))) != _INT \
                or floats and set(map(type, chain.from_iterable(float_cols))) != _FLOAT:
            raise TypeError("not all of the column's type")
        # blocks read in one pass over the values (faster than np.array's walk of the nested columns);
        # OverflowError past int64
        ints_block = np.fromiter(chain.from_iterable(int_cols), np.int64, len(ints) * n).reshape(len(ints), n)
    except (TypeError, OverflowError):
        return pd.DataFrame(rows, columns=columns)
    blocks = []
    if ints:
        blocks.append((ints_block, ints))
    if floats:
        blocks.append((np.fromiter(chain.from_iterable(float_cols), np.float64, len(floats) * n).reshape(len(floats), n),
                       floats))
    if objs:
        # the object columns' values in one pass, element by element (a list stays one value), row after row
        blocks.append((np.fromiter(chain.from_iterable(cols[k] for k in objs), object, len(objs) * n).reshape(len(objs), n),
                       objs))
    for k in strs:
        blocks.append((_checked_strings(np.fromiter(cols[k], object, n), dtype), (k,)))
    return make(blocks, n, index_columns)


def _checked_strings(values: np.ndarray, dtype):
    """The ``StringArray`` of an object array known to hold only ``str`` and the dtype's own NA (so the
    constructor's check of every value, and its NumpyExtensionArray set-up, can be skipped: the same
    array)."""
    new = getattr(pd.arrays.StringArray, "_simple_new", None)
    return new(values, dtype) if new is not None else pd.arrays.StringArray(values, dtype=dtype)


_INT = {int}
_FLOAT = {float}


@lru_cache(maxsize=16)
def _layout(columns: tuple, kinds: str):
    """What the block builders need for one frame shape: the frame maker (:func:`_from_blocks`), the
    string dtype, the column index and the column positions of each kind; None where pandas lacks
    them."""
    make = _block_maker()
    dtype = str_dtype()
    if make is None or not (isinstance(dtype, pd.StringDtype) and dtype.storage == "python"):
        return None
    where = {kind: tuple(k for k, c in enumerate(kinds) if c in kind) for kind in ("i", "f", "o", "b", "s", "sS")}
    return make, dtype, pd.Index(columns), where


def _from_blocks(blocks: list, n: int, columns: pd.Index) -> pd.DataFrame:
    """The frame of ``n`` rows and ``columns`` whose blocks are ``blocks``, (values, column positions)
    pairs: a 2-D numpy array (one row per column) or a 1-D extension array.  What
    ``pandas.api.internals.create_dataframe_from_blocks`` builds, without its checks of the blocks'
    shapes and of the index, which these builders' blocks pass by construction (a few µs a frame
    instead of ~25).  Block values are numpy arrays of int, float, bool or object, or string arrays:
    taken as they are, as that constructor takes them."""
    made = [(_BLOCK_TYPES.get(type(values.dtype)) or _block_type_of(values.dtype))(values, ndim=2, placement=_placement(where))
            for values, where in blocks]
    mgr = _BlockManager(made, [columns, pd.RangeIndex._simple_new(range(n))], verify_integrity=False)
    return pd.DataFrame._from_mgr(mgr, mgr.axes)


def _block_type_of(dtype):
    """pandas' block class for ``dtype``, remembered by the dtype's class: pandas picks it by the
    dtype's class (isinstance tests) and a numpy dtype's kind, which numpy 2's per-kind dtype classes
    fix (with one class for all numpy dtypes, as before numpy 1.25, nothing is remembered)."""
    cls = _block_type(dtype)
    if type(dtype) is not np.dtype:
        _BLOCK_TYPES[type(dtype)] = cls
    return cls


_BLOCK_TYPES: dict = {}


@lru_cache(maxsize=256)
def _placement(where: tuple):
    """The block placement of the columns at positions ``where`` (immutable, so shared by frames)."""
    return _BlockPlacement(np.array(where, dtype=np.intp))


def _from_blocks_checked(blocks: list, n: int, columns: pd.Index) -> pd.DataFrame:
    """:func:`_from_blocks` through pandas' public low-level constructor."""
    from pandas.api.internals import create_dataframe_from_blocks

    return create_dataframe_from_blocks([(values, np.array(where, dtype=np.intp)) for values, where in blocks],
                                        index=pd.RangeIndex(n), columns=columns)


def _block_maker():
    """:func:`_from_blocks`; :func:`_from_blocks_checked` where pandas' block classes are not where
    pandas 3 keeps them; None without ``pandas.api.internals`` either."""
    if _BlockManager is not None:
        return _from_blocks
    try:
        from pandas.api.internals import create_dataframe_from_blocks  # noqa: F401
    except ImportError:
        return None
    return _from_blocks_checked


try:
    from pandas._libs.internals import BlockPlacement as _BlockPlacement
    from pandas.core.internals.blocks import get_block_type as _block_type
    from pandas.core.internals.managers import BlockManager as _BlockManager
except ImportError:  # another pandas: the public constructor
    _BlockPlacement = _block_type = _BlockManager = None
