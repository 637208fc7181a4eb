"""Helpers for the acceptance tests of issues 2 and 3 (not a test module).

Third-party pages are read from ``../shared/corpus`` and the hand codings from
``../shared/gold``; nothing from there is ever copied into the repository.
Tests that need them skip with a clear reason when they are absent. The full
corpus is built once per test session into a temporary folder (seeds + every
corpus page), shared by the modules that import :func:`full_build` (see tests/conftest.py).
"""
from __future__ import annotations

import csv
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
SEEDS = CORPUS / "seeds"
GOLD = SHARED / "gold"
GOLD_CODINGS = GOLD / "codings.csv"
GOLD_RESPONDENTS = GOLD / "respondents.csv"
BUNDLED_RAW = REPO / "data" / "raw"

SEED_FILES = [
    "000_d1df63f6e483d53c.txt",
    "001_5ff877b005e45fdf.txt",
    "002_56ae18b492f85a3f.txt",
    "003_de1f3ebb09300a39.txt",
    "004_3b7892168fc6fe03.txt",
]
SEED_QUESTIONNAIRE = "003_de1f3ebb09300a39.txt"
SEED_NETWORK_REPORT = "004_3b7892168fc6fe03.txt"

NO_CORPUS = f"{CORPUS} not found: the third-party test pages live in ../shared/corpus (never copied into the repo)"
NO_GOLD = f"{GOLD} not found: the gold hand codings live in ../shared/gold"


def require_corpus() -> Path:
    if not CORPUS.is_dir() or not any(CORPUS.glob("A_*.txt")):
        pytest.skip(NO_CORPUS)
    return CORPUS


def require_gold() -> Path:
    if not GOLD_CODINGS.is_file() or not GOLD_RESPONDENTS.is_file():
        pytest.skip(NO_GOLD)
    return GOLD


def corpus_page(name: str) -> Path:
    """A page of ../shared/corpus (or of its seeds), skipping when it is absent."""
    for folder in (CORPUS, SEEDS, BUNDLED_RAW):
        path = folder / name
        if path.is_file():
            return path
    pytest.skip(f"{name} not found in {CORPUS}: {NO_CORPUS}")


def seed_path(name: str) -> Path:
    """A seed document: bundled in data/raw (issue 2), else from ../shared/corpus/seeds."""
    for folder in (BUNDLED_RAW, SEEDS):
        if (folder / name).is_file():
            return folder / name
    pytest.skip(f"seed {name} not found in {BUNDLED_RAW} or {SEEDS}")


def copy_seeds(raw_dir: Path) -> Path:
    raw_dir.mkdir(parents=True, exist_ok=True)
    for name in SEED_FILES:
        shutil.copyfile(seed_path(name), raw_dir / name)
    return raw_dir


def gold_respondent_rows() -> list[dict]:
    if not GOLD_RESPONDENTS.is_file():
        return []
    with GOLD_RESPONDENTS.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def gold_codings() -> pd.DataFrame:
    require_gold()
    return pd.read_csv(GOLD_CODINGS, dtype=str, keep_default_na=False)


def gold_region_of(page: str) -> str:
    """The county code gold/respondents.csv gives for a questionnaire page."""
    rows = [r for r in gold_respondent_rows() if r["document"] == page]
    if not rows:
        pytest.skip(f"{page} is not listed in {GOLD_RESPONDENTS}")
    assert len(rows) == 1, rows
    return rows[0]["org_code"]


# ------------------------------------------------------------ builds
@dataclass
class Built:
    raw_dir: Path
    out_dir: Path
    result: object  # bas_analysis.BuildResult when this process made the build, else None (another xdist worker did)


_CACHE: dict[str, Built] = {}


