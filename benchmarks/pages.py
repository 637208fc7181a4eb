"""Realistic raw pages for the benchmarks, made up on the spot (no page of ../shared is copied).

Two kinds, in the layout of the real pages: a region's answers to the national
questionnaire (title, question/answer pairs, a contact block, a dated byline)
and a municipal network report (a heading, the meeting's question, then a
block per municipality, some with a contact sentence inside). Every page has
its own people: contact names, bylines and the names in network blocks are
distinct across pages (first names and surnames from Faker's Swedish locale,
combined without repeats), phone numbers and e-mail addresses too, so the
build's set of collected names grows with the number of pages, as on a real
corpus. The answers are sentences written for this benchmark, each with a
neutral tail of place, time or source most of the time (:data:`TAILS`), so
that about three sentences in five are distinct (1,000 pages: 16,300 distinct
of 27,100), near the real pages' share, and the coder reads distinct text.

    from benchmarks.pages import write_pages
    write_pages(folder, 1000)      # 1,000 distinct pages, deterministic
"""
from __future__ import annotations

import random
from pathlib import Path

from functools import lru_cache
from importlib import resources

import yaml
from faker.providers.person.sv_SE import Provider as _SwedishNames

from bas_analysis import orgs

FIRST_NAMES = sorted(set(_SwedishNames.first_names_female) | set(_SwedishNames.first_names_male))
SURNAMES = sorted(set(_SwedishNames.last_names))

# Answer sentences per question id (written for the benchmark, in the register of the pages).
ANSWERS = {
    "Q01": [
        "En regional samordnare på {pct} procent leder arbetet tillsammans med ett nätverk av barnombud.",
        "Ansvaret ligger hos hälso- och sjukvårdsdirektören; en strategisk grupp träffas {n} gånger per år.",
        "Arbetet är organiserat i en styrgrupp och en arbetsgrupp med representanter från psykiatri, somatik och primärvård.",
        "Vi saknar i dag en samlad organisation för arbetet, men en samordnare ska anställas under {year}.",
        "Varje förvaltning har en utsedd kontaktperson som rapporterar till regionens barnrättsstrateg.",
    ],
    "Q02": [
        "Ja, en regional riktlinje antogs {year} och kompletteras av lokala rutiner i verksamheterna.",
        "Det finns en handlingsplan för hela regionen samt checklistor i journalsystemet.",
        "Nej, något övergripande styrdokument finns inte, men flera kliniker har egna rutiner.",
        "Rutiner finns i vuxenpsykiatrin och beroendevården; övriga verksamheter saknar rutiner.",
    ],
    "Q03": [
        "Styrdokumenten följs upp årligen i verksamhetsberättelsen.",
        "Uppföljning sker inte systematiskt i dag.",
        "Ledningsgruppen följer upp rutinerna varje höst genom egenkontroll.",
    ],
    "Q04": [
        "Ja, det finns cirka {n} barnombud i psykiatri, somatik och primärvård. Uppdraget är att stödja kollegor.",
        "Barnombud finns på alla vårdcentraler och på de flesta slutenvårdsavdelningar.",
        "Nej, vi har inga barnombud, men frågan utreds.",
        "Ja, i vuxenpsykiatrin finns barnombud sedan {year}; i somatiken saknas de.",
    ],
    "Q05": [
        "Arbetet med barn som anhöriga ingår i regionens barnrättsarbete och leds av samma strateg.",
        "Det finns en tydlig koppling genom det gemensamma nätverket för barnrättsfrågor.",
        "Kopplingen är svag; arbetet bedrivs i skilda delar av organisationen.",
    ],
    "Q06": [
        "Barnkonventionen som lag har gett arbetet större tyngd i ledningen.",
        "Barnrättsperspektivet har gjort det lättare att prioritera utbildning.",
        "Svårt att säga i nuläget.",
    ],
    "Q07": [
        "Ja, barnens situation dokumenteras i journalen och KVÅ-koder används i psykiatrin.",
        "Dokumentation sker i fritext; KVÅ-koder används sällan.",
        "Nej, det finns ingen strukturerad dokumentation.",
        "Ja, en journalmall med obligatoriska frågor om barn infördes {year}.",
    ],
    "Q08": [
        "Ja, en webbutbildning för all personal samt utbildningsdagar för barnombuden {n} gånger per år.",
        "Utbildning ges vid introduktion av nyanställda.",
        "Nej, inga utbildningsinsatser har genomförts de senaste åren.",
        "Ja, BRA-samtal och Beardslees familjeintervention har utbildats i psykiatrin.",
    ],
    "Q09": [
        "Ja, material finns samlat på intranätet.",
        "Ja, en handbok och en film om samtal med barn.",
        "Nej.",
    ],
    "Q10": [
        "Ja, broschyrer till föräldrar på flera språk.",
        "Vi hänvisar föräldrar till 1177.",
        "Nej, inget eget material.",
    ],
    "Q11": [
        "Ja, material till barn och unga på UMO och 1177.",
        "Ja, en egen bok om att ha en förälder som är sjuk.",
        "Nej, inte i nuläget.",
    ],
    "Q12": [
        "Under {year} genomfördes en kampanj på alla vårdcentraler.",
        "En satsning på barn till föräldrar med cancer pågår tillsammans med kommunerna.",
        "Nej.",
    ],
    "Q13": [
        "Efterlevnaden följs upp genom journalgranskning {n} gånger per år och resultatet återkopplas till cheferna.",
        "Uttag av KVÅ-koder två gånger per år; verksamheter med låg registrering får stöd.",
        "Ingen uppföljning görs i dag.",
    ],
}

