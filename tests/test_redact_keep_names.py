"""Privacy round 16: names of methods, programmes and organisations that redaction destroyed, and names it let
through (initials signing in brackets, a double first name alone, a name from abroad after a verb of addressing).

Every example sentence is made up for this file: names of no real person. The corpus test reads the pages of
../shared/corpus (never copied here).
"""
from __future__ import annotations

import collections
import csv
import importlib.resources

import pytest
import regex

from bas_analysis import redact
from bas_analysis.coding.codebook import load_codebook

from corpus import CORPUS, require_corpus


def _clean(text: str) -> str:
    return redact.redact_document(text)[0]


# ------------------------------------------------------------------ names of methods, programmes, organisations
@pytest.mark.parametrize("text, kept", [
    ("Vi använder Marte Meo i samtal med föräldrar.", "Marte Meo"),
    ("Två av oss är utbildade Marte Meo-terapeuter sedan i våras.", "Marte Meo-terapeuter"),
    ("Vi arbetar med Beardslees familjeintervention när en förälder är sjuk.", "Beardslees familjeintervention"),
    ("Socialsekreterarna har gått utbildning i Föra barnen på tal.", "Föra barnen på tal"),
    ("Materialet Let's Talk about Children finns på svenska.", "Let's Talk about Children"),
    ("Unga anhöriga kan delta i ME-WE under hösten.", "ME-WE"),
    ("Barn som upplevt våld erbjuds samtal enligt Trappan.", "Trappan"),
    ("Hjärnkoll besökte skolan och pratade om psykisk ohälsa.", "Hjärnkoll"),
    ("Vi startar en ny Familjeband-grupp i januari.", "Familjeband-grupp"),
    ("Träffarna hålls i Bror Hjorths hus varannan tisdag.", "Bror Hjorths hus"),
    ("Gruppen drivs tillsammans med Ersta diakoni.", "Ersta diakoni"),
    ("Stiftelsen Allmänna Barnhuset har gett ut boken.", "Stiftelsen Allmänna Barnhuset"),
])
def test_a_method_programme_or_organisation_is_kept(text, kept):
    assert kept in _clean(text)


@pytest.mark.parametrize("text, kept, secret", [
    ("Vi använder Marte Meo. Frågor till Marte Andersen, kurator.", "Marte Meo", "Andersen"),
    ("Marte Meo-terapeuten Ingrid Solberg leder filmgranskningen.", "Marte Meo-terapeuten", "Solberg"),
    ("Beardslees familjeintervention ges av Jonas Wikström, socionom.", "Beardslees familjeintervention", "Wikström"),
    ("Kontakta Hanna Berglöf om Trappan-samtalen.", "Trappan-samtalen", "Berglöf"),
])
def test_a_kept_name_keeps_no_person_beside_it(text, kept, secret):
    out = _clean(text)
    assert kept in out and secret not in out


def test_every_method_the_codebook_knows_is_kept():
    methods = [name for indicator in load_codebook().indicators for name, _, _ in indicator.methods]
    assert len(methods) >= 10
    kept = {name.casefold() for name, _ in redact.keep_names()}
    first_names = redact.lexicon().first_sv | redact.lexicon().first_other
    assert all(m.casefold() in kept for m in methods if m.casefold() not in first_names)


def test_the_keep_names_file_is_one_readable_table_with_its_kinds():
    with importlib.resources.files("bas_analysis").joinpath(redact.KEEP_NAMES_FILE).open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["name", "kind", "note"]
    kinds = collections.Counter(row["kind"] for row in rows)
    assert set(kinds) == set(redact.KEEP_KINDS)
    assert kinds["title"] >= 50  # the children's titles of round 14, still there
    assert {"Pippi Långstrump", "Marte Meo", "Ersta diakoni"} <= {row["name"] for row in rows}


def test_a_one_word_title_or_first_name_is_no_kept_name():
    names = [(name, kind) for name, kind in redact.keep_names() if len(name.split()) == 1]
    lex = redact.lexicon()
    assert names and not any(kind == "title" or name.casefold() in lex.first_sv for name, kind in names)


# ------------------------------------------------------------------ names that leaked
@pytest.mark.parametrize("text, secret", [
    ("Skicka till Fatima Al-Sayed.", "Al-Sayed"),
    ("Mejla Yasmin El-Masri om du vill anmäla ditt barn.", "El-Masri"),
    ("Ring Oluwaseun Adeyemi-Berg på måndag.", "Adeyemi"),
    ("Kontakta Gulnara Nurmagambetova för en tid.", "Nurmagambetova"),
    ("Vänd dig till Dawit Tesfamariam, han svarar på frågor.", "Tesfamariam"),
    ("Hör av dig till Amira Ben-Youssef innan gruppen startar.", "Ben-Youssef"),
    ("Skicka anmälan till Svetlana Kuznetsova senast 1 maj.", "Kuznetsova"),
    ("Skicka till Lise-Marie.", "Lise-Marie"),
    ("Kontakta Lise-Marie på mottagningen.", "Lise-Marie"),
    ("Vänd dig till Ann-Sofie eller Omar.", "Ann-Sofie"),
    ("Tack för idag, vi ses nästa vecka!\n(ÅL)", "ÅL"),
    ("Nästa träff är den 12 mars. (KMB)", "KMB"),
    ("Kontakta Gulnara Nurmagambetova (GN) för frågor.", "GN"),
])
def test_a_name_after_a_verb_of_addressing_or_initials_signing(text, secret):
    assert secret not in _clean(text)


@pytest.mark.parametrize("text", [
    "Kontakta Rädda Barnen för mer information.",
    "Vänd dig till Svenska kyrkan eller Ersta diakoni.",
    "Skicka till Region Kalmar län.",
    "Kontakta Familjecentralen Solrosen.",
    "Vänd dig till Ersta Vändpunkten.",
    "Mejla Anhörigcentrum Uppsala.",
    "Enligt hälso- och sjukvårdslagen (HSL).",
    "Vi arbetar enligt Stödgruppsverksamhet (SGV) sedan 2005.",
    "Rädda Barnen (RB) hjälper till.",
    "Barnen träffas varje vecka.\n(SGV)",
    # a care unit's or a law's abbreviation of data/keep_names.csv alone on its line is no signature
    "Vi samarbetar med barn- och ungdomspsykiatrin.\n(BUP)",
    "Frågor besvaras av barnavårdscentralen.\n(BVC)",
    "Stödet ges enligt hälso- och sjukvårdslagen.\n(HSL)",
])
def test_an_organisation_after_a_verb_or_an_abbreviation_in_brackets_is_kept(text):
    assert _clean(text) == text


# ------------------------------------------------------------------ the real corpus
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}\-])\p{Lu}[\p{L}\p{M}]+(?:-\p{Lu}[\p{L}\p{M}]+)*(?![\p{L}\p{M}\-])")


def _places_and_kept_names(text: str) -> collections.Counter:
    """What a page writes of place names (capitalised words of the reference data) and of keep names."""
    lex = redact.lexicon()
    found = collections.Counter(w for w in _CAPITALISED.findall(text) if w.casefold() in lex.places)
    found.update(text[a:b] for a, b in redact._keep_name_spans(text, redact.keep_names()))
    return found


def test_places_organisations_and_methods_of_the_corpus_pages_survive_redaction():
    require_corpus()
    pages = sorted(CORPUS.glob("*.txt"))
    total = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        before = _places_and_kept_names(text)
        total += sum(before.values())
        lost = before - _places_and_kept_names(_clean(text))
        assert not lost, f"{page.name}: {dict(lost)}"
    assert total >= 50  # the pages do write such names: the test reads them