def _shared_build(tmp_path_factory, name: str, fill_raw) -> Built:
    """A build of the pages ``fill_raw(raw)`` copies, made once per run (across xdist workers too)."""
    if name not in _CACHE:
        from conftest import shared_folder

        from bas_analysis import build

        made: dict = {}

        def make(root: Path) -> None:
            made["result"] = build(fill_raw(root / "raw"), root / "processed", progress=False)

        root, _ = shared_folder(tmp_path_factory, name, make)
        _CACHE[name] = Built(root / "raw", root / "processed", made.get("result"))
    return _CACHE[name]


def _seeds_and_corpus(raw: Path) -> Path:
    copy_seeds(raw)
    for page in sorted(CORPUS.iterdir()):
        if page.is_file() and page.suffix.lower() in {".txt", ".html", ".htm"}:
            shutil.copyfile(page, raw / page.name)
    return raw


def full_build(tmp_path_factory) -> Built:
    """Seeds + every page of ../shared/corpus, built once per run into a temporary folder. Read only."""
    require_corpus()
    return _shared_build(tmp_path_factory, "full_corpus", _seeds_and_corpus)


def seeds_build(tmp_path_factory) -> Built:
    """The five bundled seeds, built once per run into a temporary folder. Read only."""
    return _shared_build(tmp_path_factory, "seeds", copy_seeds)


def processed_text(out_dir: Path) -> dict[str, str]:
    """Every file under a processed folder as text: CSV/JSON as written, Parquet cell by cell."""
    texts: dict[str, str] = {}
    for path in sorted(Path(out_dir).rglob("*")):
        if not path.is_file():
            continue
        if path.suffix == ".parquet":
            frame = pd.read_parquet(path)
            cells = [str(c) for c in frame.columns] + [str(v) for v in frame.astype(str).to_numpy().ravel()]
            texts[path.name] = "\n".join(cells)
        else:
            texts[path.name] = path.read_text(encoding="utf-8", errors="replace")
    return texts


def spaced_digits(number: str) -> re.Pattern:
    """A phone number written with any spaces, dashes or slashes between its digits."""
    digits = re.sub(r"\D", "", number)
    return re.compile(r"[\s\-–/()]*".join(digits))


# ------------------------------------------------- synthetic tables
def respondent_frames(level: str, answers: list[tuple[str, str, str]], org_code: str = "", kind: str | None = None,
                      source_file: str = "synthetic.txt"):
    """respondents + answers tables (columns of schemas.RESPONDENTS / schemas.ANSWERS) for one respondent.

    ``answers``: (question_id, question_text, answer_text) in page order.
    """
    from bas_analysis import schemas

    kind = kind or ("network_report" if level == "municipality" else "questionnaire")
    org_code = org_code or ("1490" if level == "municipality" else "08")
    respondents = pd.DataFrame(
        [
            dict(respondent_id="syn:00", doc_id="syn", kind=kind, org_name="Syntetisk", org_code=org_code, level=level,
                 county_code=org_code[:2], sub_unit="", wave=2022, match_method="exact", match_score=100.0,
                 source_file=source_file)
        ],
        columns=list(schemas.RESPONDENTS.columns),
    )
    respondents["wave"] = respondents["wave"].astype("Int64")
    rows = [
        dict(answer_id=f"syn:00:{i:03d}", respondent_id="syn:00", doc_id="syn", question_id=qid, question_text=question,
             section="", position=i, answer_text=text)
        for i, (qid, question, text) in enumerate(answers)
    ]
    answer_table = pd.DataFrame(rows, columns=list(schemas.ANSWERS.columns))
    return respondents, answer_table


def code_synthetic(level: str, answers, codebook=None, **kwargs) -> pd.DataFrame:
    """The codings of one synthetic respondent (``code.code_all``), indexed by indicator name."""
    from bas_analysis import coding as code

    respondents, answer_table = respondent_frames(level, answers, **kwargs)
    codings, _ = code.code_all(respondents, answer_table, None, codebook=codebook)
    return codings.set_index("indicator")


def manifest(out_dir: Path) -> dict:
    return json.loads((Path(out_dir) / "manifest.json").read_text(encoding="utf-8"))