NETWORK_BLOCKS = [
    "Vi har grupper för barn {a}–{b} år som lever med missbruk eller psykisk ohälsa i familjen. Grupperna leds av två socionomer.",
    "Sedan {year} erbjuder vi enskilda samtal med barn och BRA-samtal tillsammans med föräldrarna.",
    "Vi är {n} anhörigkonsulenter och har i år startat en sorggrupp för barn som mist en förälder.",
    "Något stöd direkt till barnen har vi inte ännu, men en arbetsgrupp tar fram en handlingsplan.",
    "Vi samverkar med elevhälsan och BUP och har gått utbildning i ME-WE för unga omsorgsgivare {a}–{b} år.",
    "Klubb Simon har vi haft sedan {year}, för barn {a}–{b} år. Rekryteringen sker genom skolan.",
    "Anhörigstödet ligger under socialförvaltningen; barn som anhöriga är en del av uppdraget sedan {year}.",
    "Vi har fått medel för att anställa en samordnare och planerar att starta grupper under hösten.",
]
CONTACT_SENTENCES = [
    "Hör gärna av er till mig, {name}, {phone}, om ni vill veta mer.",
    "Kontakta {name}, {email}, för frågor om grupperna.",
    "Vår samordnare {name} nås på {phone}.",
]


class _People:
    """The made-up people of one page: page ``index`` owns slots index*16 .. index*16+15 of a
    permutation of all first name x surname pairs, so no two pages share a person."""

    SLOTS = 16

    def __init__(self, index: int):
        self.total = len(FIRST_NAMES) * len(SURNAMES)
        self.k = index * self.SLOTS
        self.end = self.k + self.SLOTS

    def next(self) -> str:
        if self.k >= self.end:
            raise RuntimeError("more people on one page than slots")
        mixed = (self.k * 7919 + 104_729) % self.total  # 7919 is prime and divides no count of pairs used here
        self.k += 1
        first, last = divmod(mixed, len(SURNAMES))
        return f"{FIRST_NAMES[first]} {SURNAMES[last]}"


# Neutral additions (place, time, source, who) that make a template's sentence one of many, as on real pages,
# where about four sentences in five occur once in a corpus (../shared/corpus: 412 distinct of 501): without
# them 1,000 pages held 1,200 distinct sentences in 27,000, and caches by text saw an unrealistic corpus.
TAILS = [
    " i {org}", " här i {org}", " inom {org}", " enligt {role}", " enligt {role} i {org}", " (uppgift från {role})",
    " i {month} {year}", " sedan {month}", " under våren {year}", " under hösten {year}", " i början av {year}",
    " i {place}", " i {place} och {place2}", " i norra delen av {org}", " på {unit} i {place}",
]
ROLES = ["samordnaren", "enhetschefen", "anhörigkonsulenten", "verksamhetsutvecklaren", "socialchefen",
         "utvecklingsledaren", "barnrättsstrategen", "kuratorn", "chefen för individ- och familjeomsorgen",
         "vårdutvecklaren", "den regionala samordnaren", "nätverket", "ledningsgruppen", "arbetsgruppen"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "augusti", "september", "oktober", "november", "december"]
UNITS = ["familjecentralen", "vårdcentralen", "öppenvården", "mottagningen", "avdelningen", "enheten", "förvaltningen"]


