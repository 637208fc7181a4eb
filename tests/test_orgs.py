"""Tests for the region/municipality reference data and the organisation-name matcher."""

import unicodedata
from importlib.resources import files

import pytest

from bas_analysis.orgs import (
    OrgMatch,
    match_org,
    municipalities,
    normalise_municipality_code,
    normalise_region_code,
    org_aliases,
    region_name,
    regions,
    split_joint_name,
    split_sub_unit,
)

COUNTY_COUNTS = {
    "01": 26, "03": 8, "04": 9, "05": 13, "06": 13, "07": 8, "08": 12, "09": 1, "10": 5,
    "12": 33, "13": 6, "14": 49, "17": 16, "18": 12, "19": 10, "20": 15, "21": 10,
    "22": 7, "23": 8, "24": 15, "25": 14,
}

# --- reference data -----------------------------------------------------------


def test_21_regions_with_unique_two_digit_codes():
    table = regions()
    assert list(table.columns) == ["code", "name", "county_name", "short_name"]
    assert len(table) == 21
    assert table["code"].is_unique
    assert set(table["code"]) == set(COUNTY_COUNTS)
    assert all(isinstance(code, str) and len(code) == 2 for code in table["code"])


def test_290_municipalities_with_unique_four_digit_codes():
    table = municipalities()
    assert list(table.columns) == ["code", "name", "official_name", "county_code"]
    assert len(table) == 290
    assert table["code"].is_unique
    assert table["name"].is_unique
    assert all(isinstance(code, str) and len(code) == 4 and code.isdigit() for code in table["code"])
    assert (table["county_code"] == table["code"].str[:2]).all()
    assert set(table["county_code"]) <= set(regions()["code"])


def test_municipalities_per_county():
    assert municipalities()["county_code"].value_counts().to_dict() == COUNTY_COUNTS


@pytest.mark.parametrize(
    "code, name",
    [
        ("0114", "Upplands Väsby"), ("0115", "Vallentuna"), ("0127", "Botkyrka"),
        ("0180", "Stockholm"), ("0380", "Uppsala"), ("0484", "Eskilstuna"),
        ("0486", "Strängnäs"), ("0581", "Norrköping"), ("0642", "Mullsjö"),
        ("0643", "Habo"), ("0680", "Jönköping"), ("0980", "Gotland"),
        ("1280", "Malmö"), ("1283", "Helsingborg"), ("1291", "Simrishamn"),
        ("1293", "Hässleholm"), ("1380", "Halmstad"), ("1466", "Herrljunga"),
        ("1480", "Göteborg"), ("1485", "Uddevalla"), ("1490", "Borås"), ("1495", "Skara"),
        ("1880", "Örebro"), ("1980", "Västerås"), ("2132", "Nordanstig"),
        ("2183", "Bollnäs"), ("2523", "Gällivare"), ("2580", "Luleå"),
        ("2581", "Piteå"), ("2584", "Kiruna"),
    ],
)
def test_sample_of_municipality_codes(code, name):
    table = municipalities().set_index("code")
    assert table.loc[code, "name"] == name


@pytest.mark.parametrize(
    "code, official_name",
    [
        ("1490", "Borås stad"), ("0180", "Stockholms stad"), ("1280", "Malmö stad"),
        ("1980", "Västerås stad"), ("1480", "Göteborgs stad"), ("2183", "Bollnäs kommun"),
        ("0980", "Region Gotland"), ("2132", "Nordanstigs kommun"),
        ("0642", "Mullsjö kommun"), ("2581", "Piteå kommun"),
    ],
)
def test_official_municipality_names(code, official_name):
    assert municipalities().set_index("code").loc[code, "official_name"] == official_name


def test_region_names():
    table = regions().set_index("code")
    assert table.loc["01", "name"] == "Region Stockholm"
    assert table.loc["06", "county_name"] == "Jönköpings län"
    assert table.loc["14", "name"] == "Västra Götalandsregionen"
    assert table.loc["14", "short_name"] == "Västra Götaland"


@pytest.mark.parametrize("filename", ["regions.csv", "municipalities.csv", "org_aliases.csv"])
def test_data_files_are_utf8_nfc(filename):
    text = (files("bas_analysis") / "data" / filename).read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text


def test_aliases_point_at_known_codes():
    aliases = org_aliases()
    assert set(aliases["level"]) <= {"region", "municipality"}
    region_codes, municipality_codes = set(regions()["code"]), set(municipalities()["code"])
    for row in aliases.itertuples():
        assert row.code in (region_codes if row.level == "region" else municipality_codes), row


def test_tables_are_copies_of_the_cache():
    table = regions()
    table.loc[0, "name"] = "changed"
    assert regions().loc[0, "name"] == "Region Stockholm"


# --- codes --------------------------------------------------------------------


