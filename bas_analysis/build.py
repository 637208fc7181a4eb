"""Build: run the pipeline from a raw folder to the processed tables.

In:  ``raw_dir`` (pages as they were saved from the web) and optionally a
     file of manual codings.
Out: ``out_dir`` with documents, respondents, answers, codings, indicators,
     problems (Parquet + CSV) and ``manifest.json`` whose counts add up:
     files seen = parsed + skipped + failed. Personal data is redacted before
     anything is written; raw files are never changed.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from . import __version__, coding, compare, ingest, redact, schemas, store
from .parse import ParsedDocument, parse_text

DEFAULT_RAW = Path("data/raw")
DEFAULT_OUT = Path("data/processed")
DEFAULT_MANUAL = Path("data/manual_codings.csv")


@dataclass
class BuildResult:
    out_dir: Path
    counts: dict
    tables: dict[str, pd.DataFrame] = field(repr=False, default_factory=dict)

    def summary(self) -> str:
        c = self.counts
        kinds = ", ".join(f"{k} {v}" for k, v in c["documents_by_kind"].items()) or "none"
        levels = ", ".join(f"{k} {v}" for k, v in c["respondents_by_level"].items()) or "none"
        lines = [
            f"files seen {c['files_seen']} = parsed {c['parsed']} + skipped {c['skipped']} + failed {c['failed']}",
            f"documents by kind: {kinds}",
            f"respondents by level: {levels} (unmatched {c['respondents_unmatched']})",
            f"codings: {c['codings']} ({c['codings_known']} known, {c['codings_manual']} manual)",
            f"problems: {c['problems']} (see {self.out_dir / 'problems.csv'})",
            f"tables written to {self.out_dir}",
        ]
        return "\n".join(lines)


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _problem_rows(problems: list[ingest.Problem]) -> pd.DataFrame:
    rows = [dict(file=p.file, stage=p.stage, severity=p.severity, reason=p.reason) for p in problems]
    return pd.DataFrame(rows, columns=list(schemas.PROBLEMS.columns)) if rows else schemas.empty(schemas.PROBLEMS)


WAVE_COLUMNS = ("wave", "wave_source", "wave_min", "wave_max")


def _wave_columns(doc: ParsedDocument) -> dict:
    """The page's place in time, as documents and respondents carry it (parse/waves.py)."""
    return dict(wave=doc.wave, wave_source=doc.wave_source, wave_min=doc.wave_min, wave_max=doc.wave_max)


def _tables(parsed: list[tuple[ingest.RawDocument, ParsedDocument]], names: set[str]):
    """documents, respondents and answers tables, with personal data redacted."""
    documents, respondents, answers = [], [], []
    for raw, doc in parsed:
        documents.append(
            dict(
                doc_id=raw.doc_id,
                source_file=raw.source_file,
                kind=doc.kind,
                title=redact.redact_text(doc.title, names),
                dates=";".join(doc.dates),
                page_date=doc.page_date,
                **_wave_columns(doc),
                wave_evidence=redact.redact_text(doc.wave_evidence, names),
                generation=doc.generation,
                encoding=raw.encoding,
                repaired=raw.repaired,
                n_chars=len(raw.text),
                n_respondents=len(doc.respondents),
                text=redact.redact_text(raw.text, names),
            )
        )
        for r_index, respondent in enumerate(doc.respondents):
            respondent_id = f"{raw.doc_id}:{r_index:02d}"
            respondents.append(
                dict(
                    respondent_id=respondent_id,
                    doc_id=raw.doc_id,
                    kind=doc.kind,
                    org_name=redact.redact_text(respondent.org_name, names),
                    org_code=respondent.org_code,
                    level=respondent.level,
                    county_code=respondent.county_code,
                    sub_unit=redact.redact_text(respondent.sub_unit, names),
                    **_wave_columns(doc),
                    match_method=respondent.match_method,
                    match_score=float(respondent.match_score),
                    source_file=raw.source_file,
                )
            )
            for position, answer in enumerate(respondent.answers):
                answers.append(
                    dict(
                        answer_id=f"{respondent_id}:{position:03d}",
                        respondent_id=respondent_id,
                        doc_id=raw.doc_id,
                        question_id=answer.question_id,
                        question_text=redact.redact_text(answer.question_text, names),
                        section=answer.section,
                        position=position,
                        answer_text=redact.redact_text(answer.answer_text, names),
                    )
                )
    frame = lambda rows, schema: (pd.DataFrame(rows) if rows else schemas.empty(schema))[list(schema.columns)]
    documents = frame(documents, schemas.DOCUMENTS)
    respondents = frame(respondents, schemas.RESPONDENTS)
    for table in (documents, respondents):
        for column in WAVE_COLUMNS:
            if column != "wave_source":
                table[column] = table[column].astype("Int64")
    return documents, respondents, frame(answers, schemas.ANSWERS)