def _fill(template: str, rng: random.Random, org: str = "", place: str = "") -> str:
    a = rng.randrange(5, 13)
    text = template.format(pct=rng.choice([25, 50, 75, 100]), n=rng.randrange(2, 60), year=rng.randrange(2012, 2025),
                           a=a, b=a + rng.randrange(3, 8))
    if not org or rng.random() < 0.15 or not text.endswith("."):
        return text
    tail = rng.choice(TAILS).format(org=org, role=rng.choice(ROLES), month=rng.choice(MONTHS), year=rng.randrange(2012, 2025),
                                    place=place or org, place2=_place(rng), unit=rng.choice(UNITS))
    return text[:-1] + tail + "."


def _place(rng: random.Random) -> str:
    municipalities = orgs.municipalities()
    return str(municipalities.iloc[rng.randrange(len(municipalities))]["name"])


def _phone(rng: random.Random) -> str:
    return f"07{rng.randrange(0, 10)}-{rng.randrange(100, 1000)} {rng.randrange(10, 100)} {rng.randrange(10, 100)}"


def _email(name: str, domain: str) -> str:
    local = name.lower().replace(" ", ".").translate(str.maketrans("åäöéü", "aaoeu"))
    return f"{local}@{domain}"


def _domain(org: str) -> str:
    return org.lower().replace(" ", "").translate(str.maketrans("åäöéü", "aaoeu")) + ".se"


def questionnaire(index: int, rng: random.Random, people: _People) -> str:
    regions = orgs.regions()
    row = regions.iloc[index % len(regions)]
    year = rng.randrange(2018, 2026)
    parts = [row["name"], ""]
    for qid, wording in _questions():
        answers = ANSWERS.get(qid)
        if not answers:
            continue
        chosen = rng.sample(answers, k=min(len(answers), rng.randrange(1, 3)))
        parts += [wording, " ".join(_fill(a, rng, row["name"], _place(rng)) for a in chosen), ""]
    contact = people.next()
    parts += ["Kontaktuppgifter:", f"{contact}, {_phone(rng)}, {_email(contact, _domain(row['name']))}", ""]
    parts += [f"Senast uppdaterad {year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d} av {people.next()}, "
              f"ansvarig utgivare {people.next()}"]
    return "\n".join(parts) + "\n"


def network_report(index: int, rng: random.Random, people: _People) -> str:
    municipalities = orgs.municipalities()
    year = rng.randrange(2019, 2026)
    parts = ["Redovisning från deltagande kommuner", "",
             "Vad har hänt inom er verksamhet i arbetet med barn som anhöriga sedan det senaste mötet?", ""]
    for _ in range(rng.randrange(8, 16)):
        row = municipalities.iloc[rng.randrange(len(municipalities))]
        parts.append(row["official_name"])
        sentences = [_fill(s, rng, row["official_name"], _place(rng)) for s in rng.sample(NETWORK_BLOCKS, k=rng.randrange(2, 5))]
        if rng.random() < 0.4:
            name = people.next()
            sentences.append(rng.choice(CONTACT_SENTENCES).format(
                name=name, phone=_phone(rng), email=_email(name, _domain(row["name"]))))
        parts += [" ".join(sentences), ""]
    parts += [f"Publicerad {year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
              f"Senast uppdaterad {year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d} av {people.next()}"]
    return "\n".join(parts) + "\n"


@lru_cache(maxsize=1)
def _questions():
    """(id, wording) of the questionnaire's questions in the questionnaire's order (the catalogue's order is matching order)."""
    data = yaml.safe_load(resources.files("bas_analysis").joinpath("data/questions.yaml").read_text(encoding="utf-8"))
    return sorted((q["id"], q["wording"]) for q in data["questions"] if q.get("wording"))


def page(index: int, seed: int = 13) -> str:
    """The ``index``-th page: every fourth a network report, the others questionnaires."""
    rng = random.Random(seed * 1_000_003 + index)
    people = _People(index)
    return network_report(index, rng, people) if index % 4 == 3 else questionnaire(index, rng, people)


def write_pages(folder: Path, count: int, seed: int = 13) -> int:
    """Write ``count`` distinct pages into ``folder``; returns the bytes written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for index in range(count):
        data = page(index, seed).encode("utf-8")
        (folder / f"page_{index:05d}.txt").write_bytes(data)
        total += len(data)
    return total
