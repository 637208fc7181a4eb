"""Redactor: the redactor and the public entry points.

In:  texts, file names and the full names of a build.
Out: :class:`Redactor` (``redact``, ``spans``, ``context``: every pass of the package in order),
     :func:`redact_text`, :func:`redact_document` and :func:`redact_filename`.
"""

from __future__ import annotations

import bisect
from itertools import accumulate, chain
import re as plain_re

from .text import (
    ADDRESS, _apply, _beyond_latin1, _Cover, EMAIL, _fold, _indices, _LATIN1_ONLY, _lower, _LOWER_LETTERS, _merge,
    NAME, PERSONAL_NUMBER, PHONE, _QUOTES, _SWEDISH_WORD_CHARS, _TOKEN_RE, _touches, _whole_lines,
)
from .contact_data import (
    _address_after_name_spans, _birth_date_spans, _bracketed_code_phone_spans, _century_personal_number_spans, _cut_phone,
    _dated_personal_number_spans, _line_broken_phone_spans,
    _DIGIT_PAIR_RE, _email_spans, _extension_spans, _FLAT_ADDRESS_RE, _FLAT_HINTS, _home_address_spans, _HOME_HINTS,
    _labelled_personal_spans, _labelled_phone, _marked_home_addresses, _PERSONAL_DATA_HINTS, _personal_number_after,
    _PERSONAL_NUMBER_RE, _personal_numbers_beside_names, _six_digits, _phone_pair_spans, _PHONE_RE, _plausible_phone,
    _spelled_email_spans, _SPELLED_TLDS, _SPLIT_FIRST_NAME_RE, _swapped_at_spans, _valid_personal_number,
    _wrapped_area_code_spans, _wrapped_at_email_spans, _wrapped_mobile_spans, _wrapped_phone_end,
    _wrapped_second_phone_spans, _wrapped_short_phone_spans,
    _street_beside_person_spans,
    _grouped_phone,
)
from .name_data import (
    _default_redactor, _institution_word, lexicon, _PARTICLES, _PATRONYMIC_ENDINGS, _patronymic_surname,
)
from .tokens import (
    _adjacent, _Asked, _before_is_sentence_start, Context, _first_name_keys, _Log, _LOWER, _LowerWords, _NOT_TRIED,
    _Remembered, _Scan, _SURNAME, _Token, _Words,
)
from .positions import (
    _ARABIC_PARTICLE_PREFIX,
    _addressing_till, _ADDRESSING_VERBS, _AND_NAME_AFTER_RE, _AND_NAME_BEFORE_RE, _BLANK_INITIAL_RE, _BLOG_HOST_RE,
    _BRACKET_NAME_PAIR_RE, _BRACKET_NICKNAME_RE, _BRACKET_WORD_HINT_RE, _BYLINE_LOGIN_HINTS, _BYLINE_LOGIN_RE,
    _BYLINE_WORD_BEFORE_RE, _CALL_FIRST_NAME_RE, _CALL_HINT_RE, _CALLED_AFTER_RE, _CALLED_BEFORE_RE, _CAPITAL_NEXT_RE,
    _CAPITALS_LOGIN_HINT_RE, _CAPITALS_LOGIN_RE, _CELL_END_RE, _CELL_SURNAME_BEFORE_RE, _COUPLE_ORG_RE,
    _DATED_SIGNATURE_RE, _DISTRICT_NOT_ENDINGS, _DOTTED_LOGIN_RE, _FAMILY_APPOSITION_RE, _FAMILY_FIRST_RE,
    _FAMILY_ROOTS, _FAMILY_SUFFIX_RE, _family_word, _FAST_PERSON_WORD_NAME_RE, _FAST_SURNAME_FIRST_RE,
    _FIRST_AFTER_SURNAME_RE, _FIRST_INITIAL_NO_DOT_RE, _FIRST_INITIAL_RE, _FIRST_NAMES_RE, _GREETING_FIRST_NAME_RE,
    _GREETING_HINT_RE, _HANDLE_RE, _hints_in, _HYPHEN_INITIALS_HINT_RE, _HYPHEN_INITIALS_NAME_RE, _INITIAL_DOTS_RE,
    _INITIAL_NO_DOT_HINT_RE, _INITIALS_AFTER_RE, _INITIALS_HINT_RE, _LATIN1_LETTER_SET, _LIST_FIRST_BEFORE_RE,
    _LIST_ITEM_END_RE, _login, _LOGIN_AFTER_RE, _login_lines, _LOWER_AV_NAME_RE, _LOWER_NAME_RE, _LOWER_NEXT_RE,
    _LOWER_PAIR_BEFORE_RE, _LOWER_ROLE_STEMS, _LOWER_SLASH_NAME_RE, _ME_AFTER_RE, _MINUTES_LABELS, _NAMING_VERBS,
    _NEXT_NAME_WORD_RE, _NEXT_WORD_RE, _NICKNAME_RE, _ORG_AFTER_RE, _PARTICLES_BEFORE_RE, _PERSON_AFTER_RE,
    _person_word, _PERSON_WORD_NAME_RE, _PET_NAME_RE, _PLACE_ENDINGS, _RARE_PAIR_HINT_RE, _RARE_PAIR_RE,
    _role_first_name_hint, _ROLE_FIRST_NAME_RE, _ROLE_INITIALS_RE, _ROMAN_NUMERALS, _ROW_FIRST_NAME_AFTER_RE,
    _SECOND_SURNAME_AFTER_RE, _SIBLING_SURNAME_FIRST_RE, _signature_spans, _SLASH_FIRST_NAME_RE,
    _SLASH_NICKNAME_BEFORE_RE, _SLASH_SIGNATURE_RE, _SLASHED_LOWER_INITIALS_RE, _SURNAME_BEFORE_RE,
    _SURNAME_COMMA_BEFORE_RE, _SURNAME_ENDINGS, _SURNAME_FIRST_HINT_RE, _SURNAME_FIRST_PAIR_BEFORE_RE,
    _SURNAME_FIRST_RE, _SURNAME_PREFIXES, _SWEDISH_ONLY_LETTERS, _THING_PREPOSITIONS, _USER_LOGIN_RE,
    _word_span_before, _written_as_name,
)
from .spelled import (
    _address_name_spans, _address_spelled_word_spans, _attachment_file_name_spans, _full_names_spelled_by_addresses,
    _initial_logins, _initials_before_own_address, _login_parts, _login_word_spans, _page_name_parts,
    _words_spelled_by_addresses,
)
from .layout import (
    _apposition_spans, _comment_author_spans, find_contact_names, _layout_person_spans, _line_start_role_spans,
    _matches_on_hinted_lines,
)
from .kept import _inside, _kept_near, _titles_of_names
from .cued import (
    _called_and_prefixed_name_spans, _cued_names_and_reversed_pairs, _cued_names_read_as_other_words, _cued_surname_first_or_lowercase_names,
    _family_bracket_list_spans, _hyphen_initials_spans, _line_pattern_person_spans, _name_pair_after_role,
    _names_by_own_form, _particle_and_own_address_names, _passive_agent, _PLACE_PREPOSITIONS, _PLACE_WORDS_AFTER,
    _role_comma_and_agent_name_spans, _signed_small_initials_spans, _surname_first_phone_rows, _surname_initial_list_items,
    _titled_names_and_byline_initials,
)
from .found import (
    _name_pairs_listed_with_found,
    _add_page_people_lone_names, _ARTICLE_WORDS, _bracket_nicknames_and_pet_names, _bracketed_full_names_after_found,
    _bracketed_initials_of_found, _capitals_name_spans, _care_of_address_spans, _first_genitive_spans,
    _first_genitives, _first_name_pairs_coordinated_with_found, _found_dotted_initials, _found_name_again_spans,
    _found_name_forms, _found_name_part_form_spans, _found_name_part_forms, _found_name_part_verb_spans,
    _found_name_words, _found_names_written_again, _PRIVATE_PERSON_HINTS, _full_names_written_lower, _initials_and_handles_of_page_people,
    _initials_coordinated_with_found, _INITIALS_TOKEN_RE, _inner_nicknames_and_given_names, _joined_name_spans,
    _labelled_initials_list_spans, _letters, _longer_name_words_around_found, _lowercase_found_name_words,
    _lowercase_names_coordinated_after_found, _lowercase_or_rare_first_words, _name_initials,
    _name_words_with_initials, _nicknames_and_list_items_beside_found, _not_kept, _organisation_after,
    _other_items_of_name_lists, _page_first_names, _page_initials_spans, _page_people_spans,
    _private_person_address_spans, _quoted_pet_name_before_found_spans, _rare_word_before_name_spans, _shortened_and_labelled_first_names,
    _syllable_pair_name_spans, _table_name_spans, _unknown_names_listed_with_found, _unknown_names_placed_by_text,
    _whole_word_spans,
)