def build(
    raw_dir: str | os.PathLike = DEFAULT_RAW,
    out_dir: str | os.PathLike = DEFAULT_OUT,
    manual_codings: str | os.PathLike | None = None,
    progress: bool = True,
) -> BuildResult:
    """Run ingest → parse → redact → code and write the processed tables.

    Raises :class:`bas_analysis.ingest.RawDirError` when ``raw_dir`` is missing;
    any single bad file is listed in ``problems`` and the build goes on.
    """
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    files = ingest.list_raw_files(raw_dir)
    with tqdm(total=len(files), desc="read", unit="file", disable=not progress or not files, leave=False) as bar:
        read, problems = ingest.ingest(raw_dir, progress=lambda _: bar.update(), files=files)
    raw_docs: list[ingest.RawDocument] = []
    parsed: list[tuple[ingest.RawDocument, ParsedDocument]] = []
    for result in tqdm(read, desc="parse", unit="page", disable=not progress or not read, leave=False):
        try:
            doc = parse_text(result.text)
        except Exception as exc:  # one bad page must not stop the build
            problems.append(ingest.Problem(result.source_file, "parse", f"parser failed: {type(exc).__name__}: {exc}"))
            continue
        raw_docs.append(result)
        parsed.append((result, doc))
        if result.dropped_lines:
            problems.append(ingest.Problem(result.source_file, "ingest", f"dropped {len(result.dropped_lines)} junk line(s) (scrambled text)", "warning"))
        for warning in doc.warnings:
            stage = "match" if "not matched" in warning else "parse"
            problems.append(ingest.Problem(result.source_file, stage, warning, "warning"))

    names: set[str] = set()
    for raw in raw_docs:
        names |= redact.find_contact_names(raw.text)
    documents, respondents, answers = _tables(parsed, names)

    manual_path = Path(manual_codings) if manual_codings else None
    if manual_path is None and DEFAULT_MANUAL.exists() and raw_dir.resolve() == DEFAULT_RAW.resolve():
        manual_path = DEFAULT_MANUAL
    codings, coding_problems = coding.code_all(respondents, answers, manual_path)
    problems.extend(coding_problems)
    indicators = coding.indicators_wide(codings, respondents)
    indicators = compare.add_support_index(indicators, codings)

    for problem in problems:  # reasons quote names from the pages
        problem.reason = redact.redact_text(problem.reason, names)
    problem_table = _problem_rows(problems)
    severities = problem_table["severity"].value_counts().to_dict() if len(problem_table) else {}
    counts = {
        "files_seen": len(files),
        "parsed": len(documents),
        "skipped": int(severities.get("skipped", 0)),
        "failed": int(severities.get("error", 0)),
        "warnings": int(severities.get("warning", 0)),
        "documents_by_kind": documents["kind"].value_counts().sort_index().to_dict(),
        "respondents": len(respondents),
        "respondents_by_level": respondents["level"].value_counts().sort_index().to_dict(),
        "respondents_unmatched": int((respondents["org_code"] == "").sum()),
        "answers": len(answers),
        "codings": len(codings),
        "codings_known": int((codings["value"] != "unknown").sum()),
        "codings_manual": int((codings["source"] == "manual").sum()),
        "problems": len(problem_table),
    }
    assert counts["files_seen"] == counts["parsed"] + counts["skipped"] + counts["failed"], counts
    manifest = {
        "package": "bas-analysis",
        "version": __version__,
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "raw_dir": str(raw_dir),
        "codebook_sha256": coding.codebook_hash(),
        "manual_codings": str(manual_path) if manual_path else None,
        "inputs": [
            {"file": ingest.display_name(os.fsencode(p.name)), "sha256": _file_hash(p), "bytes": p.stat().st_size}
            for p in files
        ],
        "counts": counts,
    }
    tables = dict(
        documents=documents,
        respondents=respondents,
        answers=answers,
        problems=problem_table,
        codings=codings,
        indicators=indicators,
    )
    with store.lock_for(out_dir):
        store.write_tables(tables, manifest, out_dir)
    return BuildResult(out_dir, counts, tables)
