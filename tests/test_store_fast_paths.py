"""The store's faster CSV writing gives exactly the bytes pandas wrote (issue 13: same tables, less time).

:func:`bas_analysis.spreadsheet.csv_bytes` (pyarrow) is compared with
``csv_safe(frame).to_csv(...)`` (pandas and the ``csv`` module) on the tables of
builds of the corpus, the challenge pages and generated pages, and on made-up
tables full of what a CSV writer can get wrong: quotes, separators, line
breaks, formula-like cells, missing values, odd numbers.
"""
from __future__ import annotations

import math
import shutil

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bas_analysis as bas
from bas_analysis import spreadsheet, store
from benchmarks.pages import write_pages
from corpus import CORPUS, full_build

CHALLENGE = CORPUS.parent / "challenge" / "pages"


def pandas_csv(frame: pd.DataFrame) -> bytes:
    """The plain path: what write_csv wrote before it had a fast path."""
    return spreadsheet.csv_safe(frame).to_csv(index=False, encoding="utf-8").encode("utf-8")


def assert_build_tables_as_pandas(out_dir) -> int:
    """Every table of a build: its CSV file and csv_bytes are pandas' bytes. Returns the number of rows compared."""
    data = bas.load(out_dir)
    rows = 0
    for name in store.TABLES:
        frame = getattr(data, name)
        fast = spreadsheet.csv_bytes(frame)
        assert fast is not None, name
        assert fast == pandas_csv(frame), name
        assert (data.build_dir / f"{name}.csv").read_bytes() == fast, name
        rows += len(frame)
    return rows


def test_corpus_tables_are_written_as_pandas_writes_them(tmp_path_factory):
    assert assert_build_tables_as_pandas(full_build(tmp_path_factory).out_dir) > 500


def test_challenge_tables_are_written_as_pandas_writes_them(tmp_path):
    pages = sorted(CHALLENGE.glob("*")) if CHALLENGE.is_dir() else []
    if not pages:
        pytest.skip(f"no pages in {CHALLENGE}")
    raw = tmp_path / "raw"
    raw.mkdir()
    for page in pages:
        if page.is_file():
            shutil.copyfile(page, raw / page.name)
    bas.build(raw, tmp_path / "out", progress=False, jobs=1)
    assert assert_build_tables_as_pandas(tmp_path / "out") > 100


def test_generated_tables_are_written_as_pandas_writes_them(tmp_path):
    write_pages(tmp_path / "raw", 40)
    bas.build(tmp_path / "raw", tmp_path / "out", progress=False, jobs=1)
    assert assert_build_tables_as_pandas(tmp_path / "out") > 1000


# cells that test quoting, marking and encoding: separators, quotes, line breaks of every kind, formula starts
CELL_TEXT = st.lists(st.sampled_from(list("ab åÖé,;\"'\n\r\t=+-@|") + ["\r\n", "\u2028", "\x85", "—", "😀", "-5", "+3.5", "=1+1"]),
                     max_size=8).map("".join)
TEXT_CELLS = st.one_of(CELL_TEXT, st.none(), st.just(math.nan))
FLOATS = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0.1 + 0.2, 1e-5, 1e16, 100.0, -0.0]))
INTS = st.integers(min_value=-(2**63), max_value=2**63 - 1)


@st.composite
def tables(draw):
    n = draw(st.integers(min_value=0, max_value=12))
    columns = {
        "text": pd.Series(draw(st.lists(TEXT_CELLS, min_size=n, max_size=n)), dtype=object),
        "str": pd.Series(draw(st.lists(st.one_of(CELL_TEXT, st.none()), min_size=n, max_size=n)), dtype="str"),
        "=formula name": pd.Series(draw(st.lists(INTS, min_size=n, max_size=n)), dtype="int64"),
        "Int64": pd.Series(draw(st.lists(st.one_of(st.integers(-10**6, 10**6), st.none()), min_size=n, max_size=n)), dtype="Int64"),
        "float": pd.Series(draw(st.lists(FLOATS, min_size=n, max_size=n)), dtype="float64"),
        "bool": pd.Series(draw(st.lists(st.booleans(), min_size=n, max_size=n)), dtype=bool),
        "a,b \"c\"": pd.Series(draw(st.lists(CELL_TEXT, min_size=n, max_size=n)), dtype=object),
    }
    return pd.DataFrame(columns)


@settings(max_examples=150, deadline=None)
@given(tables())
def test_made_up_tables_are_written_as_pandas_writes_them(frame):
    assert spreadsheet.csv_bytes(frame) == pandas_csv(frame)