@pytest.mark.parametrize("code", [8, "8", "08", 8.0, " 08 ", "8.0"])
def test_normalise_region_code(code):
    assert normalise_region_code(code) == "08"


@pytest.mark.parametrize("code", [2, "02", 11, 26, "", "abc", None, True, 8.5])
def test_normalise_region_code_rejects_unknown(code):
    with pytest.raises(ValueError, match="valid codes: 01, 03"):
        normalise_region_code(code)


@pytest.mark.parametrize("code", [114, "114", "0114", 114.0])
def test_normalise_municipality_code(code):
    assert normalise_municipality_code(code) == "0114"


def test_normalise_municipality_code_keeps_four_digit_codes():
    assert normalise_municipality_code(2581) == "2581"
    assert normalise_municipality_code("1490") == "1490"


@pytest.mark.parametrize("code", [113, "0113", "9999", "", "Borås", 8])
def test_normalise_municipality_code_rejects_unknown(code):
    with pytest.raises(ValueError):
        normalise_municipality_code(code)


@pytest.mark.parametrize("code", [8, "8", "08"])
def test_region_name(code):
    assert region_name(code) == "Region Kalmar län"


def test_region_name_unknown_lists_valid_codes():
    with pytest.raises(KeyError, match="01, 03, 04"):
        region_name("02")


# --- matching -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name, level, code",
    [
        ("Region Skåne", "region", "12"),
        ("Skåne", "region", "12"),
        ("Landstinget i Jönköpings län", "region", "06"),
        ("Region Jönköpings län", "region", "06"),
        ("Jönköpings läns landsting", "region", "06"),
        ("Västra Götalandsregionen", "region", "14"),
        ("VGR", "region", "14"),
        ("Region Kalmar län", "region", "08"),
        ("Region Kalmar", "region", "08"),
        ("Stockholms läns landsting", "region", "01"),
        ("Landstinget i Östergötland", "region", "05"),
        ("Region Örebro", "region", "18"),
        ("Region Jämtland", "region", "23"),
        ("Jämtlands läns landsting", "region", "23"),
        ("Landstinget Sörmland", "region", "04"),
        ("Region Södermanland", "region", "04"),
        ("Region Sörmland", "region", "04"),
        ("Landstinget Dalarna", "region", "20"),
        ("Region Gotland", "region", "09"),
        ("Borås stad", "municipality", "1490"),
        ("Stockholms stad", "municipality", "0180"),
        ("Malmö stad", "municipality", "1280"),
        ("Västerås kommun", "municipality", "1980"),
        ("Västerås stad", "municipality", "1980"),
        ("Piteå", "municipality", "2581"),
        ("Skara", "municipality", "1495"),
        ("Bollnäs kommun", "municipality", "2183"),
        ("Bollnäs", "municipality", "2183"),
        ("Borås", "municipality", "1490"),
        ("Strängnäs kommun", "municipality", "0486"),
        ("Hässleholms kommun", "municipality", "1293"),
        ("Hässleholm", "municipality", "1293"),
        ("Nordanstigs kommun", "municipality", "2132"),
        ("Jönköpings kommun", "municipality", "0680"),
        ("Falu kommun", "municipality", "2080"),
        ("Upplands-Väsby", "municipality", "0114"),
        ("Upplands Väsby kommun", "municipality", "0114"),
        ("Upplands-Bro kommun", "municipality", "0139"),
        ("Malung-Sälens kommun", "municipality", "2023"),
        ("Habo kommun", "municipality", "0643"),
        ("Håbo kommun", "municipality", "0305"),
        ("  göteborgs   STAD ", "municipality", "1480"),
    ],
)
def test_match_exact_and_alias(name, level, code):
    match = match_org(name)
    assert (match.level, match.code) == (level, code)
    assert match.method in ("exact", "alias")
    assert match.score == 100.0


def test_match_returns_canonical_names():
    assert match_org("Landstinget i Jönköpings län") == OrgMatch(
        "06", "region", "Region Jönköpings län", 100.0, "exact"
    )
    assert match_org("Borås stad").name == "Borås"
    assert match_org("Region Jämtland").method == "alias"


@pytest.mark.parametrize(
    "name, municipality, region",
    [("Jönköping", "0680", "06"), ("Uppsala", "0380", "03"), ("Kalmar", "0880", "08"),
     ("Gotland", "0980", "09"), ("Örebro", "1880", "18")],
)
def test_bare_name_of_both_prefers_municipality_unless_level_given(name, municipality, region):
    assert match_org(name).code == municipality
    assert match_org(name, level="municipality").code == municipality
    assert match_org(name, level="region").code == region


def test_level_overrides_the_word_in_the_name():
    assert match_org("Region Gotland", level="municipality").code == "0980"


def test_unknown_level_is_an_error():
    with pytest.raises(ValueError):
        match_org("Borås", level="county")