# --- the redactor ----------------------------------------------------------------------------------------------------
class Redactor:
    """Redacts text with the names of one build; build one per build and reuse it.

    ``names`` are full names from contact blocks and bylines (any page of the
    build); they are looked up as token sequences in a set, so the cost of a
    text does not depend on how many there are.
    """

    MAX_NAME_TOKENS = 5
    # a word this frequent (Zipf, wordfreq) is an everyday word first: "Inga", "Klara", "Enligt", "Tack"
    EVERYDAY_ZIPF = 5.0

    def __init__(self, names=()):
        self.lex = lexicon()
        self.names: set[tuple[str, ...]] = set()
        self.single_names: set[str] = set()
        self.lower_single_names: set[str] = set()  # given in lower case: a page writes them so ("kenneth")
        for name in names:
            tokens = tuple(t.casefold() for t in _TOKEN_RE.findall(name))
            if len(tokens) >= 2:
                self.names.add(tokens[: self.MAX_NAME_TOKENS])
            elif len(tokens) == 1:
                self.single_names.add(tokens[0])
                if name.islower():
                    self.lower_single_names.add(tokens[0])
        self.first_keys = {name[0] for name in self.names} | self.single_names
        # the first two words of each name of two words or more (every such name, and its possessive, starts so):
        # _contact_name_at reads the words after the second only where the two begin one
        self.name_pairs = {name[:2] for name in self.names}
        # the genitive of a name known alone ("Lindqvists" for "Lindqvist"), no place's ("Bergs")
        self.single_genitives = {name + "s" for name in self.single_names
                                 if not name.endswith(("s", "x", "z")) and not self._is_place(name + "s")}
        self.first_keys |= self.single_genitives
        # first names and first_keys; Swedish first names and first_keys (made when first needed, see _starts)
        self._start_keys: frozenset[str] | None = None
        self._lower_start_keys: frozenset[str] | None = None
        # the words seen by _starts: those a name may start at, and the others (see _may_start)
        self._start_words: tuple[set[str], set[str]] = (set(), set())
        self._unknown_words: dict[str, bool] = {}  # word -> _unknown_word's answer
        self._last: tuple[str, _Words] | None = None
        self._remembered: dict[str, _Remembered] = {}

    # --- classification -------------------------------------------------------
    def _is_place(self, word: str) -> bool:
        return word.casefold() in self.lex.places

    def _without_places(self, words: frozenset) -> frozenset:
        """``words`` (first names that stand for a page's person alone) without the names of places that are no first
        name we know: a place in brackets after a name in a list ("dela Cruz, Maricel (Eksjö)") names where the
        person works, and the page writes it as a place elsewhere ("Höglandssjukhuset i Eksjö")."""
        places = [w for w in words if w.casefold() in self.lex.places and w.casefold() not in self.lex.first_sv]
        return words.difference(places) if places else words

    def _first_name(self, token: _Token, known_only: bool = False) -> bool:
        if "-" in token.key and token.key in self.lex.first_sv:
            return True  # a double name the data knows as one ("Maj-Lis": "Lis" alone is none)
        parts = token.text.split("-")
        for part in parts:
            key = part.casefold()
            if key in self.lex.first_sv:
                continue
            if not known_only and key in self.lex.first_other and not self.lex.is_common(key):
                continue
            return False
        return True

    def _common_foreign_first_name(self, token: _Token) -> bool:
        """A first name from abroad that is also a Swedish word ("Juha", "Will"): a name only before a known surname."""
        return token.case == "title" and all(p.casefold() in self.lex.first_other for p in token.text.split("-"))

    def _foreign_first_name(self, token: _Token) -> bool:
        """A rare word written with letters Swedish does not use ("Şeyma", "Łukasz"): a first name before a known surname."""
        return (
            token.case == "title"
            and any(ch.isalpha() and ch.casefold() not in _LOWER_LETTERS for ch in token.text)
            and not self.lex.is_common(token.text)
            and not self._is_place(token.text)
            and not _institution_word(token.text)
        )

    def _known_surname(self, word: str, ctx: Context | None) -> bool:
        key = word.casefold()
        if key in self.lex.surnames or bool(ctx and key in ctx.surnames):
            return True
        if key.endswith(_PATRONYMIC_ENDINGS) and _patronymic_surname(key):
            return True  # a first name we know made a surname, as in Central Asia and the Caucasus: "Karimov", "Aliyeva"
        if key.isascii():
            return _fold(key) in self.lex.surnames  # "Bergstrom": a name that lost its ö
        # written with other letters than the name data's ("Ödegård" for "Ødegård"/"Odegard"), no Swedish word
        return _fold(key) in self.lex.surnames and not self.lex.is_common(key)

    def _surname(self, token: _Token, ctx: Context | None, strict: bool) -> tuple[bool, bool]:
        """(is a surname, is possessive) for the token after a first name."""
        text = token.text
        parts = text.split("-")
        if any(p[:1].islower() for p in parts[1:]) and token.case != "lower":
            return False, False  # "Huss-kliniken": a compound with a common word
        if _institution_word(parts[-1]) and not self._known_surname(text, ctx) \
                and not (len(parts) > 1 and self._known_surname(parts[-1], ctx)):  # "Lindgren-Nygård"
            return False, False
        allow_lower = token.case == "lower" and not strict
        if len(parts) > 1 and parts[0].casefold() in _SURNAME_PREFIXES and parts[1][:1].isupper():
            parts = parts[1:]  # "Al-Rawi", "El-Sayed": the particle is no word of its own
        if all(self._surname_part(p, ctx, strict, allow_lower) for p in parts):
            return True, False
        if len(parts) > 1 and token.case == "title" and all(self._known_surname(p, ctx) or self._is_place(p) for p in parts) \
                and any(self._known_surname(p, ctx) and not self._is_place(p) for p in parts):
            return True, False  # a place's name joined to a surname we know: "Eksjö-Lundh", "Lundh-Eksjö"
        if text.endswith("s") and len(text) > 2:
            stem = text[:-1]
            if all(self._surname_part(p, ctx, strict=True) for p in stem.split("-")):
                return True, True
        return False, False

    def _surname_part(self, part: str, ctx: Context | None, strict: bool, allow_lower: bool = False) -> bool:
        if not part:
            return False
        if self._known_surname(part, ctx):
            return True
        if strict or self._is_place(part) or self.lex.is_common(part) or len(part) < 2:
            return False
        return part[:1].isupper() or allow_lower

    # --- finding names --------------------------------------------------------
    def _tokens_of(self, text: str) -> _Words:
        """The words of ``text``; those of the last text asked for are kept (a page's context, then the page)."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        tokens = _Words.of(text)
        self._last = (text, tokens)
        return tokens

    @staticmethod
    def _in_page(text: str, ctx: Context | None) -> tuple[int, _Words | None, list[tuple[int, int]]] | None:
        """Where ``text`` is in the page of ``ctx``, its words taken from the page's (None when a word runs
        across an end) and the page's lines with an "at"; None when it is not part of the page."""
        if ctx is None or ctx.words is None or not text:
            return None
        if text is ctx.page:
            return 0, ctx.words, ctx.page_at_lines()
        start = ctx.page.find(text)
        if start < 0:
            return None
        return start, ctx.words.part(start, start + len(text)), ctx.page_at_lines()

    def context(self, text: str) -> Context:
        """What a page says about itself, for redacting its parts (title, answers) one by one."""
        tokens = self._tokens_of(text)
        ctx = Context(lower_words=_LowerWords(text), page=text, words=tokens)
        # the page's tries are written down with the questions each asked of the context (ctx.scan)
        log: list = []
        asking = Context(_Log(ctx.surnames, _SURNAME, log), _Log(ctx.lower_words, _LOWER, log), text, tokens, log=log)
        scan = _Scan(self, tokens, self._starts(tokens))
        spans = []
        after = 0
        for i in scan.starts:
            if i < after:
                continue
            del log[:]
            tokens.reach = i
            found = self._found_at(text, tokens, i, asking, False)
            if found:
                after, surname, end = found
                start = tokens[i].start
                spans.append((start, end, surname))
                scan.tried[i] = ((after - i, surname, end - start), tuple(log), tokens.reach - i)
            else:
                scan.tried[i] = (None, tuple(log), tokens.reach - i)
        kept = _kept_near(self, text, spans) if spans else []
        if kept:
            spans = [s for s in spans if not _inside(kept, s[0], s[1])]
        for start, end, surname in self._alone_surname_spans(tokens, ctx, spans):
            if surname:
                ctx.surnames.add(surname)
        ctx.scan = scan
        ctx.initials = _name_initials(text, spans) if spans else {}
        ctx.logins = self._name_logins(text, spans) if spans else frozenset()
        ctx.first_genitives = _first_genitives(text, spans) if spans else frozenset()
        if spans:
            ctx.first_names = _page_first_names(self, text, spans, ctx.lower_words) | _lowercase_or_rare_first_words(self, text, spans)
            ctx.logins = ctx.logins | _initial_logins(text, spans)
        # the names where the page's words place a person (found once per page, for the page and its parts: see
        # _page_positions): their first names stand for them alone too ("…, René Lagerkvist, som …" … "René har")
        positions = sorted(self._person_position_spans(text))
        ctx.positions = (self, positions, [a for a, _ in positions])
        if positions:
            named = [(a, b, None) for a, b in positions if " " in text[a:b]]
            kept = _kept_near(self, text, named) if named else []
            named = [s for s in named if not _inside(kept, s[0], s[1])]
            if named:
                ctx.first_names = ctx.first_names | _page_first_names(self, text, named, ctx.lower_words) \
                    | _lowercase_or_rare_first_words(self, text, named)
            _add_page_people_lone_names(self, text, positions, named, ctx)
        if "@" in text or "[at]" in text or "(at)" in text:
            spoken = _full_names_spelled_by_addresses(self, text)
            if spoken:
                ctx.first_names = ctx.first_names | spoken
            ctx.address_forms = _words_spelled_by_addresses(self, text)  # round 29
        authors = _comment_author_spans(self, text)
        if authors:  # a comment's author is the page's user name wherever a part of it is redacted alone
            ctx.logins = ctx.logins | {text[a:b] for a, b in authors}
        if ctx.first_names:
            ctx.first_names = self._without_places(ctx.first_names)
        if ctx.initials:  # only those the page writes (most pages write none: its parts then look for none)
            written = {_letters(m[0]) for m in _INITIALS_TOKEN_RE.finditer(text)}
            ctx.initials = {k: v for k, v in ctx.initials.items() if k in written}
        return ctx

    WORDLIKE_ZIPF = 4.0  # a name's part used as often as this is also a word ("sten", "rosa", "berg")

    def _name_logins(self, text: str, spans) -> frozenset:
        """The words of ``text`` without a capital (a user name, a handle, a name written in lower case) that hold
        a part of one of the full names at ``spans`` ((start, end, …)) of four letters or more that is no word or
        place: "@psykologanna", "aberglund", "anna.berglund.x" of "Anna Berglund". No e-mail address, web
        address or word of the word list."""
        parts = set()
        for start, end, *_ in spans:
            parts.update(_login_parts(text[start:end]))
        if not parts:
            return frozenset()
        logins = set()
        for part in parts:  # (a user name has no capital: the part is written in lower case in it)
            position = text.find(part)
            while position >= 0:
                a, b = position, position + len(part)
                position = text.find(part, b)
                while a > 0 and (text[a - 1].isalnum() or text[a - 1] in "._-@"):
                    a -= 1
                while b < len(text) and (text[b].isalnum() or text[b] in "._-"):
                    b += 1
                word = text[a:b].rstrip(".-_")
                if not word or any(c.isupper() for c in word) or "@" in word[1:] or "www" in word \
                        or (a > 0 and text[a - 1] in "/:") or text[a + len(word):a + len(word) + 1] in ("/", "@") \
                        or word.rsplit(".", 1)[-1] in _SPELLED_TLDS:
                    continue
                segments = [x for x in plain_re.split(r"[._\-@\d]+", word) if x]
                if any(len(x) > 2 and self.lex.is_common(x) and x not in parts for x in segments):
                    continue  # a word of the word list in it ("stenhuggeri", "lund.kommun")
                if word == segments[0] and not (word.endswith(part) and self.lex.zipf(part) < self.WORDLIKE_ZIPF):
                    continue  # letters only: a name's part at its end that is rarely a word ("aberglund")
                logins.add(word)
        return frozenset(logins)

    def _starts(self, tokens: _Words) -> list[int]:
        """The indices of the words a name may start with. Most words start none: set lookups decide.

        A contact name's first word may start one. Else a word in lower case
        starts a name only as a Swedish first name (``_first_name`` with
        ``known_only``), a capitalised word as a first name (Swedish or from
        abroad); a word holding a hyphen is tried whatever it is (each of its
        parts may be a first name: "Anna-von"), and so is a word with a letter
        Swedish does not use (a name from abroad, ``_foreign_first_name``; the
        word as written: "ß" is no ASCII letter though its key "ss" is). Every other word starts none:
        trying it would give nothing (tests/test_redact_fast_paths.py tries
        every word).
        """
        words = tokens.words
        distinct = set(words)
        starting, other = self._start_words
        new = distinct.difference(starting, other)
        if new:
            if len(starting) + len(other) > self.START_WORDS:  # forget them all (a build of many pages)
                starting, other = self._start_words = (set(), set())
                new = distinct
            for word in new:
                (starting if self._may_start(word) else other).add(word)
        starting = distinct.intersection(starting)
        return [i for i, word in enumerate(words) if word in starting]

    # words (as written) whose answer to _may_start is remembered, at most this many
    START_WORDS = 200_000

    def _may_start(self, word: str) -> bool:
        """Whether a name may start at ``word`` (see :meth:`_starts`); depends on the word alone (its key is
        ``word.casefold()``), so :meth:`_starts` asks it once per distinct word of the build."""
        first_keys = self._start_keys
        if first_keys is None:  # made once; another thread (a Dask worker's) may make them too meanwhile
            names = _first_name_keys(self.lex)
            self._lower_start_keys = self.lex.first_sv | self.first_keys
            first_keys = self._start_keys = names | self.first_keys if self.first_keys else names
        key = word.casefold()
        return (key in (self._lower_start_keys if word[0].islower() else first_keys) or "-" in key
                or not word.isascii() and not _SWEDISH_WORD_CHARS.issuperset(word)
                or len(word) == 1 and word.isupper())  # an initial: "J. Nyberg"

    def _name_spans(self, text: str, tokens: _Words, ctx: Context, filename: bool = False, kept=()):
        """(start, end, surname key) of each person name in ``text``.

        With the context of a page whose words ``tokens`` are taken from (the page itself, a part of it), the
        page's tries are taken where they hold (:class:`_Scan`); elsewhere the name finder tries again.
        """
        spans = []
        scan = ctx.scan
        if scan is not None and (filename or scan.redactor is not self or tokens.root is not scan.words):
            scan = None
        starts = self._starts(tokens) if scan is None else scan.starts_in(tokens)
        after = 0  # the token after the last name found: no name starts inside one
        for i in starts:
            if i < after:
                continue
            found = _NOT_TRIED if scan is None else scan.found(text, tokens, i, ctx)
            if found is _NOT_TRIED:
                found = self._found_at(text, tokens, i, ctx, filename)
            if found:
                after, surname, end = found
                spans.append((tokens[i].start, end, surname))
        if kept:  # a name that is part of a title or an institution's name gives no surname alone
            spans = [s for s in spans if not _inside(kept, s[0], s[1])]
        return self._alone_surname_spans(tokens, ctx, spans)

    def _alone_surname_spans(self, tokens: _Words, ctx: Context, spans: list) -> list:
        """``spans`` (of full names) and, after them, a surname alone once its full name is known."""
        # a surname alone once its full name is known ("… Wikström berättar", "Sjöbergs förslag")
        named = {s for *_, s in spans if s}
        known = ctx.surnames
        if named or known:
            keys = tokens.keys
            if isinstance(known, (set, frozenset)):
                wanted = named | known  # a word is looked up in it: the same as taking the words' surnames first
            elif isinstance(known, _Asked):
                wanted = named | known.among(keys)  # the page's surnames among the words, each asked
            else:
                # the surnames among the words (and the words less a possessive s), the page's asked once each
                words = set(keys)
                words.update([key[:-1] for key in keys if key.endswith("s")])
                wanted = named | known.intersection(words)
            # a surname, or one with a possessive s
            wanted_s = wanted.union([key + "s" for key in wanted]) if wanted else ()
            covered = None
            for i in _indices(keys, wanted_s) if wanted else ():
                key = keys[i]
                if key in wanted:
                    token = tokens[i]
                    end = token.end
                else:
                    token = tokens[i]
                    key, end = key[:-1], token.end - 1
                if token.case not in ("title", "upper") or self._is_place(token.text):
                    continue
                if covered is None:
                    covered = _Cover([(s, e) for s, e, _ in spans])
                if not covered.covers(token.start, token.end):
                    spans.append((token.start, end, key))
        return spans

    def _found_at(self, text: str, tokens: _Words, i: int, ctx: Context, filename: bool):
        """A name starting at token ``i``: a name of the build, else one the name finder finds; where the build's
        name is shorter than the finder's, the finder's goes first ("Abdi" and "Abdi Bäckman", "Ana Lucía Gómez" and
        "Ana Lucía Gómez de la Cruz")."""
        found = self._contact_name_at(text, tokens, i)
        other = self._name_at(text, tokens, i, ctx, filename)
        if found is None or other is not None and other[2] > found[2]:
            return other
        return found

    def _contact_name_at(self, text: str, tokens: _Words, i: int):
        """A full name from the build's contact blocks starting at token ``i``: (next index, surname, end)."""
        if tokens.keys[i] not in self.first_keys:
            return None
        keys = [tokens.keys[i]]
        # a name of two words or more, or its possessive ("Anna Bergströms"), starts with one of name_pairs: where
        # the first two words start none, the longer lookups below find nothing (only single names are left)
        if tokens.has(i + 1) and self._may_start_pair(keys[0], tokens.keys[i + 1]):
            for k in range(i + 1, i + self.MAX_NAME_TOKENS):
                if not tokens.has(k):
                    break
                if not _adjacent(text, tokens[k - 1], tokens[k], after_initial=len(tokens[k - 1].text) == 1):
                    break
                keys.append(tokens[k].key)
        for length in range(len(keys), 1, -1):
            if tuple(keys[:length]) in self.names:
                last = tokens[i + length - 1]
                return i + length, last.key, last.end
        if tokens[i].key in self.single_names and (tokens[i].case != "lower" or tokens[i].key in self.lower_single_names):
            return i + 1, None, tokens[i].end
        if tokens[i].key in self.single_genitives and tokens[i].case != "lower":
            return i + 1, None, tokens[i].end - 1  # "Lindqvists grupp": the name, its "s" left
        # possessive of a full contact name: "Anna Bergströms"
        for length in range(len(keys), 1, -1):
            if keys[length - 1].endswith("s") and tuple(keys[: length - 1]) + (keys[length - 1][:-1],) in self.names:
                last = tokens[i + length - 1]
                return i + length, last.key[:-1], last.end - 1
        return None

    def _may_start_pair(self, first: str, second: str) -> bool:
        """Whether a name of the build's (or its possessive: "bergströms") may start with the keys ``first``, ``second``."""
        pairs = self.name_pairs
        return (first, second) in pairs or second.endswith("s") and (first, second[:-1]) in pairs

    def _name_at(self, text: str, tokens: _Words, i: int, ctx: Context, filename: bool):
        """First name(s), initials, particles, then a surname, starting at token ``i``."""
        first = tokens[i]
        mode = first.case
        if mode == "initial":
            return self._initials_at(text, tokens, i, ctx, filename)
        if mode not in ("title", "upper", "lower"):
            return None
        place_first = self._is_place(first.text)
        foreign = False
        if mode == "title" and first.key in self.lex.family_first:
            found = self._family_first_name_at(text, tokens, i, ctx)
            if found is not None:
                return found
        if not self._first_name(first, known_only=(mode == "lower")):
            if not (self._foreign_first_name(first) or self._common_foreign_first_name(first)):
                return None
            foreign = True  # needs a known surname
        found = self._full_name_at(text, tokens, i, ctx, filename, place_first, foreign)
        if found is None and not foreign and not place_first and not filename:
            found = self._first_name_alone_at(text, tokens, i, ctx)
        return found

    def _family_first_name_at(self, text: str, tokens: _Words, i: int, ctx: Context):
        """A Chinese name written family name first in pinyin ("Zhang Wei", "Chen Jun") at token ``i``: both
        words of the name data's, in title case, no everyday word ("Han", "Min"), no place, and neither written
        in lower case by the page."""
        first = tokens[i]
        if not tokens.has(i + 1):
            return None
        given = tokens[i + 1]
        if given.case != "title" or given.key not in self.lex.given_after or not _adjacent(text, first, given) \
                or text[first.end:given.start] != " ":
            return None
        for token in (first, given):
            if self.lex.zipf(token.text) >= 4.0 or token.key in ctx.lower_words or self._is_place(token.text):
                return None
        after = tokens[i + 2] if tokens.has(i + 2) else None
        if after is not None and _adjacent(text, given, after) and (after.case == "title" or _institution_word(after.text)):
            return None  # a longer proper name ("Chen Jun Restaurang")
        return i + 2, first.key, given.end

    def _full_name_at(self, text: str, tokens: _Words, i: int, ctx: Context, filename: bool, place_first: bool,
                      foreign: bool):
        """A first name at token ``i`` (as :meth:`_name_at` found it) followed by a surname."""
        first = tokens[i]
        mode = first.case

        # a first name that is also a word of this page ("Per år", "Hans barn") at a sentence
        # start, or one that names a place ("Nora"), needs a surname we know
        strict_surname = mode == "lower" and not filename
        if (mode != "lower" and ctx.sentence_start(text, first) and first.key in ctx.lower_words) or place_first or foreign:
            strict_surname = True
        # a Swedish first name the page never writes as a word may be followed by an everyday word as a surname
        # ("Eva Sjö", "Per-Olof Vinter"), when the page never writes that word in lower case either
        everyday = not strict_surname and not filename and mode == "title" and self._first_name(first, known_only=True) \
            and first.key not in ctx.lower_words
        j = i + 1
        while j - i < self.MAX_NAME_TOKENS and tokens.has(j):
            previous, token = tokens[j - 1], tokens[j]
            if not _adjacent(text, previous, token, after_initial=previous.case == "initial"):
                return None
            if token.case == "initial" and mode != "lower" and tokens.has(j + 1):
                j += 1  # "Liselott M. Johansson", "Anna-Lena B Ek"
                continue
            if token.key in _PARTICLES and token.case in ("lower", "title") and tokens.has(j + 1):
                j += 1  # "Karin von Rosen"
                continue
            if token.case != mode and not (mode == "title" and token.case == "upper" and len(token.text) <= 3):
                return None
            if mode == "title" and self._first_name(token, known_only=True) and tokens.has(j + 1) \
                    and _adjacent(text, token, tokens[j + 1]) and tokens[j + 1].case == "title" \
                    and self._surname(tokens[j + 1], ctx, strict_surname)[0]:
                j += 1  # a second first name: "Anna Maria Svensson"
                continue
            is_surname, possessive = self._surname(token, ctx, strict_surname)
            if not is_surname and everyday and token.case == "title" and self._everyday_surname(token.text, ctx):
                is_surname = True
            if not is_surname and mode == "title" and token.case == "title" and j == i + 1 \
                    and self._double_surname(token.text, ctx, everyday):
                is_surname = True  # "Gunilla Stenmark-Lund", "Nora Lindahl-Oyelaran"
            if not is_surname and place_first and j == i + 1 and mode == "title" and token.case == "title" \
                    and (first.key in self.lex.first_sv or first.key in self.lex.first_other) \
                    and self.lex.zipf(token.text) < 4.0 and "-" not in token.key and not self._is_place(token.text) \
                    and not _institution_word(token.text) and token.key.endswith(_SURNAME_ENDINGS) and len(token.key) >= 7:
                is_surname = True  # a first name that names a place before a surname made as Swedish ones are: "Dorotea Strömgren"
            if not is_surname and foreign and j == i + 1 and mode == "title" and token.case == "title" \
                    and not self._common_foreign_first_name(first) and self._unknown_word(token.text) \
                    and first.key not in ctx.lower_words:
                is_surname = True  # both rare, the first with letters Swedish does not use: "Ørjan Kvåle", "Şükrü Öztürk"
            if not is_surname:
                if strict_surname and mode == "title" and j == i + 1 and token.case == "title" and tokens.has(j + 1) \
                        and _adjacent(text, token, tokens[j + 1]) and tokens[j + 1].case == "title" \
                        and self._known_surname(tokens[j + 1].text, ctx) and not self._is_place(tokens[j + 1].text):
                    j += 1  # a name we do not know between a first name and a surname we do: "Per Zorblatt Johansson"
                    continue
                return None
            if mode == "lower" and self.lex.zipf(first.text) >= 4.5 and self.lex.zipf(token.text) >= 4.0:
                return None  # two everyday words: "dag gäller", "hans berg"
            if mode == "lower" and (self.lex.zipf(token.text) >= 5.5 or possessive and self.lex.is_common(token.text)) \
                    and ctx.surroundings(text, first)[0] in _ARTICLE_WORDS:
                return None  # round 26: a noun after an article before a function word ("en stig och") or a word
                # read as a genitive ("en stig längs ån"); not a name ("till tomas eller …", "bengt och aisha")
            end = token.end - (1 if possessive else 0)
            after = tokens[j + 1] if tokens.has(j + 1) else None
            if after is not None and _adjacent(text, token, after) and _institution_word(after.text) \
                    and not (not possessive and self._district_word(after)):
                return None  # "Astrid Lindgrens barnsjukhus", "Ronald McDonald Hus"
            if self._in_place_phrase(tokens, i, j):
                return None
            # after "i" or "inom" a first name and a word we do not know name a method or an organisation ("utbildade
            # i Marte Meo"), not a person; a surname we know keeps its name
            if not possessive and not self._known_surname(token.text, ctx) \
                    and ctx.surroundings(text, first)[0] in _THING_PREPOSITIONS:
                return None
            surname_key = token.key[:-1] if possessive else token.key
            if not possessive and mode == "title":
                # a first name with letters Swedish does not use may take a further rare word ("Ánde Pirak Sunna")
                longer = self._further_surnames(text, tokens, j, ctx, everyday,
                                                place_first or foreign and self._common_foreign_first_name(first))
                if longer is not None:
                    return longer
            return j + 1, surname_key, end
        return None

    def _further_surnames(self, text: str, tokens: _Words, j: int, ctx: Context, everyday: bool, strict: bool):
        """More surnames after the surname at token ``j`` (title case): (next index, surname key, end) of the
        whole name, or None. A double surname ("Anna Svensson Lind": a surname we know or, after a Swedish first
        name, an everyday word the page never writes in lower case), then, after a surname, a rare word
        ("Ulla-Britt Sandberg Oduya") unless the first name needed a surname we know, and particles before a
        surname ("Fernanda Alves da Silva", "Carlos Ruiz de la Cruz"); never a place, nor a name before an
        organisation's word ("… Lind Stiftelse")."""
        end_j = None
        k = j
        while k - j < 3:
            after = tokens[k + 1] if tokens.has(k + 1) else None
            if after is None or not _adjacent(text, tokens[k], after):
                break
            m = k + 1
            while (after.key in _PARTICLES or m > k + 1 and after.key in ("la", "las", "los")) and after.case == "lower" \
                    and m - k <= 2 and tokens.has(m + 1) and _adjacent(text, after, tokens[m + 1]):
                m += 1  # "da Silva", "de la Cruz"
                after = tokens[m]
            if after.case != "title" or self._is_place(after.text):
                break
            known = self._known_surname(after.text, ctx)
            if not known and m == k + 1 and after.key.endswith(_PLACE_ENDINGS):
                break  # "Kalle Berg Ersboda": a district's name, not a third name
            # after a particle a place's or an organisation's ending says neither ("Hård af Segerstad")
            if not (known or m == j + 1 and everyday and self._everyday_surname(after.text, ctx)
                    or not strict and m > k + 1 and (self._unknown_word(after.text) or after.text[1:].islower()
                                                     and not self.lex.is_common(after.text))
                    or not strict and m == k + 1 and self._unknown_word(after.text)
                    and not _SWEDISH_ONLY_LETTERS.intersection(after.key)):
                break
            nxt = tokens[m + 1] if tokens.has(m + 1) else None
            if nxt is not None and _adjacent(text, after, nxt) and (_institution_word(nxt.text) or nxt.case == "title"
                                                                     and not self._known_surname(nxt.text, ctx)
                                                                     and not self._unknown_word(nxt.text)):
                break
            k = end_j = m
        if end_j is None:
            return None
        return end_j + 1, tokens[end_j].key, tokens[end_j].end

    def _district_word(self, token: _Token) -> bool:
        """A district's name that ends as an organisation's word does ("Mariehem", "Gamlestad": "-hem", "-stad"): one
        capitalised word with a place's ending, no everyday word, no organisation's longer ending ("Vårdhem")."""
        return token.case == "title" and "-" not in token.key and token.key.endswith(_PLACE_ENDINGS) \
            and not token.key.endswith(_DISTRICT_NOT_ENDINGS) and not self.lex.is_common(token.text) \
            and len(token.key) >= 6

    def _double_surname(self, word: str, ctx: Context, everyday: bool) -> bool:
        """Whether a hyphenated word after a first name is a double surname though its parts do not all pass
        :meth:`_surname`: each part a surname we know (also a place's name: "Lund"), a rare word or, where
        ``everyday`` allows one, an everyday word as :meth:`_everyday_surname` reads it ("Gunilla Stenmark-Lund",
        "Gunilla Stenmark-Yusuf"); one part a surname we know that names no place, or such an everyday word
        ("Nora Lindahl-Oyelaran" after a first name that names a place), a rare word only beside a surname we know;
        no part an organisation's word."""
        parts = word.split("-")
        if len(parts) < 2 or any(not p[:1].isupper() or not p[1:].islower() or _institution_word(p) for p in parts):
            return False
        known = everyday_part = rare = False
        for part in parts:
            if self._known_surname(part, ctx) and not self._is_place(part):
                known = True
            elif everyday and self._everyday_surname(part, ctx):
                everyday_part = True
            elif self._unknown_word(part):
                rare = True
            elif not self._known_surname(part, ctx):
                return False
        # a rare word needs a surname we know beside it ("Hjärt-Lung" is no name)
        return known or everyday_part and not rare

    def _everyday_surname(self, word: str, ctx: Context) -> bool:
        """Whether a capitalised everyday word after a first name is a surname ("Sjö", "Fält", "Lax"): the page
        never writes it in lower case (then it is no word of the page's sentences), it is no place and no
        organisation's word ("Ungdom", "Hus"), and it is no compound with a lower-case part."""
        parts = word.split("-")
        if len(word) < 2 or any(not p[:1].isupper() or not p[1:].islower() for p in parts):
            return False
        return all(self.lex.is_common(p) and not self._is_place(p) and not _institution_word(p)
                   and p.casefold() not in ctx.lower_words for p in parts)

    def _initials_at(self, text: str, tokens: _Words, i: int, ctx: Context, filename: bool):
        """Initials with dots, then a surname: "K. Holm", "A. B. Lindqvist", "E. M. Sjö" (one or two initials,
        each a capital letter with a dot). The surname is one we know, a rare word, or an everyday word the page
        never writes in lower case; never a place or an organisation's word."""
        if filename:
            return None
        j = i
        while True:
            token = tokens[j]
            if token.case != "initial" or text[token.end:token.end + 1] != "." or not tokens.has(j + 1):
                return None
            nxt = tokens[j + 1]
            gap = text[token.end + 1:nxt.start]
            if len(gap) > 2 or gap.strip(" \t"):
                return None
            j += 1
            if nxt.case == "initial" and j - i < 2:
                continue
            break
        token = tokens[j]
        if token.case != "title" or self._is_place(token.text):
            return None
        is_surname, possessive = self._surname(token, ctx, strict=False)
        if not is_surname and not self._everyday_surname(token.text, ctx):
            return None
        after = tokens[j + 1] if tokens.has(j + 1) else None
        if after is not None and _adjacent(text, token, after) and _institution_word(after.text):
            return None  # "A. Lindgrens barnsjukhus"
        end = token.end - (1 if possessive else 0)
        return j + 1, token.key[:-1] if possessive else token.key, end

    def _first_name_alone_at(self, text: str, tokens: _Words, i: int, ctx: Context):
        """A known first name standing alone in a sentence ("Fråga Nora om tider", "hälsar Kalle."), in title
        case (or a lower-case double first name: "eva-britt"), when it is no part of a longer proper name: no
        capitalised word right after it nor right before it on the same line (unless that word is an everyday
        word starting the sentence: "Enligt Kalle"), no organisation's word after it, no number after it (a
        date: "Maj 2020"), no abbreviation before it ("S:t Göran"); and the page never writes it in lower case
        ("per", "hans", "klara"), nor starts a sentence as a very frequent word ("Inga planer"). A first name
        glued to an initial by a dot ("Kalle.B", a user name) goes with it."""
        first = tokens[i]
        if first.case == "lower":
            parts = first.key.split("-")
            if len(parts) < 2 or not all(p in self.lex.first_sv for p in parts) or self.lex.is_common(first.key):
                return None
        elif first.case != "title" or first.key in ctx.lower_words:
            return None
        end, after = first.end, i + 1
        if tokens.has(i + 1):
            nxt = tokens[i + 1]
            if _adjacent(text, first, nxt):
                if nxt.case not in ("lower",) or _institution_word(nxt.text):
                    return None
            elif nxt.case == "initial" and nxt.start == first.end + 1 and text[first.end] == "." \
                    and not (tokens.has(i + 2) and tokens[i + 2].start <= nxt.end + 1):
                end, after = nxt.end, i + 2  # "Kalle.B"
        if first.case == "title" and self.lex.zipf(first.text) >= self.EVERYDAY_ZIPF and ctx.sentence_start(text, first):
            return None  # an everyday word starting a sentence ("Inga planer", "Klara av")
        before, before_starts, joined, number = ctx.surroundings(text, first)
        if number and not _personal_number_after(text, first.end):
            return None  # a date ("Maj 2020"); but a person's identity number says a person ("barn: Noah 150611-2285")
        if joined:
            return None
        if text.startswith(" och ", first.end) and _COUPLE_ORG_RE.match(text, first.end):
            return None  # "Kjell och Märta Beijers Stiftelse"
        if before is not None and not before[:1].islower() and not (before_starts and self.lex.zipf(before) >= self.EVERYDAY_ZIPF):
            return None
        return after, None, end

    def _in_place_phrase(self, tokens: _Words, i: int, j: int) -> bool:
        return tuple(tokens.keys[i:j + 1]) in self.lex.place_phrases

    # --- redaction --------------------------------------------------------------
    # texts up to this long are remembered with their spans (question wordings, stock answers, organisation
    # names repeat from page to page), at most REMEMBERED of them (the oldest forgotten first)
    REMEMBER_CHARS = 2000
    REMEMBERED = 4096

    def spans(self, text: str, ctx: Context | None = None, filename: bool = False,
              remember: bool = True) -> list[tuple[int, int, str]]:
        """(start, end, placeholder) of every piece of personal data in ``text``, merged (see :meth:`_known_spans`;
        ``remember``: False for a text that is never seen again); with a page's ``ctx``, also the initials of the
        page's full names where they sign or are defined; for a part of a page redacted after the page itself,
        the page's spans that fall in it where they are provably the part's own (:meth:`_page_part_spans`)."""
        if ctx is not None and ctx.page is not None and ctx.words is not None and not filename:
            if text is ctx.page:
                if ctx.page_found is not None:
                    return list(ctx.page_found)
            else:
                if ctx.page_found is None:  # the page first (a title is asked before it): its spans are the same then
                    self.spans(ctx.page, ctx)
                if ctx.page_spans is not None:
                    found = self._page_part_spans(text, ctx)
                    if found is not None:
                        return found
        found = self._known_spans(text, ctx, filename, remember)
        if ctx is not None and ctx.initials and not filename:
            extra = _page_initials_spans(text, ctx.initials)
            if extra:
                found = _merge(found + extra)
        if ctx is not None and ctx.logins and not filename:
            extra = _login_word_spans(text, ctx.logins)
            if extra:
                found = _merge(found + extra)
        if ctx is not None and ctx.first_genitives and not filename:
            extra = _first_genitive_spans(text, ctx.first_genitives)
            if extra:
                found = _merge(found + _not_kept(self, text, extra, ctx.first_names))
        if ctx is not None and text is ctx.page and found and not filename:  # (the page first: its parts after it)
            more = (_lowercase_or_rare_first_words(self, text, _joined_name_spans(text, found))
                    | _bracket_nicknames_and_pet_names(self, text, found) | _inner_nicknames_and_given_names(self, text, found)
                    | _shortened_and_labelled_first_names(self, text, found)) - ctx.first_names
            if more:
                ctx.first_names = ctx.first_names | self._without_places(frozenset(more))
            ctx.name_words = _found_name_words(self, text, found) | _lowercase_found_name_words(self, text, found)
        if ctx is not None and not filename:
            extra = _page_people_spans(self, text, ctx, found)
            if extra:
                found = _merge(found + extra)
        if ctx is not None and found and not filename and (" och " in text or ", " in text):
            extra = _unknown_names_listed_with_found(self, text, found)  # round 28: "[X Y] och Yohannes Gebru Asfaw"
            if extra:
                found = _merge(found + _not_kept(self, text, extra + _found_names_written_again(text, extra), frozenset()))
        if ctx is not None and ctx.name_words and not filename and "." in text and _BLANK_INITIAL_RE.search(text):
            # round 28: "Adebayo O."
            extra = _name_words_with_initials(self, text, ctx.name_words)
            if extra:
                found = _merge(found + extra)
        if ctx is not None and not filename and (ctx.name_words and "@" in text or "." in text):
            if text is ctx.page and found:
                ctx.signed_initials = _found_dotted_initials(text, found)
            extra = _initials_and_handles_of_page_people(text, ctx)  # round 29: "@DrSokolovMD", "Å.L." where it signs too
            if extra:
                found = _merge(found + extra)
        if ctx is not None and ctx.address_forms and not filename:  # round 29: "tuula.rantanen (at)" … "tuula"
            extra = _address_spelled_word_spans(text, ctx.address_forms)
            if extra:
                found = _merge(found + _not_kept(self, text, extra, frozenset()))
        if ctx is not None and not filename:  # round 30 (each where its cue stands)
            extra = _other_items_of_name_lists(self, text, found) if found and ";" in text else []
            if "@" in text:
                extra += _initials_before_own_address(text)
            if found and "(" in text:
                extra += _bracketed_full_names_after_found(self, text, found)
            if text is ctx.page and ("|" in text or ";" in text or "\t" in text):
                extra += _table_name_spans(self, text)  # "Namn | Roll | …" / "X Y | processledare | …"
            if extra:
                found = _merge(found + _not_kept(self, text, extra, frozenset()))
            if text is ctx.page and found:
                ctx.lower_names = _full_names_written_lower(text, found)
            if ctx.lower_names:
                extra = _whole_word_spans(text, ctx.lower_names)  # round 30: "mirja heikkinen"
                if extra:
                    found = _merge(found + extra)
        if ctx is not None and not filename:  # the page's found names again (capitals, initials, pet names, "/X")
            if ": " in text or found and (" och " in text or " samt " in text or " & " in text or " eller " in text):
                extra = _capitals_name_spans(self, text, found)
                if extra:
                    found = _merge(found + _not_kept(self, text, extra, frozenset()))
            if text is ctx.page and found:
                ctx.found_forms = _found_name_forms(self, text, found)
            if ctx.found_forms[0] or ctx.found_forms[1] or ctx.first_names:
                extra = _found_name_again_spans(self, text, ctx)
                if extra:
                    found = _merge(found + _not_kept(self, text, extra, frozenset()))
        if not filename:
            # names in file names, a found name's words before a person's verb, hyphenated initials and given names
            # (each where its cue stands: "_" or a file's extension, a name found, a "-")
            if ctx is not None and text is ctx.page and found:
                ctx.name_parts = _page_name_parts(text, found)
            extra = _attachment_file_name_spans(self, text, found, ctx.name_parts if ctx is not None else None)
            if "-" in text:
                extra += _hyphen_initials_spans(text) + _syllable_pair_name_spans(self, text)
            if "(" in text:
                extra += _family_bracket_list_spans(self, text)
                if found:
                    extra += _rare_word_before_name_spans(self, text, found)
                    if '" (' in text or "\u201d (" in text or "\u201c (" in text:
                        extra += _quoted_pet_name_before_found_spans(self, text, found)  # '"Vivvi" ([X Y])
            if ": " in text:
                extra += _labelled_initials_list_spans(self, text)  # "volontärer: KJ, MB och SA"
            if "amiljen " in text or "fam. " in text:  # "familjen Holm", "fam. Holm": in the page itself too
                extra += [(a, b, NAME) for a, b in self._family_first_names(text, _FAMILY_NAME_ROOTS)]
            if found and "(" in text:
                extra += _bracketed_initials_of_found(text, found)  # "[Erik Å. Larsson] (Å.L. i protokollen)"
            if extra:
                found = _merge(found + _not_kept(self, text, extra, frozenset()))
            if found:  # (after the names above: "[Aziz, Shilan och Kawa Mahmoud] (syskon …). Shilan nås på")
                extra = _found_name_part_verb_spans(self, text, found)
                if extra:
                    found = _merge(found + _not_kept(self, text, extra, frozenset()))
        if ctx is not None and not filename:  # a found full name's words and initials alone elsewhere in the page
            if text is ctx.page and (found or "(" in text):
                ctx.found_part_forms = _found_name_part_forms(self, text, found)
            extra = _found_name_part_form_spans(self, text, ctx.found_part_forms) if ctx.found_part_forms else []
            if found and (" och " in text or ", " in text or " samt " in text):  # (the text's own names found)
                extra += _initials_coordinated_with_found(self, text, found)
                extra += _first_name_pairs_coordinated_with_found(self, text, found)
            if extra:
                found = _merge(found + _not_kept(self, text, extra, frozenset()))
            if any(hint in text for hint in _PRIVATE_PERSON_HINTS):  # "En mamma … från Storgatan 14 B, 686 30 Sunne"
                extra = _private_person_address_spans(text)
                if extra:
                    found = _merge(found + extra)
        if found and not filename and (", " in text or " och " in text or " samt " in text or " eller " in text):
            extra = _name_pairs_listed_with_found(self, text, found)  # "[X Y], Ask Lundmark och [Z W]"
            if extra:
                found = _merge(found + _not_kept(self, text, extra, frozenset()))
        if found and not filename and _DIGIT_PAIR_RE.search(text):  # a street address right after a name found
            # late (a part of a page finds some of its names from the page's context only here): "Ansvarig: [X Y],
            # Ekgatan 8, 952 31 Ort" as :meth:`_known_spans` reads it
            taken = [(a, b) for a, b, _ in found]
            extra = [s for s in _address_after_name_spans(text, found) if not _touches(taken, s[0], s[1])]
            if extra:
                found = _merge(found + extra)
        if found and not filename:  # a street address where a person found receives ("hos [X] på …, Ekgatan 2")
            extra = _street_beside_person_spans(text, found)
            if extra:
                found = _merge(found + extra)
        if found and not filename:  # a well-known title names characters, even those the page's people share
            titles = _titles_of_names(text, [s for s in found if s[2] == NAME])
            if titles:
                found = [s for s in found if s[2] != NAME or not _inside(titles, s[0], s[1])]
        if ctx is not None and text is ctx.page and ctx.words is not None and not filename:
            ctx.page_found = list(found)
            self._keep_page_spans(text, ctx, found)
        return found

    # --- a part of a page from the page's own spans ---------------------------------------------------------------
    # Redacting a page's parts (a title, the question and answer texts) one by one repeats what redacting the page
    # found. Every rule of :meth:`spans` reads within the lines of what it finds, and a line break reads to it as
    # the start or end of the text does (blanks are spaces and tabs; a "^" or "$" a line's; what is read before a
    # match, a word or a sentence start, stays in its line; tries of the name finder stop at a word on another
    # line), so a part made of whole lines finds what the page finds in it, but for the rules that read further:
    # - the page's gates: a sign swapped for the "at" ("byt # mot @") names addresses anywhere in the text, a label
    #   of personal data ("Personnummer") lets numbers and addresses be taken anywhere in it, and a spelled-out
    #   address is looked for only in a text holding ".se", "punkt", …: the part then takes the page's spans only
    #   when it passes the same gates as the page (the first never), or holds nothing that what the gate lets
    #   through may find (every number or address taken after a label holds two digits in a row, every spelled
    #   address one of _SPELLED_TLD_STRINGS);
    # - a street address on the lines under a name that ends its line: not when a span of the page ends at the
    #   part's first line break or right before it;
    # - what keeps a name inside a title: a quoted title's cue is looked for up to 80 characters before it, over
    #   line breaks: not for a part holding a quote; and the kept stretches are not looked for at all in a window
    #   holding a character that lowers to two ("İ"): not on such a page;
    # - a surname alone once its full name is known: the page's own names' surnames count with the context's
    #   (``Context.surnames``), a part's only those it holds: only when each of the page's is the context's too;
    # - a span of the page running over either end of the part: not then.
    # The property tests in tests/test_redact_fast_paths.py compare both ways on every part of the corpus, the
    # challenge pages and generated pages.
    _SPELLED_HINTS = (".se", "punkt", ".nu", ".com", ".org", " dot ")  # _spelled_email_spans' gate
    # what every match of _SPELLED_TLD_RE and _SPELLED_WORD_TLD_RE holds (a spelled address ends with one)
    _SPELLED_TLD_STRINGS = (".se", ".nu", ".com", ".org", ".net", ".eu", ".fi", ".no", ".dk", "punkt", "dot")
    # those of them that are in no _SPELLED_HINTS' text (a text holding another passes the gate): a part passes
    # neither gate but holds one of _SPELLED_TLD_STRINGS only when it holds one of these and none of the hints
    _SPELLED_OTHER_TLD_RE = plain_re.compile(r"\.(?:net|eu|fi|no|dk)|dot")

    @classmethod
    def _gates(cls, text: str) -> tuple[bool, bool]:
        """Whether ``text`` passes the gates of :func:`_labelled_personal_spans` and :func:`_spelled_email_spans`."""
        labelled = _DIGIT_PAIR_RE.search(text) is not None and any(hint in text for hint in _PERSONAL_DATA_HINTS)
        return labelled, any(hint in text for hint in cls._SPELLED_HINTS)

    def _keep_page_spans(self, page: str, ctx: Context, found: list) -> None:
        """Keep the page's spans in ``ctx`` for its parts, unless no part may take them (see above)."""
        if not ctx.page_names_known or " mot @" in page or " med @" in page or len(page.lower()) != len(page):
            ctx.page_spans = None
            return
        ctx.page_spans = (list(found), [a for a, _, _ in found], self._gates(page))

    def _page_part_spans(self, text: str, ctx: Context) -> list[tuple[int, int, str]] | None:
        """:meth:`spans` of ``text``, a part of the page of ``ctx`` made of whole lines, from the page's own spans;
        None where they may differ (see above)."""
        page = ctx.page
        start = page.find(text)
        if start < 0:
            return None
        end = start + len(text)
        if not _whole_lines(page, start, end) or any(q in text for q in _QUOTES):
            return None
        spans, starts, (labelled, spelled) = ctx.page_spans
        # (each of the part's own gates asked only where the page's passes; the first only for a part with
        # two digits in a row, which it needs too)
        if labelled and _DIGIT_PAIR_RE.search(text) and not any(hint in text for hint in _PERSONAL_DATA_HINTS):
            return None
        if spelled and self._SPELLED_OTHER_TLD_RE.search(text) and not any(hint in text for hint in self._SPELLED_HINTS):
            return None
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if lo and spans[lo - 1][1] >= start - 1 or hi > lo and spans[hi - 1][1] > end:
            return None  # a span across an end, or one ending at the line break before the part
        return [(a - start, b - start, label) for a, b, label in spans[lo:hi]]

    def _known_spans(self, text: str, ctx: Context | None = None, filename: bool = False,
                     remember: bool = True) -> list[tuple[int, int, str]]:
        """(start, end, placeholder) of every piece of personal data in ``text``, merged.

        With a page's ``ctx``, a short text's spans are remembered with every word
        its redaction asked of the context (is it a surname of the page, a word
        the page writes in lower case?) and the answers; a text seen again, with a
        context that gives the same answers, gets the same spans without the work
        (the spans depend on nothing else: the redactor's names do not change).
        The page itself and a text the caller will not give again (``remember`` False: a page's wave evidence)
        are not remembered: they never come again and would push out what does.
        """
        if ctx is None or filename or len(text) > self.REMEMBER_CHARS or not remember or text is ctx.page:
            return self._spans(text, ctx, filename)
        remembered = self._remembered.get(text)
        if remembered is not None and remembered.holds_for(ctx):
            return list(remembered.spans)
        asking = Context(_Asked(ctx.surnames), _Asked(ctx.lower_words), ctx.page, ctx.words, ctx.at_lines, ctx.scan,
                         positions=ctx.positions, emails=ctx.emails)
        spans = self._spans(text, asking, filename)
        # what the part found out about its page, kept for the page's other parts
        ctx.at_lines, ctx.positions, ctx.emails = asking.at_lines, asking.positions, asking.emails
        if remembered is None and len(self._remembered) >= self.REMEMBERED:
            try:
                del self._remembered[next(iter(self._remembered))]
            except (KeyError, RuntimeError, StopIteration):  # another thread (a Dask worker's) forgot one meanwhile
                pass
        self._remembered[text] = _Remembered(spans, asking.surnames, asking.lower_words)
        return list(spans)

    def _spans(self, text: str, ctx: Context | None, filename: bool) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        in_page = self._in_page(text, ctx)
        if in_page is None:
            emails = _email_spans(text)
        elif in_page[0] == 0 and len(text) == len(ctx.page):
            emails = self._page_emails(text, ctx, 0)  # the page itself
        elif _touches(in_page[2], in_page[0], in_page[0] + len(text)):
            emails = self._page_emails(text, ctx, in_page[0])
        else:
            emails = []
        for start, end in emails:
            found.append((start, end, EMAIL))
        if not filename:
            for start, end in _spelled_email_spans(text):
                found.append((start, end, EMAIL))
            if " mot @" in text or " med @" in text:
                for start, end in _swapped_at_spans(text):
                    found.append((start, end, EMAIL))
            for start, end in _wrapped_at_email_spans(text):  # "x.y@" / "domän.se" on the next line
                found.append((start, end, EMAIL))
        if _DIGIT_PAIR_RE.search(text):
            for m in _PERSONAL_NUMBER_RE.finditer(text) if _six_digits(text) else ():
                if _valid_personal_number(m):
                    found.append((m.start(), m.end(), PERSONAL_NUMBER))
            for m in _PHONE_RE.finditer(text):
                if _plausible_phone(m) or _labelled_phone(text, m) or _cut_phone(text, m) or _grouped_phone(text, m):
                    found.append((m.start(), m.end(), PHONE))
                elif (wrapped := _wrapped_phone_end(text, m)) is not None:
                    found.append((m.start(), wrapped, PHONE))
                else:
                    found += _phone_pair_spans(text, m)
            if "\n" in text:
                found += _wrapped_short_phone_spans(text)
                found += _wrapped_area_code_spans(text)
                found += _line_broken_phone_spans(text)  # "…, 0" / "8-520 737 00"
                if "07" in text:
                    found += _wrapped_mobile_spans(text)  # "070 66" / "42 190"
                if "-\n" in text:
                    found += _wrapped_second_phone_spans(text)  # round 29
            if any(hint in text for hint in _PERSONAL_DATA_HINTS):
                found += _labelled_personal_spans(text, found)
            if any(hint in text for hint in _FLAT_HINTS):
                found += [(m.start(), m.end(), ADDRESS) for m in _FLAT_ADDRESS_RE.finditer(text)]
            found += _century_personal_number_spans(text)
            found += _dated_personal_number_spans(text)  # "120305+1234" with no label
            found += _birth_date_spans(text)  # "född 12 mars 1987"
            found += _bracketed_code_phone_spans(text)  # "(+46) 70-…", "+46 (23) …"
            found += _extension_spans(text, found)
        if not filename and any(hint in text for hint in _HOME_HINTS):
            found += [(start, end, ADDRESS) for start, end in _home_address_spans(text)]
        if not filename and "(" in text and ("privat" in text or "hem" in text or "bostad" in text):
            found += _marked_home_addresses(text)  # round 27
        if not filename and "c/o" in text:
            found += _care_of_address_spans(text)  # "Ekvägen 22 c/o Warsame, 371 33 Storby"
        tokens = in_page[1] if in_page is not None and in_page[1] is not None else self._tokens_of(text)
        if found:
            tokens = tokens.without([(s, e) for s, e, _ in found])
        ctx = ctx if ctx is not None else self.context(text)
        names = self._name_spans(text, tokens, ctx, filename)
        positions = [] if filename else self._page_positions(text, ctx, in_page)
        # names inside a title or an institution's name are kept (looked for only where a name was found)
        kept = _kept_near(self, text, names + [(a, b, None) for a, b in positions]) if (names or positions) and not filename else []
        if kept and names:  # again, so that a kept name gives no surname alone
            names = self._name_spans(text, tokens, ctx, filename, kept)
        if ctx.page is text and not filename:  # (see _page_part_spans)
            ctx.page_names_known = all(key is None or key in ctx.surnames for _, _, key in names)
        for start, end, _ in names:
            found.append((start, end, NAME))
        if not filename:
            for start, end in positions:
                found.append((start, end, NAME))
            if kept:
                found = [s for s in found if s[2] != NAME or not _inside(kept, s[0], s[1])]
            if found:
                found += self._beside_name_spans(text, _merge(found))
                if "(" in text or ";" in text:
                    found += _nicknames_and_list_items_beside_found(self, text, found)
                if " och " in text or " eller " in text or " samt " in text or " & " in text:
                    found += _lowercase_names_coordinated_after_found(self, text, found)
            if kept:
                found = [s for s in found if s[2] != NAME or not _inside(kept, s[0], s[1])]
            if found:
                found += _address_after_name_spans(text, found)
                found += self._lower_called_first_name_spans(text, found)
                if _DIGIT_PAIR_RE.search(text):
                    found += _personal_numbers_beside_names(text, found)
                # round 27: the words a name found leaves of a longer name (here, not in :meth:`spans`, so a
                # text's spans are the same however it is reached: alone, remembered or as a part of its page)
                extra = _longer_name_words_around_found(self, text, _merge(found))
                if extra:
                    found += _not_kept(self, text, extra, frozenset())
            if found or " av " in text or ": " in text or '"' in text or "\u201c" in text or "\u201d" in text:
                extra = _unknown_names_placed_by_text(self, text, _merge(found))  # round 28
                if extra:
                    found += _not_kept(self, text, extra, frozenset())
            if found or "(" in text or "kalla" in text or " av " in text or ", som " in text or ": " in text \
                    or " från " in text:
                extra = _cued_names_and_reversed_pairs(self, text, _merge(found))  # round 29
                if extra:
                    found += _not_kept(self, text, extra, frozenset())
            if "-\n" in text:
                found += self._split_name_spans(text)
            found += [(a, b, NAME) for a, b in _signed_small_initials_spans(self, text)]  # "av els", "/ak"
            extra = _called_and_prefixed_name_spans(self, text, found)  # "kallad Majsan", "ring Gosia på …"
            extra += _role_comma_and_agent_name_spans(self, text)  # "Bosse Nyberg, IT-samordnare", "av kim seo-jun"
            if extra:
                found += _not_kept(self, text, [(a, b, NAME) for a, b in extra], frozenset())
        return _merge(found)

    def _rare_word_surname_spans(self, text: str) -> list[tuple[int, int]]:
        """A word we do not know (no first name, common word, place or organisation's word) before a surname we
        know that is no everyday word and no place, inside a sentence (after a word in lower case or a comma):
        a name of a person whose first name the name data lacks ("projektet som Amadou Diallo drev", "sa
        Fadumo Abdi"); not after "i", "inom", "på", "vid" (a method's or an organisation's name), nor before a
        capitalised or an organisation's word (a longer proper name)."""
        spans = []
        for m in _matches_on_hinted_lines(_RARE_PAIR_HINT_RE, _RARE_PAIR_RE, text):
            first, last = m["first"], m["last"]
            if first.casefold() in self.lex.first_sv or first.casefold() in self.lex.first_other \
                    or len(first) < 3 or not self._unknown_word(first):
                continue
            if not self._known_surname(last, None) or self.lex.is_common(last) or self._is_place(last) \
                    or _institution_word(last) or any(self._is_place(p) for p in last.split("-")):
                continue
            if m["before"] in _THING_PREPOSITIONS:
                continue
            after = _NEXT_WORD_RE.match(text, m.end())
            if after is not None and (after.group(1)[:1].isupper() or _institution_word(after.group(1))):
                continue
            spans.append(m.span("name"))
        return spans

    def _lower_called_first_name_spans(self, text: str, found: list) -> list[tuple[int, int, str]]:
        """The first name of a full name found, written in lower case after it where the text calls or writes to
        the person ("… Björn Sahlin; anmäl dig till björn via sms", "ring eva på 070-…", "prata med karin om
        …"): after a call's word or "till", "med", "hos", before "via", "på", "om", "eller", "och" or a clause's
        end; never a very frequent word ("per", "hans", "bo")."""
        firsts: dict[str, int] = {}
        for start, end, label in found:
            if label != NAME:
                continue
            first, blank, _ = text[start:end].partition(" ")
            key = first.casefold()
            if blank and first[:1].isupper() and first[1:].islower() and key not in firsts \
                    and (key in self.lex.first_sv or key in self.lex.first_other) \
                    and self.lex.zipf(key) < self.EVERYDAY_ZIPF:
                firsts[key] = end
        spans = []
        for key, after in firsts.items():
            position = text.find(key, after)
            while position >= 0:
                start, end = position, position + len(key)
                position = text.find(key, end)
                if text[start - 1:start].isalpha() or text[end:end + 1].isalpha() or text[end:end + 1] == "-":
                    continue
                if _CALLED_BEFORE_RE.search(text, max(0, start - 20), start) and _CALLED_AFTER_RE.match(text, end):
                    spans.append((start, end, NAME))
        return spans

    def _split_name_spans(self, text: str) -> list[tuple[int, int, str]]:
        """A full name whose first name a line break hyphenates ("Ma-\nria Ek", PDF text): the first name joined is
        one we know, the surname one we know or no word."""
        spans = []
        for m in _SPLIT_FIRST_NAME_RE.finditer(text):
            last = m["last"]
            if self._plain_first_name(m["head"] + m["tail"]) and not self._is_place(last) \
                    and not _institution_word(last) and (last.casefold() in self.lex.surnames
                                                         or not self.lex.is_common(last.casefold())):
                spans.append((m.start(), m.end(), NAME))
        return spans

    @staticmethod
    def _page_emails(text: str, ctx: Context, start: int) -> list[tuple[int, int]]:
        """The e-mail addresses of ``text``, a part of the page of ``ctx`` at ``start``; for a part made of whole
        lines, the page's that fall in it, found once per page (``ctx.emails``): an address holds no line break
        and a line break reads to its pattern as the start or end of the text (see :func:`_email_spans`)."""
        page, end = ctx.page, start + len(text)
        if not _whole_lines(page, start, end):
            return _email_spans(text)
        if ctx.emails is None:
            spans = _email_spans(page, ctx.page_at_lines())
            ctx.emails = (spans, [a for a, _ in spans])
        spans, starts = ctx.emails
        return [(a - start, b - start) for a, b in spans[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]]

    def _page_positions(self, text: str, ctx: Context, in_page) -> list[tuple[int, int]]:
        """:meth:`_person_position_spans` of ``text``; for a part of the page of ``ctx`` made of whole lines
        (``in_page``: where it is), the page's that fall in it, found once per page (``ctx.positions``).

        Every pattern of that pass reads blanks and no line break (each match, and what is read before and
        after it, stays in one line), and a line break reads to them as the start or end of the text, so
        the page finds in such a part exactly what the part finds alone (tests/test_fast_paths.py compares)."""
        if ctx.page is text and ctx.positions is not None and ctx.positions[0] is self:
            return ctx.positions[1]  # the page itself, its context made for it (Redactor.context)
        if in_page is None or ctx.page is None:
            return self._person_position_spans(text)
        start, end, page = in_page[0], in_page[0] + len(text), ctx.page
        if not _whole_lines(page, start, end):
            return self._person_position_spans(text)
        if ctx.positions is None or ctx.positions[0] is not self:
            spans = sorted(self._person_position_spans(page))
            ctx.positions = (self, spans, [a for a, _ in spans])
        _, spans, starts = ctx.positions
        if start == 0 and end == len(page):
            return spans
        return [(a - start, b - start) for a, b in spans[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]]

    # --- names in person positions (a pass that reads only the text itself) --------------------------------
    def _person_position_spans(self, text: str) -> list[tuple[int, int]]:
        """Names the token-by-token finder cannot tell from other words, found where the text's own words place
        a person (see the module docstring): initials after "av"/"från" ("Antecknat av J.O.", "(Fråga från H.B.,
        …)"), initials signed after a slash at a line's end ("…, /SAE]", "/BF"), a first name with one initial
        ("Aino K."), a nickname in quotes between a first name and a surname ('Gustav "Gurra" Persson'), and a
        first name we do not know before a surname after a role or "av" ("Socionom Chidi Okonkwo-Lindahl",
        "leds av Mohammed Al-Khatib"). Each reads only characters of ``text`` near the match, so a part of a
        page finds here what it would find alone."""
        spans: list[tuple[int, int]] = []
        spans += _address_name_spans(text)  # "Frågor: Ramin Tehrani, …, ramin.tehrani(at)…"
        spans += self._rare_word_surname_spans(text)  # "projektet som Amadou Diallo drev"
        if "." in text and _BLANK_INITIAL_RE.search(text):  # what both initial patterns need
            for m in _INITIALS_AFTER_RE.finditer(text):
                spans.append(m.span("initials"))
            if _INITIALS_HINT_RE.search(text):
                for m in _ROLE_INITIALS_RE.finditer(text):
                    word = m.group("word").casefold()
                    if word in ("av", "från") or word in _MINUTES_LABELS or _person_word(word):
                        spans += [i.span() for i in _INITIAL_DOTS_RE.finditer(text, m.start("chain"), m.end("chain"))]
            for m in _FIRST_INITIAL_RE.finditer(text):
                first = m.group("first")
                if self._plain_first_name(first):
                    spans.append(m.span())
        if "/" in text:
            spans += self._lower_initials_spans(text)  # "barnrättsstrategen jb/ml (Johanna Bergkvist och Maja Lindholm)"
            for m in _SLASH_SIGNATURE_RE.finditer(text):
                spans.append(m.span("initials"))
            for m in _SLASH_FIRST_NAME_RE.finditer(text):
                if self._plain_first_name(m.group("name").lstrip("/")):
                    spans.append(m.span("name"))
        nicknamed = _NICKNAME_RE.finditer(text) if '"' in text or "\u201c" in text or "\u201d" in text \
            or "\u00ab" in text else ()
        if "(" in text:
            nicknamed = chain(nicknamed, _matches_on_hinted_lines(_BRACKET_WORD_HINT_RE, _BRACKET_NICKNAME_RE, text))
        for m in nicknamed:
            start = self._nickname_name_start(text, m)
            if start is not None:
                spans.append((start, self._second_surname_end(text, m.end())))
        for start, end, _ in self._person_word_names(text):
            spans.append((start, end))
        spans += [(start, end) for start, end, *_ in self._surname_first_names(text)]  # "Ek, Anna (kurator)"
        spans += _signature_spans(text)
        if "nvändare" in text or "nvändarnamn" in text:
            spans += [m.span("login") for m in _USER_LOGIN_RE.finditer(text) if _login(m["login"])]
        spans += self._lower_case_names(text)
        # (a blank is a space or a tab: "Ring\tLisa eller Omar"; no match holds a line break, and its look-ahead
        # reads one as the text's end)
        for m in _matches_on_hinted_lines(_CALL_HINT_RE, _CALL_FIRST_NAME_RE, text):
                if self._plain_first_name(m["first"]) or self._pet_name(m["first"]):
                    spans.append(m.span("first"))
        if _role_first_name_hint(text):
            for m in _ROLE_FIRST_NAME_RE.finditer(text):
                first, role = m["first"], m["role"]
                if role[:1].isupper() and not _before_is_sentence_start(text, m.start("role")):
                    continue  # a capitalised word inside a sentence is a name itself ("i Bror X hus")
                after = _NEXT_WORD_RE.match(text, m.end("first"))
                if _person_word(role.casefold()) and (self._plain_first_name(first) or self._unknown_first_name(first)) \
                        and not self._is_place(first) and not (after is not None and _institution_word(after[1])):
                    spans.append(m.span("first"))
        greeted = _GREETING_HINT_RE.search(text) is not None  # (asked once: the layout's pass below asks it too)
        if greeted:
            for m in _GREETING_FIRST_NAME_RE.finditer(text):
                if self._plain_first_name(m["first"]) or self._pet_name(m["first"]):
                    spans.append(m.span("first"))
        if "/" in text:
            spans += [m.span("initials") for m in _DATED_SIGNATURE_RE.finditer(text)]
        if "-" in text and _HYPHEN_INITIALS_HINT_RE.search(text):
            for m in _HYPHEN_INITIALS_NAME_RE.finditer(text):
                last = m["last"]
                if (self._known_surname(last, None) or self._unknown_word(last)) and not self._is_place(last) \
                        and not _institution_word(last) and self.lex.zipf(last) < self.EVERYDAY_ZIPF:
                    spans.append(m.span())
        if "-familjen" in text:
            for m in _FAMILY_SUFFIX_RE.finditer(text):
                word = m["surname"]
                if (self._known_surname(word, None) or self._unknown_word(word)
                        and not _SWEDISH_ONLY_LETTERS.intersection(word.casefold())) and not self._is_place(word) \
                        and not self.lex.is_common(word) and not _institution_word(word):
                    spans.append(m.span("surname"))
        if "@" in text:
            spans += self._handle_spans(text)
        if "blogg" in text or "Blogg" in text:
            spans += self._blog_host_spans(text)
        if _INITIAL_NO_DOT_HINT_RE.search(text):
            for m in _FIRST_INITIAL_NO_DOT_RE.finditer(text):
                if m["initial"] not in _ROMAN_NUMERALS and self._plain_first_name(m["first"]) \
                        and not _organisation_after(text, m.end()):
                    spans.append(m.span())
        spans += self._login_spans(text)
        spans += _layout_person_spans(self, text, greeted)
        spans += _line_pattern_person_spans(self, text)
        spans += _cued_surname_first_or_lowercase_names(self, text)
        spans += _cued_names_read_as_other_words(self, text)
        spans += _particle_and_own_address_names(self, text)
        spans += _titled_names_and_byline_initials(self, text)
        spans += _names_by_own_form(self, text)
        if ". (" in text:
            spans += _surname_initial_list_items(self, text)
        if "\t" in text and ", " in text:
            spans += _surname_first_phone_rows(self, text)
        if ", " in text:  # a name between commas after a role, a name opening its line before a comma and a role
            spans += _apposition_spans(self, text)
            spans += _line_start_role_spans(self, text)
        return spans

    def _lower_initials_spans(self, text: str) -> list[tuple[int, int]]:
        """Initials in lower case joined by slashes ("jb/ml"): where a bracket right after them names people whose
        initials they are ("jb/ml (Johanna Bergkvist och Maja Lindholm)"), or after a role's word when none of
        them is a frequent word ("kuratorerna ak/pl"; not "och/men")."""
        spans = []
        for m in _SLASHED_LOWER_INITIALS_RE.finditer(text):
            parts = m["initials"].split("/")
            names = m["names"]
            if names:
                pairs = {(a[0] + b[0]).casefold() for a, b in _BRACKET_NAME_PAIR_RE.findall(names)}
                if all(p in pairs for p in parts):
                    spans.append(m.span("initials"))
                    continue
            cue = _word_span_before(text, m.start())[1].casefold()
            if _person_word(cue) and all(self.lex.zipf(p) < 4.0 for p in parts):
                spans.append(m.span("initials"))
        return spans

    def _nickname_name_start(self, text: str, m) -> int | None:
        """Where the name of a match of :data:`_NICKNAME_RE` starts ('Gustav "Gurra" Persson', 'Erik Johansson
        ”Jonte” Fahlén'), or None: a first name (one that is also a word counts, the quotes say a person: 'Per
        "Pelle" Ek'), a nickname and a surname, a first surname between; of "Ring Sven ”Svenne” Berg" the name
        starts at the second word."""
        # a nickname that is a place's or an everyday word is one when it shortens the first name ('Alexandra
        # ”Ale” Nilsson': "Ale" is a municipality)
        nick = m["nick"].casefold()
        short = len(nick) >= 2 and any(w and w.casefold().startswith(nick) and w.casefold() != nick
                                       for w in (m["first"], m.groupdict().get("mid")))
        if not ((self._plain_nickname(m["nick"]) or short) and self._nickname_surname(m["last"], text, m.end("last"))):
            return None
        first_name = lambda word: self._plain_first_name(word) or word.casefold() in self.lex.first_sv  # noqa: E731
        mid = m.groupdict().get("mid")
        # a pet name before the first name it stands for: "Kicki (Kristina) Lund-Abara"
        if (first_name(m["first"]) or self._pet_name(m["first"]) and first_name(m["nick"])) \
                and (mid is None or self._nickname_surname(mid, text, m.end("mid"))):
            return m.start()
        if mid is not None and first_name(mid):
            return m.start("mid")
        return None

    def _login_spans(self, text: str) -> list[tuple[int, int]]:
        """A user name that is a person's: after "av" or a role's label ("Publicerat … av anna_berg_nka",
        "Webbredaktör: a.berg"), a first name we know and a dot or an underscore ("anna.berg-lind"), a first name
        run together with a surname ("annaberg_x"), a first name with one or two capitals after it ("AnnaB")."""
        spans = []
        lines = _login_lines(text) if "_" in text or "." in text else ()
        for a, b in lines:
            for m in _LOGIN_AFTER_RE.finditer(text, a, b):
                parts = plain_re.split(r"[._]", m["login"])
                if len(parts[-1]) >= 3 and parts[-1].casefold() not in _SPELLED_TLDS and not self.lex.is_common(m["login"]):
                    spans.append(m.span("login"))
        for a, b in lines:
            for m in _DOTTED_LOGIN_RE.finditer(text, a, b):
                head = plain_re.split(r"[._]", m["login"])[0]
                if self._plain_first_name(head.capitalize()) or self._first_name_run_together(head):
                    spans.append(m.span("login"))
        if " av" in text and any(hint in text for hint in _BYLINE_LOGIN_HINTS):
            for m in _BYLINE_LOGIN_RE.finditer(text):
                login = m["login"]
                if _BYLINE_WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) is None:
                    continue
                if not self.lex.is_common(login) and not self._is_place(login.capitalize()) \
                        and not _institution_word(login):
                    spans.append(m.span("login"))
        # (only on the lines holding the hint: a line's match is then found alike in the page and in a part made
        # of whole lines, also one the hint misses, "Annaİ", where another line holds it)
        for m in _matches_on_hinted_lines(_CAPITALS_LOGIN_HINT_RE, _CAPITALS_LOGIN_RE, text):
            if self._plain_first_name(m["first"]):
                spans.append(m.span())
        return spans

    def _first_name_run_together(self, word: str) -> bool:
        """A first name we know and a surname we know written as one lower-case word: "annasvensson"."""
        for cut in range(3, len(word) - 3):
            head, tail = word[:cut], word[cut:]
            if head in self.lex.first_sv and tail in self.lex.surnames and not self.lex.is_common(tail):
                return True
        return False

    def _person_word_names(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of a first name (known, or a word we do not know) and a surname after a role, a
        family word or "av" ("Socionom Chidi Okonkwo-Lindahl", "leds av Mohammed Al-Khatib", "Pappan Yonas
        Gebremedhin"), or after "heter"/"är" that follow a role ("Vår konsulent heter …"); the surname is known, or
        a compound of known surnames, rare words and name particles ("Al-Khatib"); a first name we do not know is
        written without å, ä and ö. A surname we do not know either is taken where the position says more: after
        a role or family word, or after "av" with "från", a bracket or a role after the name ("hålls av X Y från
        …"). A third and fourth capitalised word that are surnames or rare words and end the name go with it
        ("Yuki Tanaka Berg").

        On a text of Latin-1 letters, :data:`_FAST_PERSON_WORD_NAME_RE` (the standard library's engine) finds
        the pairs with the blank before them, and the letter before that blank (or two) is checked here: the
        same matches, found faster (tests/test_fast_paths.py compares)."""
        if _beyond_latin1(text):
            return self._person_word_names_everywhere(text)
        found = []
        position = 0
        while True:
            m = _FAST_PERSON_WORD_NAME_RE.search(text, position - 1 if position else 0)  # a blank at position - 1
            if m is None:
                return found
            start = m.start("first")
            before = start - 2  # a letter, then one blank before the name or two
            if before >= 0 and text[before] in " \t":
                before -= 1
            if before < 0 or text[before] not in _LATIN1_LETTER_SET:
                position = start + 1  # no match of the full pattern here, nor inside the first word
                continue
            position = m.start("last")
            name = self._person_word_name(text, m, latin1=True)
            if name is not None:
                found.append(name)
                position = name[1]

    def _person_word_names_everywhere(self, text: str) -> list[tuple[int, int, str]]:
        """:meth:`_person_word_names` with the full pattern (any text)."""
        found = []
        position = 0
        while True:
            m = _PERSON_WORD_NAME_RE.search(text, position)
            if m is None:
                return found
            position = m.start("last")  # "hos Kurator Chidi Okonkwo": the next try starts at the second word
            name = self._person_word_name(text, m)
            if name is not None:
                found.append(name)
                position = name[1]

    def _unknown_first_name(self, word: str) -> bool:
        """A word we do not know as a first name from abroad: written without å, ä, ö (with them it is a Swedish
        compound or place: "Frösö Strand"), and no everyday word; of a hyphenated one each part a first name we
        know, a word we do not know or a rare word, one of them no word at all ("Elle-Márjá")."""
        if _SWEDISH_ONLY_LETTERS.intersection(word.casefold()):
            return False
        if self._unknown_word(word):
            return True
        parts = word.split("-")
        return len(parts) > 1 and not self._is_place(word) and not _institution_word(word) \
            and all(p[:1].isupper() and p[1:].islower() and (self.lex.zipf(p) < 4.0 or self._plain_first_name(p)) for p in parts) \
            and any(not self.lex.is_common(p) for p in parts)

    def _family_first_names(self, text: str, roots: tuple | None = None) -> list[tuple[int, int]]:
        """(start, end) of a word we do not know after a family word, standing alone ("Dottern Selam (…)"): a
        child's or relative's first name; after "familjen" a surname ("familjen Anttila"). Never a place, an
        organisation's word or a word of the word list. The family words are looked for in the text in lower
        case (a copy as long as the text, but for "İ": then not at all)."""
        spans: list[tuple[int, int]] = []
        low = _lower(text)
        if len(low) != len(text):
            return spans
        for root in roots or _FAMILY_ROOTS:  # (``roots``: only some of them)
            i = low.find(root)
            while i >= 0:
                end = i + len(root)
                i = low.find(root, end)
                while end < len(low) and low[end].isalpha():  # the rest of the word: "mamman", "dottern"
                    end += 1
                if low.startswith(", ", end):
                    end += 2
                elif low.startswith(" ", end):
                    end += 1
                else:
                    continue
                if low[end - 2] == ",":
                    m = _FAMILY_APPOSITION_RE.match(text, end)
                    family = _word_span_before(text, end - 2)[1].casefold()
                    if m is not None and _family_word(family) \
                            and (self._plain_first_name(m["first"]) or self._unknown_first_name(m["first"])) \
                            and ((self._known_surname(m["last"], None) and not self._is_place(m["last"]))
                                 or self._unknown_word(m["last"])):
                        spans.append(m.span())
                    elif m is None and _family_word(family):
                        # one word between commas: "Hans mamma, Mebrat, har …" (a first name, no word of the list)
                        m = _FAMILY_FIRST_RE.match(text, end)
                        if m is not None and text.startswith(",", m.end("first")) and not self._is_place(m["first"]) \
                                and not _institution_word(m["first"]) and not self.lex.is_common(m["first"]) \
                                and (self._plain_first_name(m["first"]) or self._unknown_word(m["first"])):
                            spans.append(m.span("first"))
                    continue
                m = _FAMILY_FIRST_RE.match(text, end)
                if m is None:
                    continue
                word = m.group("first")
                family = _word_span_before(text, end - 1)[1].casefold()  # the whole word: "familjehemsmamma"
                if root == "fam.":  # "fam. Holm": the abbreviation, a word of its own
                    if _word_span_before(text, end - 2)[1].casefold() != "fam":
                        continue
                    family = "familjen"
                if _CAPITAL_NEXT_RE.match(text, m.end("first")):
                    continue
                if word.endswith("s") and _LOWER_NEXT_RE.match(text, m.end("first")):
                    continue  # a genitive before a word names a thing: "familjen Beardslees samtal", "Bror Hjorths hus"
                begin = _word_span_before(text, end - 1)[0]
                if family != "familjen" and text[begin].isupper() and not _before_is_sentence_start(text, begin):
                    continue  # a capitalised family word inside a sentence is a first name: "… och Bror Hjorth"
                if family == "familjen":  # "familjen Anttila": a surname
                    if (self._known_surname(word, None) or self._unknown_word(word)) and not self._is_place(word) \
                            and not _institution_word(word) and (not self.lex.is_common(word)
                                                                  or self._known_surname(word, None)
                                                                  and self.lex.zipf(word.lower()) < self.EVERYDAY_ZIPF):
                        spans.append(m.span("first"))
                elif _family_word(family) and (
                        self._unknown_word(word) and not _SWEDISH_ONLY_LETTERS.intersection(word.casefold())
                        and not self.lex.zipf(word)
                        or self._plain_first_name(word) and text.startswith((",", " (", " och", " som", " går", " är"), m.end("first"))):
                    spans.append(m.span("first"))  # "Dottern Selam", "Sonen Elias, 9 år,"
        return sorted(set(spans))

    def _surname_first_names(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, surname, first name) of a name written surname first before a role in brackets or after a
        dash: "Wójcik, Małgorzata (anhörigkonsulent)", "Abdullahi Farah, Hodan – kurator". The first name is one
        we know or a word we do not know; the surname a known one or a rare word; no word a place or an
        organisation's word."""
        found = []
        if _SURNAME_FIRST_HINT_RE.search(text) is None:
            return found
        pattern = _SURNAME_FIRST_RE if _LATIN1_ONLY.search(text) else _FAST_SURNAME_FIRST_RE
        for m in pattern.finditer(text):
            first, last = m.group("first"), m.group("last")
            parts = last.split(" ")
            if not _person_word(m.group("role").casefold()):
                # no role in the bracket (a unit, a place: "Jonsson Wikner, Per (primärvården)"): a first name the
                # data knows, no place, before the bracket; a surname we know among the surname's parts, unless the
                # first name is no everyday word either ("Ödmark, Kajsa (barn- och …)")
                key = first.casefold()
                if text[m.end("first"):m.start("role")].strip(" \t") != "(" or self._is_place(first) \
                        or not (key in self.lex.first_sv or key in self.lex.first_other) \
                        or not (self._plain_first_name(first)
                                or any(self._known_surname(q, None) for p in parts for q in p.split("-"))):
                    continue
            elif not (self._plain_first_name(first) or self._unknown_word(first)):
                continue
            if not all((self._known_surname(p, None) and not self._is_place(p)) or self._unknown_word(p) for p in parts) \
                    or any(self._plain_first_name(p) and not self._known_surname(p, None) for p in parts):
                continue
            found.append((m.start("last"), m.end("first"), last, first))
        return found

    def _lower_case_names(self, text: str) -> list[tuple[int, int]]:
        """A name written all in lower case where the sentence places a person: after a role ("kurator anna
        lind") or beside "jag" ("anna lind och jag", "jag, anna lind,"). The first word a first name we know or a
        word with a letter Swedish does not use ("áile"); the second no common word, no place, no organisation's
        word (each part of a hyphenated one)."""
        spans = []
        matches = []  # the lower-case word pairs right after a cue: a role, "jag, ", or before " och jag"
        for hint in _hints_in(_LOWER_ROLE_STEMS, text):
            i = text.find(hint)
            while i >= 0:
                end = i + len(hint)
                m = _LOWER_NAME_RE.match(text, end)
                if m is not None and (_person_word(_word_span_before(text, end)[1].casefold()) if hint != "jag, "
                                      else i == 0 or not text[i - 1].isalpha()):
                    matches.append(m)
                i = text.find(hint, end)
        i = text.find(" och jag")
        while i >= 0:
            m = _LOWER_PAIR_BEFORE_RE.search(text, max(0, i - 80), i)
            if m is not None and _ME_AFTER_RE.match(text, i):
                matches.append(m)
            i = text.find(" och jag", i + 8)
        for m in matches:
            first, last = m["first"], m["last"]
            firsts = first.split("-")
            known = first in self.lex.first_sv or all(p in self.lex.first_sv or p in self.lex.first_other for p in firsts)
            foreign = not _SWEDISH_WORD_CHARS.issuperset(first + last)  # "áile", "hadžić"
            if any(self.lex.zipf(p) >= self.EVERYDAY_ZIPF for p in firsts) or not (known or foreign):
                continue
            *particles, last = last.split()
            if any(p not in _PARTICLES for p in particles):
                continue
            if any(p not in _SURNAME_PREFIXES and (self.lex.is_common(p) or self._is_place(p) or _institution_word(p))
                   for p in last.split("-")) or last.split("-")[-1] in _SURNAME_PREFIXES:
                continue
            spans.append(m.span())
        if "av " in text:
            for m in _LOWER_AV_NAME_RE.finditer(text):  # "skrevs av a-k lindgren på BUP"
                first, last = m["first"], m["last"]
                if (len(first) == 3 or first in self.lex.first_sv) and self.lex.zipf(first) < self.EVERYDAY_ZIPF \
                        and last in self.lex.surnames and self.lex.zipf(last) < 4.5 and not self._is_place(last):
                    spans.append(m.span("name"))
                elif m["particle"] and (first in self.lex.first_sv or first in self.lex.first_other) \
                        and self.lex.zipf(first) < self.EVERYDAY_ZIPF and self.lex.zipf(last) < self.WORDLIKE_ZIPF \
                        and not self._is_place(last) and not _institution_word(last):
                    spans.append(m.span("name"))  # a surname with its particle: "av mariam el-sayed"
        if "/" in text:
            for m in _LOWER_SLASH_NAME_RE.finditer(text):  # "… barn. /mona k, anhörigkonsulent"
                first, last, role = m["first"], m["last"], m["role"]
                if first in self.lex.first_sv and self.lex.zipf(first) < self.EVERYDAY_ZIPF \
                        and (last is None or len(last) == 1 or not self.lex.is_common(last)) \
                        and (role is None or _person_word(role.casefold())):
                    spans.append(m.span("name"))
        return spans

    def _handle_spans(self, text: str) -> list[tuple[int, int]]:
        """A social-media handle that is a person's: after "av" or a role ("modereras av @kim_b"), or one that
        starts with a first name we know ("@anna_svensson84"); of one in parts ("@x_y", "@x.y"), also one whose
        first part is a first name's genitive ("@sofias_sorgresa") or a first name run together with a name or
        a word we do not know ("@ingamaret.labba")."""
        spans = []
        i = text.find("@")
        while i >= 0:
            m = _HANDLE_RE.match(text, i)
            i = text.find("@", i + 1)
            if m is None or m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_@."):
                continue
            handle = m.group("handle")[1:]
            head = plain_re.split(r"[._\d]", handle)[0]
            word = _word_span_before(text, m.start("handle"))[1].casefold()
            if word == "av" or _person_word(word) or len(head) >= 3 and self._plain_first_name(head.capitalize()) \
                    or head != handle and handle[len(head)] in "._" and (self._first_name_handle_head(head.casefold())
                                                                           or _written_as_name(text, head)) \
                    or self._place_first_name_handle(text, handle):
                spans.append(m.span("handle"))
        return spans

    def _blog_host_spans(self, text: str) -> list[tuple[int, int]]:
        """A blog's host name that holds a person's name, right after the word for a blog ("hennes blogg
        barnsomanhoriga.ritvakb.se"): a label that is a first name we know, alone or with up to three letters
        (initials) or a surname after it, or a first name's genitive ("lenasblogg" is no such label)."""
        spans = []
        for m in _BLOG_HOST_RE.finditer(text):
            labels = m["host"].casefold().split(".")[:-1]
            if any(self._name_label(label) for label in labels):
                spans.append(m.span("host"))
        return spans

    def _name_label(self, label: str) -> bool:
        """A host name's label that is a person's name: a first name we know of four letters or more, alone or
        with up to three letters (initials), a first name or a surname run together after it."""
        lex = self.lex
        for cut in range(4, len(label) + 1):
            first, rest = label[:cut], label[cut:]
            if (first in lex.first_sv or first in lex.first_other and not lex.is_common(first)) \
                    and lex.zipf(first) < self.EVERYDAY_ZIPF and (
                    len(rest) <= 3 and rest.isalpha() or rest in lex.first_sv or rest in lex.surnames):
                return True
        return False

    def _place_first_name_handle(self, text: str, handle: str) -> bool:
        """A handle in parts holding a first name we know (no everyday word) after its first part, that part a
        place's name ("@mora_lena_stod") or the text writing the first name capitalised beside the handle's
        words ("Hälsar Lena … @stod_lena_mora")."""
        parts = [q for q in plain_re.split(r"[._\d]+", handle) if q]
        if len(parts) < 2:
            return False
        for part in parts[1:]:
            name = part.capitalize()
            if len(part) >= 3 and part.isalpha() and self._plain_first_name(name) \
                    and (self._is_place(parts[0].capitalize()) or plain_re.search(rf"(?<!\w){name}(?!\w)", text)):
                return True
        return False

    def _first_name_handle_head(self, head: str) -> bool:
        """The first part of a handle in parts that names a person: a first name's genitive ("sofias"), a first
        name of four letters or more run together with a first name, a surname or a word we do not know
        ("ingamaret")."""
        lex = self.lex
        if len(head) >= 4 and head.endswith("s") and self._plain_first_name(head[:-1].capitalize()):
            return True
        for cut in range(4, len(head) - 2):
            first, rest = head[:cut], head[cut:]
            if (first in lex.first_sv or first in lex.first_other) and (
                    rest in lex.first_sv or rest in lex.first_other or rest in lex.surnames or not lex.is_common(rest)):
                return True
        return False

    def _person_word_name(self, text: str, m, latin1: bool = False) -> tuple[int, int, str] | None:
        """(start, end, name) where the match ``m`` (a first name and a surname) is a person's name after a role, a
        family word or "av" (see :meth:`_person_word_names`), else None (``latin1``: ``text`` holds Latin-1
        letters only, see :func:`_word_span_before`)."""
        begin, word = _word_span_before(text, m.start("first"), latin1)
        word = word.casefold()
        role = _person_word(word)
        if not role and word in _NAMING_VERBS:  # "Vår konsulent heter …"
            role = _person_word(_word_span_before(text, begin, latin1)[1].casefold())
        # a verb that addresses someone: "Kontakta X Y", "Ring X Y", "Skicka till X Y", "Vänd dig till X Y"
        addressed = not role and (word in _ADDRESSING_VERBS or word == "till" and _addressing_till(text, begin))
        if word != "av" and not role and not addressed and not (
                word == "med" and self._unknown_word(m.group("first")) and self._unknown_word(m.group("last"))
                and _PERSON_AFTER_RE.match(text, m.end("last"))):  # round 26: "tillsammans med X Y från …"
            return None
        first = m.group("first")
        last = m.group("last")
        role_pair = role and _name_pair_after_role(self, text, first, last, m.end("last"))
        # a word we do not know is a first name from abroad only without the Swedish letters å, ä, ö: with
        # them it is a Swedish compound or place ("Frösö Strand", "Öckerö Hamn"); after a role, a first name
        # that is also a word ("Zlatan") before a surname with letters Swedish does not use ("Hadžiabdić")
        if not (role_pair or self._plain_first_name(first) or self._unknown_first_name(first)
                or role and not _SWEDISH_WORD_CHARS.issuperset(last) and self.lex.zipf(first) < self.EVERYDAY_ZIPF - 0.5
                and not _SWEDISH_ONLY_LETTERS.intersection(first.casefold()) and not self._is_place(first)
                and not _institution_word(first) and self._unknown_word(last)):
            return None
        if tuple(w.casefold() for w in (first, last)) in self.lex.place_phrases:
            return None
        if not role_pair and not self._plain_surname(last, text, m.end("last"), foreign=True):
            # a surname we do not know: a role before the name says it, or after "av" what follows it
            if not (self._unknown_word(last) and self._plain_surname(last, text, m.end("last"))):
                return None
            if not role and (_SWEDISH_ONLY_LETTERS.intersection(last.casefold())
                             or not (addressed or _PERSON_AFTER_RE.match(text, m.end("last"))
                                     or _passive_agent(self, text, begin, first, m.end("last")))):
                return None
        end, name = m.end("last"), f"{first} {last}"
        more = []  # up to two more words of the name: "Yuki Tanaka Berg", "Juan Pablo Ortega Ruiz"
        while len(more) < 2:
            word_m = _NEXT_NAME_WORD_RE.match(text, more[-1].end() if more else end)
            if word_m is None or not (self._known_surname(word_m[1], None) or self._unknown_word(word_m[1])) \
                    or _institution_word(word_m[1]):
                break
            more.append(word_m)
        if more and not _CAPITAL_NEXT_RE.match(text, more[-1].end()):
            end, name = more[-1].end(), " ".join([name] + [w[1] for w in more])
        return m.start("first"), end, name

    def _beside_name_spans(self, text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Names beside a name already found, on its line: one coordinated with it ("leds av Anna Ek och Ola
        Berg", "av Kim och [name]"), a first name after a surname in a table's row ("Ek Anna<TAB>kurator"), a
        known surname before it ("(Tran [name])"). A coordinated name needs a first name we know, or words we do
        not know after "av", "med" or a role; no organisation's word, place or genitive before one may follow it
        ("Kjell och Märta Beijers Stiftelse")."""
        out = []
        for start, end, label in spans:
            if label != NAME:
                continue
            m = _AND_NAME_AFTER_RE.match(text, end)
            full = " " in text[start:end].strip()
            if m is not None and self._coordinated_name(text, m.start("name"), m["name"], m.end("name"), cue_at=start,
                                                        beside_full=full):
                out.append((m.start("name"), m.end("name"), NAME))
            m = _AND_NAME_BEFORE_RE.search(text, max(0, start - 60), start)
            if m is not None:  # the longest run of capitalised words before "och" that is a name
                for k in range(m["name"].count(" "), -1, -1):
                    name = " ".join(m["name"].split(" ")[k:])
                    if self._coordinated_name(text, m.end("name") - len(name), name, start, before=True, beside_full=full):
                        out.append((m.end("name") - len(name), m.end("name"), NAME))
                        break
            m = _SECOND_SURNAME_AFTER_RE.match(text, end)
            if m is not None and " " in text[start:end] and m["last"].casefold() in self.lex.surnames \
                    and self.lex.zipf(m["last"]) < 4.0 and not self._is_place(m["last"]) \
                    and not _institution_word(m["last"]) and not _institution_word(m["next"] or ""):
                out.append((m.start("last"), m.end("last"), NAME))  # a second surname: "[Maja Ek] Lind"
            m = _FIRST_AFTER_SURNAME_RE.match(text, end)
            if m is not None and self._plain_first_name(m["first"]):
                out.append((m.start("first"), m.end("first"), NAME))  # surname first: "[Ek], Vendela (kurator)"
            m = _ROW_FIRST_NAME_AFTER_RE.match(text, end)
            if m is not None and self._plain_first_name(m["first"]):
                out.append((m.start("first"), m.end("first"), NAME))
            m = _LIST_FIRST_BEFORE_RE.search(text, max(0, start - 40), start)
            if m is not None and self._unknown_first_name(m["first"]) and not self._is_place(m["first"]) \
                    and not _person_word(m["first"].casefold()):
                out.append((m.start("first"), m.end("first"), NAME))  # "Närvarande: X [Abdi Warsame] (…)"
            if text[start - 2:start] == " (" or text[start - 1:start] == "(":
                m = _SLASH_NICKNAME_BEFORE_RE.search(text, max(0, start - 40), start)
                if m is not None and not self._is_place(m["nick"]) and not _institution_word(m["nick"]):
                    out.append((m.start("nick"), m.end("nick"), NAME))  # "//Kicki (Kristina Ek)"
            if text[start - 2:start] == ", ":
                m = _CELL_SURNAME_BEFORE_RE.search(text, max(0, start - 40), start)
                cell_end = _CELL_END_RE.match(text, end) if m is not None else None
                # a line's first cell needs a separator after it (a greeting: "Hälsningar, [name]")
                if cell_end is not None and (m["sep"] or cell_end[0].strip(" ")) and not self._is_place(m["last"]) \
                        and not _institution_word(m["last"]) and not _person_word(m["last"].casefold()):
                    out.append((m.start("last"), m.end("last"), NAME))  # "…;Ek, [Vendela];…"
            out += self._surname_before_comma(text, start, end)
            if text[start - 1:start] == " " and text[start - 2:start - 1].isalpha():
                m = _PARTICLES_BEFORE_RE.search(text, max(0, start - 40), start)
                if m is not None and (len(m["head"]) == 2 or self._plain_first_name(m["head"])
                                      or self._unknown_first_name(m["head"])):
                    out.append((m.start(), start, NAME))  # "P. van der [Linden]", "Pieter van der [Linden]"
            m = _SIBLING_SURNAME_FIRST_RE.match(text, end)
            if m is not None and all(self._list_surname(w) for w in m["last"].split(" ")) \
                    and (self._plain_first_name(m["first"]) or self._unknown_first_name(m["first"])):
                out.append((m.start("last"), m.end("first"), NAME))  # "[Persson Bäck, Ulla]; Rexhepi, Arben."
            m = _SURNAME_BEFORE_RE.search(text, max(0, start - 40), start)
            if m is not None and m["last"].casefold() in self.lex.surnames and self.lex.zipf(m["last"]) < 3.5 \
                    and not self._is_place(m["last"]) and not _institution_word(m["last"]) \
                    and not self.lex.is_common(m["last"]):
                out.append((m.start("last"), m.end("last"), NAME))
        for start, end, _ in list(out):  # first names found here after a surname and a comma ("Ek, [Vendela] (…)")
            out += self._surname_before_comma(text, start, end)
        return out

    def _surname_before_comma(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """A first name (from ``start`` to ``end``) after "Word, " ending a list's item: the words before the
        comma are its surname ("Sundqvist, [Annelie] (psykiatrin)", "Persson Bäck, [Ulla];", "van der Linden,
        [Pieter]"), each a surname we know (no place, no everyday word) or a word we do not know."""
        if text[start - 2:start] != ", " or not _FIRST_NAMES_RE.fullmatch(text, start, end):
            return []
        m = _SURNAME_COMMA_BEFORE_RE.search(text, max(0, start - 60), start)
        if m is None:
            return []
        # an item's end after the first name, or the second item of two written so, coordinated: "där Ek, Zofia och
        # Lind, Per-Erik sitter med"
        if not _LIST_ITEM_END_RE.match(text, end) \
                and _SURNAME_FIRST_PAIR_BEFORE_RE.search(text, max(0, m.start("last") - 60), m.start("last")) is None:
            return []
        words = m["last"].split(" ")
        for k in range(len(words)):
            if words[k].casefold() in _PARTICLES:
                continue
            if all(self._list_surname(w) or w[:1].islower() and self._particle_joined_surname(w) for w in words[k:]) \
                    or k > 0 and words[k - 1] in _PARTICLES and all(self._particle_surname(w) for w in words[k:]):
                begin = m.end("last") - len(" ".join(words[k:]))
                while k > 0 and words[k - 1].casefold() in _PARTICLES:  # "van der" before the surname
                    k -= 1
                    begin -= len(words[k]) + 1
                return [(begin, m.end("last"), NAME)]
        return []

    def _particle_joined_surname(self, word: str) -> bool:
        """A surname joined by a hyphen to a lower-case Arabic particle ("al-Hashimi", "el-Amin"): the particle makes
        it a surname whatever the word after it, if that is no place or organisation's word."""
        particle, _, rest = word.partition("-")
        return bool(rest) and _ARABIC_PARTICLE_PREFIX_RE.fullmatch(particle + "-") is not None \
            and not self._is_place(rest) and not _institution_word(rest)

    def _particle_surname(self, word: str) -> bool:
        """A surname after particles ("van der Berg", "de Lund"): after them a place's name or an everyday word is
        a surname as well, if it is one we know; no role, no organisation's word (round 24)."""
        return self._known_surname(word, None) and word[:1].isupper() and not _person_word(word.casefold()) \
            and not _institution_word(word)

    def _list_surname(self, word: str) -> bool:
        """A word of a surname written before its first name in a list: each part a surname we know that is no
        place and no everyday word, or a word we do not know; no role, no organisation's word."""
        parts = word.split("-")
        rare = [self._unknown_word(p) for p in parts]
        # a known surname that is also a place's name counts beside a rare word ("Berg-Sandin")
        return all(r or self._known_surname(p, None) and self.lex.zipf(p) < self.EVERYDAY_ZIPF
                   and (not self._is_place(p) or any(rare[:k] + rare[k + 1:]))
                   for k, (p, r) in enumerate(zip(parts, rare))) \
            and not _person_word(word.casefold()) \
            and (not _institution_word(word) or self._known_surname(word, None))  # "Nygård"

    def _coordinated_name(self, text: str, start: int, name: str, end: int, before: bool = False,
                          cue_at: int | None = None, beside_full: bool = False) -> bool:
        """Whether ``name`` (from ``start`` to ``end``), coordinated with a name found, is a name too; ``cue_at``: where
        the name found starts, whose cue ("av", a role, a label's colon after a role: "Lärare: X och Y Z") places
        the name after "och" as well. Beside a full name found (``beside_full``), two words we do not know,
        without letters only Swedish uses, are a full name with no cue ("Hodan Warsame och [Dragana Petrović]")."""
        words = name.split(" ")
        if beside_full and len(words) == 2 and self._place_surname_name(text, start, words):
            return True  # a first name before a municipality's name, beside a full name: "Ingrid Falkenberg och [X Y]"
        if any(_institution_word(w) or self._is_place(w) or w.casefold() in _PARTICLES for w in words):
            return False
        rest = text[end:end + 40] if not before else ""
        if _ORG_AFTER_RE.match(rest) or _COUPLE_ORG_RE.match(rest):
            return False  # "Kjell och Märta Beijers Stiftelse", "Ola Berg Minnesfond"
        if self._plain_first_name(words[0]):
            return all(self._plain_first_name(w) or self.lex.zipf(w) < 4.0 for w in words[1:])
        cue = _word_span_before(text, start)[1].casefold()
        if cue_at is not None and not (cue == "av" or _person_word(cue)):
            colon = cue_at - 2 if text[cue_at - 2:cue_at] == ": " else cue_at
            cue = _word_span_before(text, colon)[1].casefold()
        if beside_full and len(words) == 2 and all(self._unknown_word(w) for w in words) \
                and not _SWEDISH_ONLY_LETTERS.intersection(name.casefold()):
            return True
        if len(words) == 1:  # a single word we do not know, a name from abroad: "leds av Kofi och …"
            return (cue == "av" or _person_word(cue)) and self._unknown_word(words[0]) \
                and not _SWEDISH_ONLY_LETTERS.intersection(words[0].casefold())
        # a family name first ("av Tran Minh Anh och …"): known surnames and words we do not know
        return (cue in ("av", "med") or _person_word(cue)) \
            and all(self._unknown_word(w) or w.casefold() in self.lex.surnames and not self._is_place(w) for w in words) \
            and any(self._unknown_word(w) for w in words)

    def _place_surname_name(self, text: str, start: int, words: list[str]) -> bool:
        """Whether ``words`` at ``start`` are a Swedish first name and a municipality's name as a surname ("Ingrid
        Falkenberg"): no place's preposition before them ("i Maria Falkenberg"), no word after that reads the
        name as a place's ("… Falkenberg kommun")."""
        first, last = words
        if not (first.casefold() in self.lex.first_sv and self._plain_first_name(first)) or not self._is_place(last) \
                or last.casefold().endswith("s") and self._is_place(last[:-1]):
            return False
        if _word_span_before(text, start)[1].casefold() in _PLACE_PREPOSITIONS:
            return False
        after = _NEXT_WORD_RE.match(text, start + len(first) + 1 + len(last))
        return after is None or after.group(1).casefold() not in _PLACE_WORDS_AFTER

    def _plain_first_name(self, word: str) -> bool:
        """A first name the name data knows (every part), no place, no organisation's word, no everyday word."""
        return (word.casefold() in self.lex.first_sv
                or all(p.casefold() in self.lex.first_sv or p.casefold() in self.lex.first_other for p in word.split("-"))) \
            and not self._is_place(word) and not _institution_word(word) and self.lex.zipf(word) < self.EVERYDAY_ZIPF

    def _unknown_word(self, word: str) -> bool:
        """A capitalised word that is no common word, place or organisation's word (a name we do not know).
        Depends on the word alone (the name data is fixed): each answer is remembered (at most START_WORDS)."""
        answers = self._unknown_words
        answer = answers.get(word)
        if answer is None:
            if len(answers) > self.START_WORDS:  # forget them all (a build of many pages)
                answers.clear()
            answer = answers[word] = len(word) >= 2 and all(
                p[:1].isupper() and p[1:].islower() and not self.lex.is_common(p) for p in word.split("-")) \
                and not self._is_place(word) and not _institution_word(word)
        return answer

    def _pet_name(self, word: str) -> bool:
        """A Swedish pet name the name data may lack, by its shape (a doubled consonant and a vowel: "Jocke",
        "Kicki", "Lollo"): no place, organisation's word or frequent word ("Mamma", "Kaffe")."""
        return _PET_NAME_RE.fullmatch(word) is not None and self.lex.zipf(word) < 4.5 and not self._is_place(word) \
            and not _institution_word(word)

    def _plain_nickname(self, word: str) -> bool:
        """A nickname: no place, no organisation's word, no everyday word ("Ludde" is a word of wordfreq)."""
        return not self._is_place(word) and not _institution_word(word) and self.lex.zipf(word) < self.EVERYDAY_ZIPF

    def _second_surname_end(self, text: str, end: int) -> int:
        """The end of a second surname right after a name ending at ``end`` ('Alexandra ”Ale” Nilsson Okeke'): a
        surname we know or a rare word, no place or organisation's word, nor one before an organisation's word;
        else ``end``."""
        m = _NEXT_NAME_WORD_RE.match(text, end)
        if m is None or text[end] != " ":
            return end
        word = m.group(1)
        if (self._known_surname(word, None) or self._unknown_word(word)) and not self.lex.zipf(word) >= 4.0 \
                and self._plain_surname(word, text, m.end()):
            return m.end()
        return end

    def _nickname_surname(self, word: str, text: str, end: int) -> bool:
        """The surname after a first name and a nickname in quotes: :meth:`_plain_surname`, or a surname we know
        that is also a place's name ("Berg", "Lund"): the quotes say a person."""
        if self._plain_surname(word, text, end):
            return True
        after = _NEXT_WORD_RE.match(text, end)
        if self.lex.zipf(word) < self.EVERYDAY_ZIPF and not self._is_place(word) and not _institution_word(word) \
                and not (after is not None and _institution_word(after.group(1))):
            return True  # a word the word list holds ("Granqvist", "Fält"), no very frequent one: the quotes say a person
        return self._is_place(word) and self._known_surname(word, None) and not _institution_word(word) \
            and not (after is not None and _institution_word(after.group(1)))

    def _plain_surname(self, word: str, text: str, end: int, foreign: bool = False) -> bool:
        """A surname after a first name: known (or, after a nickname, rare), no place or organisation's word,
        nor followed by one ("Astrid Lindgrens barnsjukhus"). With ``foreign``, a compound whose parts are
        known surnames, rare words and name particles ("Al-Khatib", "Okonkwo-Lindahl"), one of them no rare word."""
        if self._is_place(word) or _institution_word(word):
            return False
        after = _NEXT_WORD_RE.match(text, end)
        if after is not None and _institution_word(after.group(1)):
            return False
        parts = word.split("-")
        if foreign:
            if len(parts) == 1:
                return self._known_surname(word, None)
            rare = [self._unknown_word(p) for p in parts]
            # a known surname that is also a place's name counts beside a rare word ("Adeyemi-Berg")
            known = [self._known_surname(p, None) and (not self._is_place(p) or any(rare[:k] + rare[k + 1:]))
                     for k, p in enumerate(parts)]
            particle = [p.casefold() in _SURNAME_PREFIXES for p in parts[:-1]] + [False]
            return all(k or q or r for k, q, r in zip(known, particle, rare)) and any(known + particle) \
                and any(rare + known[1:])
        return all(self._known_surname(p, None) or self._unknown_word(p) for p in parts)

    def redact(self, text: str, ctx: Context | None = None, remember: bool = True) -> str:
        """``text`` with e-mail addresses, phone and personal identity numbers and person names replaced
        (``remember``: see :meth:`_known_spans`)."""
        if not text:
            return text
        spans = self.spans(text, ctx, remember=remember)
        return _apply(text, spans)

    # --- a page's wave evidence from the page's own spans (parse/waves.py writes it) -------------------------
    # The evidence quotes the words before each year the page names ("text 'Rapporten från Anna Ek 2021': 2021 or
    # later", "future year 2019 ('…') is before the past year 2021: not used") within fixed English words, dates and
    # years. Where every quoted stretch stands verbatim in the page, no span of the page cuts its edges, and each of
    # its occurrences holds the same spans, the evidence takes the page's spans there (what the page's column shows
    # of those words); the rest must be the fixed words, digits and punctuation. Otherwise it is redacted alone.
    _EVIDENCE_QUOTE_RE = plain_re.compile(
        r"(?:text '|\(')(.*?)(?=': \d{4} or (?:later|earlier)(?:; |$)|'\) is before the past year \d{4}: not used(?:; |$))")
    _EVIDENCE_WORDS = frozenset(
        "text or later earlier future year is before the past not used page date questionnaire wording long short no "
        "period event described page's when it was touched what reports on and in line only says from recognised "
        "describes s".split())
    _EVIDENCE_WORD_RE = plain_re.compile(r"[^\W\d_]+")

    def redact_evidence(self, text: str, ctx: Context | None) -> str:
        """A page's wave evidence (never seen again), redacted as the page is where it quotes the page (see above)."""
        spans = self._evidence_spans(text, ctx) if text and ctx is not None and ctx.page is not None \
            and ctx.words is not None else None
        if spans is None:
            return self.redact(text, ctx, remember=False)
        return _apply(text, spans)

    def _evidence_spans(self, text: str, ctx: Context) -> list[tuple[int, int, str]] | None:
        page = ctx.page
        if ctx.page_found is None:
            self.spans(page, ctx)
        found = ctx.page_found
        starts = [a for a, _, _ in found]
        out: list[tuple[int, int, str]] = []
        last = 0
        for m in self._EVIDENCE_QUOTE_RE.finditer(text):
            c0, c1 = m.span(1)
            if not self._evidence_framing(text[last:c0]):
                return None
            last = c1
            quoted = m[1]
            if not quoted:
                continue
            mine = None
            at = page.find(quoted)
            if at < 0:
                return None
            while at >= 0:
                end = at + len(quoted)
                lo, hi = bisect.bisect_left(starts, at), bisect.bisect_left(starts, end)
                if lo and found[lo - 1][1] > at or hi > lo and found[hi - 1][1] > end:
                    return None  # a span of the page across an edge
                here = [(a - at, b - at, label) for a, b, label in found[lo:hi]]
                if mine is None:
                    mine = here
                elif here != mine:
                    return None
                at = page.find(quoted, at + 1)
            out += [(a + c0, b + c0, label) for a, b, label in mine]
        if not self._evidence_framing(text[last:]):
            return None
        return out

    @classmethod
    def _evidence_framing(cls, text: str) -> bool:
        """Whether ``text`` holds only the evidence's fixed words, digits, blanks and punctuation."""
        return all(w in cls._EVIDENCE_WORDS for w in cls._EVIDENCE_WORD_RE.findall(text))

    def redact_filename(self, name: str) -> str:
        """A file name (or relative path) without personal data: "kontakt_anna_bergstrom_070-1234567.txt"."""
        return redact_filename(name, self)


# --- the public entry points -----------------------------------------------------------------------------------------
_FILENAME_SEPARATORS = str.maketrans({"_": " ", "+": " ", "~": " ", ",": " "})


def redact_filename(name: str, redactor: Redactor | None = None) -> str:
    """A file name or relative path with personal data replaced, part by part; the suffix is kept.

    Separators of file names (``_``, ``+``) count as spaces, and a first name
    followed by any rare word counts as a name ("anna_neth.txt").
    """
    redactor = redactor or _default_redactor()
    parts = []
    for part in name.split("/"):
        stem, dot, suffix = part.rpartition(".")
        if not dot or not stem or len(suffix) > 5:
            stem, dot, suffix = part, "", ""
        spaced = stem.translate(_FILENAME_SEPARATORS)
        ctx = Context(lower_words=set())
        spans = redactor.spans(spaced, ctx, filename=True)
        parts.append(_apply(stem, spans) + dot + suffix)
    return "/".join(parts)


def redact_text(text: str, names=frozenset()) -> str:
    """Replace e-mail addresses, phone and personal identity numbers, and person names.

    For one text; a build uses one :class:`Redactor` for all its texts.
    """
    if not text:
        return text
    redactor = Redactor(names) if names else _default_redactor()
    return redactor.redact(text)


def redact_document(text: str, extra_names=frozenset()) -> tuple[str, set[str]]:
    """Redact one page; returns the text and the contact/byline names it held."""
    names = find_contact_names(text)
    redactor = Redactor(names | set(extra_names))
    return redactor.redact(text, redactor.context(text)), names  # with the page's context, as a build redacts it


# --- the words the redactor's page passes look for: a family's surname, a private person's address --------------------
_FAMILY_NAME_ROOTS = ("familjen", "fam.")  # before a family's surname

_ARABIC_PARTICLE_PREFIX_RE = plain_re.compile(_ARABIC_PARTICLE_PREFIX)