@pytest.mark.parametrize(
    "frame",
    [
        pd.DataFrame({"a": ["x", 1], "b": ["y", "z"]}),  # a number in a text column
        pd.DataFrame({"a": [b"x", b"y"], "b": ["y", "z"]}),  # bytes
        pd.DataFrame({"only": ["", "x"]}),  # one column: the csv module quotes an empty row
        pd.DataFrame({"a": pd.to_datetime(["2021-01-01", None]), "b": ["y", "z"]}),  # dates
        pd.DataFrame({"a": pd.array([True, None], dtype="boolean"), "b": ["y", "z"]}),  # nullable true/false
    ],
)
def test_other_tables_are_left_to_pandas(frame, tmp_path):
    assert spreadsheet.csv_bytes(frame) is None
    spreadsheet.write_csv(frame, tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_bytes() == pandas_csv(frame)


def test_large_tables_are_written_in_pieces_as_pandas_writes_them_whole(tmp_path, monkeypatch):
    """A table is made into CSV a few rows at a time (bounded memory); the file is still pandas' bytes,
    also when a later piece holds a value pyarrow does not write (the file is started again by pandas)."""
    monkeypatch.setattr(spreadsheet, "CSV_PIECE_ROWS", 7)
    plain = pd.DataFrame({"a": [f"rad {i}, \"citat\"" if i % 5 else f"=S{i}" for i in range(50)],
                          "n": pd.array([i if i % 3 else None for i in range(50)], dtype="Int64")})
    assert len(list(spreadsheet.csv_pieces(plain))) == 1 + 8  # the header, then 7 + 7 + ... + 1 rows
    spreadsheet.write_csv(plain, tmp_path / "plain.csv")
    assert (tmp_path / "plain.csv").read_bytes() == spreadsheet.csv_bytes(plain) == pandas_csv(plain)
    late = plain.assign(a=plain["a"].astype(object))
    late.loc[45, "a"] = 45  # a number in the text column, in the last piece
    assert spreadsheet.csv_bytes(late) is None
    spreadsheet.write_csv(late, tmp_path / "late.csv")
    assert (tmp_path / "late.csv").read_bytes() == pandas_csv(late)


def test_a_failing_parquet_file_stops_the_parquet_files_after_it(tmp_path, monkeypatch):
    """write_tables writes the Parquet files in a thread, in order: the first failure stops it and is raised."""
    frames = {name: pd.DataFrame({"a": np.arange(3), "b": ["x", "y", "z"]}) for name in ("one", "two", "three")}
    written = []
    real = pd.DataFrame.to_parquet

    def to_parquet(self, path, *args, **kwargs):
        written.append(path.name)
        if len(written) == 2:
            raise OSError("disk full (simulated)")
        return real(self, path, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_parquet", to_parquet)
    with pytest.raises(OSError, match="simulated"):
        store._write_files(frames, tmp_path)
    assert written == ["one.parquet", "two.parquet"]


def test_the_two_writing_threads_write_every_file_once_and_a_failing_csv_file_is_raised(tmp_path, monkeypatch):
    """The Parquet thread helps with the CSV files once its own are written: each table gets both files, as
    written alone; a CSV file that fails (in either thread) stops the files not yet begun and is raised."""
    frames = {f"t{i}": pd.DataFrame({"a": np.arange(i * 500), "b": [f"=x{j}" for j in range(i * 500)]}) for i in range(1, 9)}
    written = []
    real = store.write_csv

    def write_csv(frame, path):
        written.append(path.name)
        return real(frame, path)

    monkeypatch.setattr(store, "write_csv", write_csv)
    store._write_files(frames, tmp_path)
    assert sorted(written) == sorted(f"{name}.csv" for name in frames)
    for name, frame in frames.items():
        assert (tmp_path / f"{name}.csv").read_bytes() == pandas_csv(frame)
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / f"{name}.parquet"), frame)

    def failing(frame, path):
        written.append(path.name)
        if path.name == "t1.csv":
            raise OSError("disk full (simulated)")
        return real(frame, path)

    written.clear()
    monkeypatch.setattr(store, "write_csv", failing)
    again = tmp_path / "again"
    again.mkdir()
    with pytest.raises(OSError, match="simulated"):
        store._write_files(frames, again)
    assert written[0] == "t1.csv" and "t8.csv" not in written  # the Parquet thread was still at its own files