@pytest.mark.parametrize(
    "name, level, code",
    [
        ("Region Jnkpings ln", "region", "06"),
        ("Landstinget i Jnkpings ln", "region", "06"),
        ("Region Skne", "region", "12"),
        ("Landstinget i stergtland", "region", "05"),
        ("Vsters kommun", "municipality", "1980"),
        ("Bors stad", "municipality", "1490"),
        ("Gteborgs stad", "municipality", "1480"),
        ("Ume kommun", "municipality", "2480"),
        ("Hbo kommun", "municipality", "0305"),
        ("rnskldsviks kommun", "municipality", "2284"),
        ("J?nk?pings kommun", "municipality", "0680"),
        ("Region JÃ¶nkÃ¶pings lÃ¤n", "region", "06"),  # mojibake
        ("Bollns kommun", "municipality", "2183"),
        ("Nordanstgs kommun", "municipality", "2132"),
    ],
)
def test_match_garbled_names(name, level, code):
    match = match_org(name)
    assert (match.level, match.code) == (level, code)
    assert match.method in ("fuzzy", "exact")
    assert match.score >= 85.0


def test_fuzzy_match_reports_fuzzy_and_its_score():
    match = match_org("Vsters kommun")
    assert match.method == "fuzzy"
    assert 85.0 <= match.score <= 100.0
    assert match.name == "Västerås"


def test_min_score_is_honoured():
    assert match_org("Bolls kommun").code == "2183"
    assert match_org("Bolls kommun", min_score=99).method == "none"


NOT_ORGANISATIONS = [
    "Barndialogen", "Socialstyrelsen", "Nka", "Svenska kyrkan", "Rädda Barnen", "Bris",
    "Folkhälsomyndigheten", "Sveriges Kommuner och Regioner", "SKR", "Barnombudsmannen",
    "Anhörigas Riksförbund", "Nationellt kompetenscentrum anhöriga",
    "Länsstyrelsen i Skåne", "Länsstyrelsen Skåne län", "Regionalt cancercentrum",
    "Barn- och ungdomspsykiatrin", "BUP", "Socialtjänsten", "Primärvården", "Elevhälsan",
    "Försäkringskassan", "Stockholms stadsmission", "Maskrosbarn", "Kommunal",
    "Karolinska Institutet", "Redovisning från deltagande kommuner", "Kommunerna i länet",
    "Vi arbetar med barn som anhöriga enligt hälso- och sjukvårdslagen",
    "Hur ser organisationen ut kring arbetet med att ge information?",
    "Region", "Regionen", "Kommun", "Stad", "Landstinget", "Norra", "Re", "Mal", "", "   ",
]


@pytest.mark.parametrize("name", NOT_ORGANISATIONS)
def test_not_an_organisation(name):
    match = match_org(name)
    assert match == OrgMatch("", "other", name, 0.0, "none")


def test_non_string_input_is_unmatched():
    assert match_org(None).method == "none"


# --- splitting --------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, parts",
    [
        ("Mullsjö-Habo kommun", ["Mullsjö", "Habo"]),
        ("Mullsjö och Habo kommuner", ["Mullsjö", "Habo"]),
        ("Habo/Mullsjö", ["Habo", "Mullsjö"]),
        ("Köping, Arboga och Kungsör", ["Köping", "Arboga", "Kungsör"]),
        ("Stockholms stad, Södermalm", ["Stockholms stad, Södermalm"]),
        ("Borås stad", ["Borås stad"]),
        ("Upplands-Bro", ["Upplands-Bro"]),
        ("Upplands-Bro kommun", ["Upplands-Bro kommun"]),
        ("Upplands Väsby", ["Upplands Väsby"]),
        ("Upplands-Väsby", ["Upplands-Väsby"]),
        ("Malung-Sälen", ["Malung-Sälen"]),
        ("Dals-Eds kommun", ["Dals-Eds kommun"]),
        ("Barn- och ungdomspsykiatrin", ["Barn- och ungdomspsykiatrin"]),
    ],
)
def test_split_joint_name(name, parts):
    assert split_joint_name(name) == parts


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Stockholms stad – Södermalm", ("Stockholms stad", "Södermalm")),
        ("Stockholms stad — Södermalm", ("Stockholms stad", "Södermalm")),
        ("Stockholms stad - Södermalm", ("Stockholms stad", "Södermalm")),
        ("Stockholms stad, Södermalm", ("Stockholms stad", "Södermalm")),
        ("Region Skåne – Barn- och ungdomspsykiatrin", ("Region Skåne", "Barn- och ungdomspsykiatrin")),
        ("Borås stad", ("Borås stad", "")),
        ("Upplands-Bro kommun", ("Upplands-Bro kommun", "")),
        ("Malung-Sälens kommun", ("Malung-Sälens kommun", "")),
    ],
)
def test_split_sub_unit(name, expected):
    assert split_sub_unit(name) == expected
