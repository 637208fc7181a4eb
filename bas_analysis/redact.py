"""Redact: remove personal data from page text, file names and notes before anything is written.

In:  clean page text (from :mod:`bas_analysis.ingest`), file names, notes.
Out: the same text with e-mail addresses (plain and obfuscated: ``[at]``,
     ``(a)``, ``snabel-a``, ``＠``, ``&#64;``, spaces around ``@`` or ``.``),
     Swedish phone numbers (any dash, dot, slash or space between the digits,
     ``+46``/``0046``, area codes in brackets, a line wrapped after a dash:
     "070-" and "555 18 94" on the next line), a street address with a flat's number ("lgh 1203":
     a home, with its postcode and town), personal identity numbers
     (validated with the ``personnummer`` package) and person names replaced by
     placeholders.

Person names are found in these ways:

- contact blocks ("Kontaktuppgifter", "Kontakt", "För information") and
  bylines ("Senast uppdaterad … av X, ansvarig utgivare Y") give full names
  (first name plus surname) for the whole build (:func:`find_contact_names`);
- in any text, a first name followed by a surname: first names and surnames
  with their Swedish frequency (Isof, Skatteverket) and those of the largest
  groups born abroad come from Faker's locale data; a surname may also be a
  rare word (not among the common Swedish words of ``wordfreq``), may carry
  particles (von, af, de), initials ("Liselott M. Johansson") and a
  possessive ``s``; upper and lower case are read too. Once a full name is
  seen in a page, its surname alone is redacted in that page;
- a surname may be a capitalised everyday word ("Eva Sjö") after a Swedish
  first name when the page writes neither in lower case; initials with dots
  before a surname ("K. Holm", "A. B. Sjö");
- a known first name alone in title case ("Enligt Kalle på …", "hälsar
  Kalle.") when no capitalised word stands right before or after it (but an
  everyday word starting the sentence: "Enligt"), no number follows (a
  date), the page never writes it in lower case ("per", "hans") and it does
  not start a sentence as a very frequent word ("Inga planer");
- where the text's own words place a person (:meth:`Redactor._person_position_spans`, a pass that reads only
  the text, so a part of a page finds what it would find alone): two or three initials with dots after "av"
  or "från" ("Antecknat av J.O.", "(Fråga från H.B., …)"); two to four capitals signed after a slash on a
  line of their own or after a clause's end, ending the line or a bracket ("…, /SAE]"); a known first name
  with one initial that no capitalised word follows ("Aino K. eller"); a nickname in quotes between a known
  first name and a surname ('Gustav "Gurra" Persson'); and after a role word ("Socionom", "kuratorn",
  "-ledare") or "av", a first name (known, or a rare word written without å, ä, ö) before a known surname or
  a compound of known surnames, rare words and particles ("Chidi Okonkwo-Lindahl", "Mohammed Al-Khatib").
  Such full names are names of the build as well (:func:`find_contact_names`), so a table row elsewhere
  loses them too. Also there: a surname we do not know either after a role or a family word, or after "av"
  with "från", a bracket or a role after it ("hålls av X Y från …"); "heter"/"är" after a role; a third and
  fourth word ("Yuki Tanaka Berg"); a name after a family word and a comma ("Hennes mamma, X Y,"); a name
  written surname first before a role ("Wójcik, Małgorzata (kurator)"); initials after a role or a minutes
  label, in chains ("barnombuden A.N. och J.M.", "Dokumentation: E.G. och Y.E-S."); signatures after a date
  ("… mars 2019 /SK"), after "Justeras:" ("UlBr / LEB") and run together after "av" ("av MaRo"); the
  initials of the name right before them in brackets ("Zeynep Aydoğan, Nka (ZA)"); "/Johanna" on a line of
  its own; a social-media handle after "av" or a role, after its service's name ("på Instagram under @x",
  "instagram (@x)"), or starting with a first name (also its genitive or run together with another name:
  "@sofias_sorgresa", "@ingamaret.labba"); a name in lower case after any role's word ("anhörigkonsulent aino
  hämäläinen"); a full name between commas after a role ("en barnsamordnare, René Lagerkvist, som") and one opening
  its line before a comma and a role ("Máret Ánne Gaup, barnrättsstrateg"), whose first name then stands for the
  person alone in the rest of the page (``Context.first_names``); e-mail addresses
  spelled with words ("x.y på domän.se", "x punkt y vid domän punkt se", "snabel a").
- the page's layout and its lists (:func:`find_contact_names`, names of the build): the name columns of a
  table ("Efternamn; Förnamn; …", "Namn | Roll | …", blank lines between rows allowed); people in a list
  with an organisation, a place or a role in brackets ("Närvarande: X Y (Eda kommun), …") or in rows with
  dashes before a role; "Kontakta oss" blocks and "X Y, anhörigkonsulent" lines (a role after the comma
  lets a first name we do not know through); a family word before a word we do not know ("Dottern X") and
  "familjen X"; the nickname of 'X "Nick" Y' alone; "first.last" of an (also spelled) address with a known
  first name gives the surname alone. A full name's first word that the name data does not know as a first
  name is a name alone as well ("Hodan och Siriporn").
- in lists written surname first, the words before the comma of a first name found (two words, hyphens, particles:
  "Persson Bäck, [Ulla]", "van der Linden, [Pieter]"), a known first name before a bracket without a role
  ("Jonsson Wikner, Per (primärvården)") and the next item after a semicolon ("…; Rexhepi, Arben"); a name
  coordinated ("och", "eller", "samt", "&") with a name found after "av", a role or a role's label and colon ("Lärare:
  X Y och Dawit Haile"); particles and a first name or initial before a surname found ("P. van der [Linden]"); a
  first name that is also a word after a role before a surname with letters Swedish does not use ("Gruppledare
  Zlatan Hadžiabdić"); a nickname in quotes after a first surname ('Erik Johansson ”Jonte” Fahlén'); lower case
  after "av" ("av a-k lindgren") and signed after a slash ("/mona k, kurator"); a handle whose first part the text
  writes as a name's first word; a blog's host name holding a first name ("blogg barnsomanhoriga.ritvakb.se"); a
  street address after words that make it a home ("bor på", "hemadress", "hem till honom på", "sin adress"); a
  phone number cut off by the text's end after an area code and a dash ("tel. 019-602 1").
- names of other origins in running text: pinyin names from Faker's romanized lists, also family name first
  ("Zhang Wei", "Chen Jun": both words of the lists, no everyday word, none the page writes in lower case); all
  surnames of a name of several parts ("Ulla-Britt Sandberg Oduya": a rare word after a surname; "Fernanda Alves
  da Silva", "… de la Cruz": particles before one); a first name with letters Swedish does not use before a rare
  word ("Ørjan Kvåle"); the full names a line's own e-mail address spells out ("Ramin Tehrani, …,
  ramin.tehrani(at)…", a person-position pass, line by line); a first name before an identity number ("barn:
  Noah 150611-2285"); a place's name joined to a known surname ("Eksjö-Lundh"), "Sankt-" before a surname, a
  first name that names a place before a word made as Swedish surnames are ("Dorotea Strömgren"); lower-case
  initials joined by slashes after a role or before a bracket naming people with those initials ("jb/ml
  (Johanna Bergkvist och Maja Lindholm)"); a nickname that shortens the first name though it is a place
  ('Alexandra ”Ale” Nilsson Okeke', with the second surname); a phone number wrapped after the first digits of
  its subscriber part ("070-174" / "06 17").
- round 20: romanized first names of Turkey, Arabia/Persia, the Balkans, Poland and Finland from gender-guesser's
  data file (:func:`_guesser_first_names`: "Ramin Tehrani", "Emre Yılmaz", "Dragana Petrović" with no cue); two
  words we do not know beside a full name found, coordinated with it ("Hodan Warsame och [Dragana Petrović]"); a
  word we do not know that ends as Swedish districts' names do is no third surname ("Kalle Berg Ersboda"); a known
  three-letter abbreviation alone in brackets is no signature ("(KBT)", "(BUP)"; two letters sign: "(ÅL)").
- round 21: a double surname whose parts are surnames we know, rare words or everyday words (:meth:`Redactor._double_surname`:
  "Gunilla Stenmark-Lund", "Nora Lindahl-Oyelaran"); names of Vietnam and Southern and West Africa (Faker's vi_VN,
  zu_ZA, tw_GH and en, gender-guesser's Vietnamese and "other countries" columns: "Thanh Huong Pham", "Precious
  Mahlangu"); a surname made of a first name we know and a patronymic ending ("Karimov", "Rahimova"); a lower-case
  name after a role with particles or a double first name ("samordnaren birgitta af klercker", "ann-britt ohlin");
  three lower-case letters signing a byline ("av jwa"); the second of two coordinated names written surname first
  ("Ek, Zofia och [Lind, Per-Erik] sitter"); a quoted nickname in brackets ('Ann-Charlotte ("Lotta") Berg') and a
  pet name before the first name in brackets ("Kicki (Kristina) Lund"); a noble surname after "af" whatever its
  ending ("Hård af Segerstad"); a district's name ending as an organisation's word after a full name is kept and the
  name redacted ("[Anna Lind] Mariehem"); a found person's first name in lower case where the text calls the person
  ("anmäl dig till björn via sms"); inside a sentence, a word we do not know before a surname we know that is no
  everyday word or place ("projektet som Amadou Diallo drev", :meth:`Redactor._rare_word_surname_spans`); "privata
  adress", "egna adressen" make the address after them a home.
- round 22 (:func:`_cued_names_read_as_other_words`): a known first name before a municipality's name used as a surname
  ("Emelie Tierp", "Tierp, Emelie – 08 …") where the place reading does not fit (no place's preposition before,
  no "kommun" or capitalised word after) and a person's cue does (speech, a contact's word, "av" or a role before;
  a role after a comma, a person's verb or a phone number after), also coordinated with a full name found; two
  words we do not know before a phone number ("Anmälan: Oluwaseun Adebayo, tel. …"); "resp."/"respektive"
  coordinate names; a lower-case name with a particle surname after "av" ("av mariam el-sayed"); a lower-case
  first name, an initial after it maybe, closing a message ("Hälsningar sanna k"); a double first name's initials
  written with a hyphen ("E-L" of "Eva-Lena Ström"); a third rare word after a first name with letters Swedish does
  not use ("Ánde Pirak Sunna"); a floor ("4 tr") in a street address and "Adress (privat" as a home's cue.
- round 23 (:func:`_particle_and_own_address_names`): a list's item written surname first without a bullet, opening its line
  before a dash or a bracket or after a label's colon, with an initial ("Berg, T.") or particles ("van Dijk, Anouk")
  (``_LIST_SURNAME_FIRST_RE``; no place's name without a bullet); a first name before "van der", "von" or "de la"
  and a surname ("Sipho van der Berg"); a quoted nickname before a surname that is an everyday word but no very
  frequent one; a lower-case first name whose own e-mail address follows on its line after a word of contact or
  right before it ("mejla gärna x …: x.y[at]…"); a handle holding a first name after a place's name or one the
  text writes ("@ort_namn_stod").
- round 24 (:func:`_titled_names_and_byline_initials`, :func:`_add_page_people_lone_names`, :func:`_nicknames_and_list_items_beside_found`): a name after
  a title's abbreviation ("Dr. Raj Patel", "Prof. X Y", "Dr. Patel"); initials with dots closing a dated byline
  ("Publicerat 2020-11-20, Å.L."); the first name of a name the text's words place written surname first ("Abdi,
  Hodan" … "av Hodan"), its nickname in quotes ('X "Kris" Y' … "Kris nås på": at a sentence's start too when a
  person's verb follows) and a first name found alone in lower case ("aisha") stand for the person in the rest of
  the page, and such a full name's surname alone ("Rai") is redacted there; a first name of the page's people
  before a phone number ("Frågor till Malin 070-…"); a lower-case first name, a comma and its own address
  ("kontakt: kerstin, kerstin.lind@…"); after a name found, a nickname in quotes in brackets ('("Mora-Anders")')
  and the list's next item with an initial ("…; Kowalczyk, B."); a known surname ending as an organisation's
  word as the last part of a double surname ("Lindgren-Nygård"); particles before a surname that is also a place
  ("van der Berg, Eline"); a phone number wrapped after a short area code and its first digits ("08-465" /
  "004 22").
- round 25 (:func:`_lowercase_or_rare_first_words`, :func:`_names_by_own_form`, :func:`_lowercase_names_coordinated_after_found`): the first
  name of a full name found (also one found in parts, written surname first or with a nickname in quotes, capitals
  too: '"PA"') stands for the person alone in the rest of the page, in lower case too when it is no everyday word
  ("Hodan Farah" … "arbetsgrupp: hodan", not "stig"), and a rare part of a double first name ("Ingá-Máret" …
  "Máret"); a first name nowhere in the word list after an everyday word opening a sentence ("Ring Hevin på");
  written surname first with an initial inside a sentence ("ersätter Lind, P.", "Ng, W."; its first name in
  brackets after it: "(hodan)"; a role's word or an everyday word opening a sentence before it stays: "Kuratorn
  [Nilsson, A.]"); a lower-case initial before a surname ("m. eriksson"); a nickname in quotes before
  particles ('Mikael "Micke" af Ekenstam'); a "Text: … Foto:" byline; capitals after "av" closing a dated line;
  "Ch."/"Chr."/"Th." before a surname; "Det är X Y"; a name before its own LinkedIn address; a lower-case full name
  coordinated after a name found ("och per lindgren"); a rural home address after a name ("Gården, By 411, 624 42
  Ort"); a phone number wrapped right after its area code after a phone's cue ("på 08" / "465 004 29").
- round 26 (:func:`_name_pair_after_role`, :func:`_full_names_spelled_by_addresses`, :func:`_surname_initial_list_items`,
  :func:`_surname_first_phone_rows`): two capitalised words right after a role's word, neither a place,
  an organisation's, kept or frequent word ("Familjeterapeut Liu Meiling har", "Ledare är Biret Sara"); names both
  words of an address's local part spell (also with letters the address cannot write, on another line through the
  page's context, and 'X "Nick" Y' for "nick.y@"); "med" and two words we do not know before "från"; "och
  hans/hennes" after a name; a bracketed nickname of a name written surname first stands for the person, before a
  surname we know too; a first name that is also a word alone in title case ("Sanna"); list items "Kidane M. (…)"
  and rows "Surname, First<TAB>phone"; initials after a date and a slash ("2020-11-03 / K.M."). Kept: a lower-case
  noun after an article before a function word or a word read as a genitive ("en stig längs ån"); a genitive name
  before a capitalised everyday word that running text follows ("Astrid Lindgrens Värld ligger …"); round 25's
  cues ("Det är X Y", ", X.", "Th.") before an organisation, a place or a kept name (:func:`_is_thing_word`).
- round 28 (:func:`_unknown_names_placed_by_text`, :func:`_inner_nicknames_and_given_names`, :func:`_name_words_with_initials`): names the
  name data does not know, each word rare and one in no word list ("Olusegun Adebayo"), after "av", after a people's
  label and a colon ("Samordnare:", a place opening a row of participants) or listed and coordinated with a name found
  (", X Y Z (…)", "[name] och X Y Z"); a nickname in quotes between two such words ('X "Ro" Y-Z', '("Lasse G")');
  the nickname (in brackets or quotes, after "kallas"), a double given name ("Máret Inga") and its lower case then
  stand for the person; a word of the page's names with initials after it ("Adebayo O.", "Iyer, R. V."); initials
  after "Sammankallande:"; a street address after "privat adr.". Each starts at a cue a substring look-up finds.
- round 29 (:func:`_words_spelled_by_addresses`, :func:`_cued_names_and_reversed_pairs`, :func:`_shortened_and_labelled_first_names`,
  :func:`_initials_and_handles_of_page_people`): the words an e-mail address's local part spells as a person's name (in a row
  on the page, "tuula.rantanen (at)" … "tuula rantanen"; or each written capitalised with one we know, "gosia.x-y@"
  … "Gosia") name the person anywhere in the page, any case, initials after ("X-Y M."); a name after a label's
  colon before a comma and a phone number ("Ansvarig: Mustafa al-Ani, +46 …"), a shortening before the full name
  in brackets ("Pim (Pimchanok Srisuk)"), "X, som alla kallar henne", a lower-case name after "av" with a surname
  we know, a name between a role's comma and ", som", a two-word name found written the other way round, "Namn:
  Lindqvist, P-O och Kovač, Dž.", capitals signing a dated byline before "ansvarig utgivare", a sentence's name
  with a surname we know before "från" and a word in lower case; first names, shortenings sharing a found first
  name's first four letters ("Krzysiek") and their lower case then stand alone; a lower-case name's words with
  initials after them ("Heikkinen M."); dotted initials that sign the page elsewhere in it; a handle holding a
  word of the page's names ("@DrSokolovMD"); the second of two numbers joined by a slash wrapped after its area
  code's dash; a street address with a postcode but no town after a person's name and a comma or "på", or after
  "hemifrån". Each looks only where its cue (a substring) stands.
- round 30 (:func:`_other_items_of_name_lists`, :func:`_initials_before_own_address`,
  :func:`_bracketed_full_names_after_found`, :func:`_full_names_written_lower`, :func:`_middle_framed_by_unknown_words`): the words an
  address spells written in a row stand for the person though one is an everyday word ("lisa x-y" … "Lisa nås");
  the other items of a semicolon list holding two names found ("…; Halonen T.; …", "Choi Min-seo"); dotted initials
  before the address they spell ("M.P.S. (mps@…)"); a full name in brackets after a name found ('"Tanja" (Tetiana
  Moroz)'); the page's full names found, in lower case elsewhere; three words after round 28's cues whose first and
  last are in no word list, the middle less frequent. Each where its cue (";", "@", "(" after a name) stands.
- a page's own evidence, each where a substring look-up finds its cue (:func:`_attachment_file_name_spans`,
  :func:`_found_name_part_verb_spans`, :func:`_hyphen_initials_spans`, :func:`_syllable_pair_name_spans`,
  :func:`_family_bracket_list_spans`, :func:`_rare_word_before_name_spans`, :func:`_wrapped_at_email_spans`,
  :func:`_bracketed_code_phone_spans`): a name inside an attachment's file name, a first name joined by "_", "." or
  "-" to a surname we know, an initial or a word in no list ("rutin_bsa_anna_ekvall_2020.pdf", "lista_elif_y.xlsx";
  the words of a kept name stay: "marte_meo"), or two words of the page's names found, or their initials
  ("plan_zhou_rantala.pdf", "rutin_KOB.pdf" … "K. Okafor-Berg"; in the page's parts and its wave evidence too,
  ``Context.name_parts``); a word or two of a full name found written again before a person's verb, though an
  everyday word ("[Mattias Lång] … Lång tar emot", "[Thi Thu Ha Nguyen] … Thu Ha träffar"; not after a capitalised
  word: "Klubb Viggo har"); initials of a double first name with a hyphen after "av", a role or a minutes label
  ("Protokoll: A-K.S. / B.T."); a two-syllable given name with a hyphen and a rare lower-case part beside a family
  name after a role or a person's cue, and then both orders ("Kuratorn Da-eun Song" … "Song Da-eun har"); names
  listed before "(syskon", "(gifta" …; a word in no list before a name found after a role ("Samordnare (Adeyemi
  [X "Y" Z])"); an address wrapped right after its "@"; "(+46) 73-…", "+46 (31) …"; a pair of numbers wrapped
  after the first's area code ("031-" / "72 18 45 / 076 - 319 22 07"); "torg" as a street; "till karin som".
- the page's found names written again, each where a substring or its cue finds it (:func:`_found_name_forms`,
  :func:`_found_name_again_spans`, :func:`_capitals_name_spans`, :func:`_wrapped_mobile_spans`): a full name found
  written again elsewhere (a contact block: "Kontakt" / "Kateryna X-Y"), with its double surname's initials ("mvh
  Kateryna B-E") or surname first with an initial ("X-Y K;"); dotted initials alone on a line (after "mvh" or a
  slash maybe) that spell a name found, diacritics folded ("Å.M.J." of "Ánne Márjá Jåma", "/R.K-L."); a first name
  of the page's signed after a slash ("Hälsningar /Isabel"); a first name's genitive, a word in no list, not before
  a capitalised or an organisation's word nor after "S:t" ("Merhawis personnummer"); two or three words in capitals
  coordinated with a name found or after a role's label and colon ("Gruppledare: HEVAL ZANGANA och …"), whose first
  word in title case then stands for the person; a pet name in quotes right after a name found ('Tuomas (alla säger
  "Tumppi")', 'Karl-Axel, "Kalle" kallad', 'X kallas "Mo"'; no everyday word, place or organisation's word), and a
  found name's quoted pet name in lower case (before a person's verb when frequent: "jenny deltar"); a mobile number
  wrapped inside its subscriber part without a dash ("070 66" / "42 190", ten digits).
- a page's own evidence, each where a substring finds its cue (:func:`_labelled_initials_list_spans`,
  :func:`_bracketed_pet_names`, :func:`_bracketed_initials_of_found`, :func:`_table_name_spans`,
  :func:`_care_of_address_spans`): initials in capitals listed after a people's label or a role and a colon
  ("volontärer: KJ, MB och SA"; one at least no word, none an abbreviation of :func:`keep_names` or a place); a
  family's surname after "familjen" or "fam." though a word ("fam. Holm", in the page itself too); a pet name in
  brackets after "kallas" right after a name found ("(kallas Joy)", "(Mo kallas han …)"), then the person alone;
  initials in brackets after a name found that spell some of its words, its last among them ("Erik Å. Larsson
  (Å.L. …)"); a found first name of two letters, or the first word of a name found in lower case, before a person's
  verb or "och jag" ("Bo och jag", "mona x" … "Mona är"); after a role or "förälder" and a comma, a name that ends
  the sentence or goes on in a bracket in lower case ("samordnare, Priya X."); a table's name column in the page
  itself and a first name of it in no word list alone; a street address with "c/o" and a name.
- after "i" or "inom", a first name and a word we do not know name a method or an organisation ("certifierade
  i Marte Meo"), not a person.
- the page's own people's initials (:func:`_page_initials_spans`): anywhere once the page writes them in
  brackets after the name, else where they sign (after a slash, "av", "Justeras"), stand in a list of
  initials, carry dots or are no word or abbreviation of the word list.

A name found inside a quoted title after a word for a book, a film or a material ("boken ”X och …”"), right
after an institution's capitalised word ("Familjecentralen X Y", "Stiftelsen X och Y Z", "Familjens hus X")
or as a full name's genitive before a rare proper noun (a place named after a person) is kept
(:func:`_kept_name_spans`); so is one inside a name of :func:`keep_names` (data/keep_names.csv: titles,
methods, programmes, organisations, and the methods the codebook knows: "Marte Meo", "Bror Hjorths hus"); so is one
right after the word for a method or a programme, or, unquoted, for a book, a film or a play ("boken Alfons och
hemlighetsmakaren", "metoden X").

Names are never what the reference data calls a place or organisation
(regions, municipalities, their aliases: "Lund", "Borås"), nor a first name
plus a common word the page writes in lower case or an organisation's word
("Maria Ungdom"), nor a name that is part of an institution's or a method's
name ("Astrid Lindgrens barnsjukhus", "Magnus Huss-kliniken", "Klubb Simon").

Matching is linear in the length of the text: every regular expression is
bounded and anchored by a look-behind, names are looked up token by token in
sets (one :class:`Redactor` per build), so the cost does not grow with the
number of names collected.

A build redacts a page and its parts (title, answers) with the page's
:class:`Context`: the page's words are split once and its parts take theirs
from them; the name finder's tries at the page's words are made once
(:meth:`Redactor.context`) and taken by the page's redaction and its parts
wherever they provably hold (:class:`_Scan`: the same words read, the same
answers from the context); a part looks for e-mail addresses only when it
touches one of the page's lines with an "at"; a part made of whole lines of
the page takes the page's e-mail addresses and names in person positions
(found once per page: each of those patterns reads within one line), and a short text seen again
(question wordings, stock answers) gets its spans from memory when the page's
context answers what it asked as before (tests/test_redact_fast_paths.py
compares all this with redacting every text on its own, and with trying a
name at every word).
"""
from __future__ import annotations

import bisect
import csv
import importlib
import importlib.resources
import math
from itertools import accumulate, chain
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import re as plain_re
import regex as re

EMAIL = "[e-post]"
PHONE = "[telefon]"
NAME = "[namn]"
PERSONAL_NUMBER = "[personnummer]"
ADDRESS = "[adress]"

# ----------------------------------------------------------------- e-mail
_LOCAL_CHAR = r"[\p{L}\p{M}\p{N}_%+'’.\-]"
_LABEL = r"[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\-]{0,62})"
_AT_WORD = r"(?:@|＠|﹫|at|a|snabel[- ]?a)"
_AT = (
    r"(?:[ \t]{0,3}(?:@|＠|﹫|&\#0*64;|&\#[xX]0*40;|&commat;"
    rf"|[\[［][ \t]?(?i:{_AT_WORD})[ \t]?[\]］]|\([ \t]?(?i:{_AT_WORD})[ \t]?\)|\{{[ \t]?(?i:{_AT_WORD})[ \t]?\}}|<[ \t]?(?i:at)[ \t]?>|\#(?i:at|a)\#)[ \t]{{0,3}}"
    r"|[ \t]{1,3}(?i:at|snabel[- ]?a)[ \t]{1,3})"
)
_DOT_WORD = r"(?:\.|dot|punkt)"
_DOT = (
    r"(?:\.(?=[\p{L}\p{N}])|[ \t]{1,3}\.[ \t]{0,3}(?=\p{Ll})|\.[ \t]{1,3}(?=\p{Ll}{2,6}\b)|．|。"
    r"|[ \t]{0,3}(?:&\#0*46;|&\#[xX]0*2[eE];|&period;"
    rf"|\[[ \t]?(?i:{_DOT_WORD})[ \t]?\]|\([ \t]?(?i:{_DOT_WORD})[ \t]?\)|\{{[ \t]?(?i:{_DOT_WORD})[ \t]?\}})[ \t]{{0,3}}"
    r"|[ \t]{1,3}(?i:dot|punkt)[ \t]{1,3})"
)
_EMAIL_RE = re.compile(
    rf"(?<!{_LOCAL_CHAR})[\p{{L}}\p{{M}}\p{{N}}_]{_LOCAL_CHAR}{{0,63}}{_AT}{_LABEL}(?:{_DOT}{_LABEL}){{1,8}}(?![\p{{L}}\p{{N}}])"
)
# Every e-mail address holds an "at" (its pattern, alone): a text without one needs no look for addresses,
# which costs as much as all the rest of redaction (the local part is tried at every word).
_AT_RE = re.compile(_AT)



# Every "at" holds one of these (a sign, the start of an entity, a bracket before the first letter of an "at"
# word, or "at" or "snabel-a" between blanks): a line without one holds none, and this is found faster than the
# "at" pattern itself.
_AT_HINT_RE = re.compile(r"[@＠﹫&]|\#(?i:a)|[\[({<［][ \t]?(?:[@＠﹫]|(?i:a|s))|[ \t](?i:at|snabel[- ]?a)[ \t]")


def _at_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text`` holding an "at" (line break not included).

    Only the lines with a hint of one (``_AT_HINT_RE``) are searched for an "at"; the "at" pattern holds no
    line break and looks at nothing around its match, so a line holds one exactly when a search of the line
    alone finds one (tests/test_redact_fast_paths.py compares this with a search of the whole text)."""
    return [(start, end) for start, end, _ in _at_line_hits(text)]


_AT_HINT_FIRSTS = "@＠﹫&#[({<［"  # where a hint starts but for its blank before a word


def _at_hint_starts(text: str) -> list[int]:
    """Where a hint (:data:`_AT_HINT_RE`) may start, in order: at a character of :data:`_AT_HINT_FIRSTS`, or at a
    blank before "at" and a blank, or before "snabel" (in any case: found in the page in lower case, where only
    "A", "T", "S", … lower to "a", "t", "s", … and where they stay, but for the long s "ſ", which the pattern
    reads as an "s": then, and for a page that lowers to another length, every blank). A page's first characters
    are found by ``str.find``, much quicker than a search of the pattern, which tries every blank."""
    starts = []
    for ch in _AT_HINT_FIRSTS:
        i = text.find(ch)
        while i >= 0:
            starts.append(i)
            i = text.find(ch, i + 1)
    low = _lower(text)
    if len(low) != len(text) or "\u017f" in text:
        starts += [i for i, ch in enumerate(text) if ch in " \t"]
        return sorted(starts)
    i = low.find("at", 1)
    while i >= 0:
        if low[i - 1] in " \t" and low[i + 2:i + 3] in (" ", "\t"):
            starts.append(i - 1)
        i = low.find("at", i + 1)
    i = low.find("snabel", 1)
    while i >= 0:
        if low[i - 1] in " \t":
            starts.append(i - 1)
        i = low.find("snabel", i + 1)
    return sorted(starts)


def _at_line_hits(text: str) -> list[tuple[int, int, int]]:
    """(start, end, where its first "at" starts) of every line of ``text`` holding an "at" (see :func:`_at_lines`).

    The lines holding a hint are those holding a place where the hint pattern matches (:func:`_at_hint_starts`
    finds every place where one may start; a hint, as the "at", holds no line break). The last text's lines are
    kept: a page's passes (its context's, its e-mail addresses', its own) ask for the same page's lines six times."""
    kept = _recalled(_LAST_AT_LINE_HITS, text)
    if kept is not None:
        return list(kept)
    lines: list[tuple[int, int, int]] = []
    searched = -1  # the end of the last line searched
    for position in _at_hint_starts(text):
        if position < searched:
            continue
        hint = _AT_HINT_RE.match(text, position)
        if hint is None:
            continue
        start = text.rfind("\n", 0, hint.start()) + 1
        end = text.find("\n", hint.end())
        searched = len(text) if end < 0 else end
        at = _AT_RE.search(text, start, searched)
        if at:
            lines.append((start, searched, at.start()))
    _recall(_LAST_AT_LINE_HITS, text, tuple(lines))
    return lines


# The last few texts a pure function of a text was asked about, each with its answer, the latest first: a page's
# passes ask about the page again after asking about some of its lines. A text is known by identity (the text
# itself is kept, so no other text can be it).
_RECALLED = 4


def _recalled(memo: list, text: str):
    for known, answer in memo:
        if known is text:
            return answer
    return None


def _recall(memo: list, text: str, answer) -> None:
    memo.insert(0, (text, answer))
    del memo[_RECALLED:]


_LAST_AT_LINE_HITS: list = []  # the last texts whose lines _at_line_hits found, and them


# The most characters an address's local part holds before its "at" (``_EMAIL_RE``: one, then up to 63)
_LOCAL_PART_MAX = 64


def _email_spans(text: str, lines: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of every e-mail address in ``text``. An address holds an "at" and no line break (none of
    its parts matches one), so only the lines with an "at" (``lines``, else :func:`_at_lines`) are searched:
    the same addresses as a search of the whole text, without trying the local part at every word of a long
    page.

    A line is searched from _LOCAL_PART_MAX characters before its first "at" (the leftmost place the "at"
    pattern matches in it): an address's "at" (which the pattern alone matches there too, looking at nothing
    around it) starts right after its local part, no sooner than that first one, so no address starts
    before; the address pattern's look-behind reads the characters before where a search starts, so the
    search finds the same addresses as one from the line's start (tests/test_redact_fast_paths.py compares)."""
    if lines is None:
        kept = _recalled(_LAST_EMAIL_SPANS, text)
        if kept is not None:
            return list(kept)  # (the page's passes ask for the same page's addresses more than once)
    out: list[tuple[int, int]] = []
    if lines is None:
        hits = _at_line_hits(text)
    else:
        hits = [(start, end, _AT_RE.search(text, start, end)) for start, end in lines]
        hits = [(start, end, at.start()) for start, end, at in hits if at]
    for start, end, first_at in hits:
        out += [(m.start(), m.end()) for m in _EMAIL_RE.finditer(text, max(start, first_at - _LOCAL_PART_MAX), end)]
    if lines is None:
        _recall(_LAST_EMAIL_SPANS, text, tuple(out))
    return out


_LAST_EMAIL_SPANS: list = []  # the last texts whose addresses _email_spans found, and them (see _recalled)


def _whole_lines(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is made of whole lines of ``text`` (a line break or an end on either side)."""
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


def _touches(lines: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``lines`` (start, end: lines of a text, or spans already found) holds a character of ``start:end``.

    The "at" pattern looks at nothing around its match and holds no line break,
    so an "at" of a part of a text is one of the text's, on a line of the text
    that :func:`_at_lines` finds (the text's search reports that match or one
    overlapping it): a part touching none of those lines holds no address.
    """
    return any(a < end and b > start for a, b in lines)

# ----------------------------------------------------------- phone numbers
# Any dash (hyphen, U+2010-2015, minus U+2212, non-breaking hyphen U+2011), dot or slash, with spaces.
_SEP = r"(?:[ \t]{0,2}[.\-/\u2010-\u2015\u2212][ \t]{0,2}|[ \t]{1,2})"
# a dash that ends a line inside a number, the rest on the next line ("mobil 070-\n555 18 94": a wrapped line)
_LINE_BREAK_SEP = r"[ \t]{0,2}[\-\u2010-\u2015\u2212][ \t]{0,2}\n[ \t]{0,2}"
_PHONE_RE = re.compile(
    r"(?<![\p{N}])(?<![\p{N}][.,:])"
    r"(?:(?P<intl>(?:\+|00)[ \t]?46[ \t]?(?:\([ \t]?0[ \t]?\))?)" + _SEP + r"?\d"
    r"|(?P<foreign>\+[1-9]\d{0,2})[ \t\-]\d"  # another country's code, a blank or dash after it: "+358 40 …"
    r"|\((?P<area>0\d{1,3})\)[ \t]?\d"
    r"|0\d)"
    r"(?:(?:" + _SEP + r"|" + _LINE_BREAK_SEP + r")?\d){4,10}(?![\p{N}])"
)

# ------------------------------------------------------ personal numbers
_PERSONAL_NUMBER_RE = re.compile(
    r"(?<![\p{N}])(?<![\p{N}][.,:\-])(?P<date>(?:19|20)?\d{6})"
    r"(?P<sep>[ \t]{0,2}[-+\u2010-\u2015\u2212][ \t]{0,2}|[ \t]{1,2}|[./])?"
    r"(?P<tail>\d{4})(?![\p{N}])"
)

# Every phone number and personal identity number holds two digits in a row ("0\d", "00", "46", "\d{6}"):
# a text without them needs no look for either.
_DIGIT_PAIR_RE = re.compile(r"\d\d")

# ----------------------------------------------------------------- names
_TOKEN_RE = re.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?(?:-[\p{L}\p{M}]+)*")
# Most pages hold only Latin-1 characters, general punctuation (U+2000-U+206F: dashes, quotes, bullets) and the
# euro sign (what _LATIN1_ONLY finds none outside of). Among those characters the letters and marks are exactly
# _LATIN1_LETTERS (no mark, proved by a test against every one of them), so there _FAST_TOKEN_RE, the same
# pattern for the standard library's engine, finds the same words, about twice as fast.
_LATIN1_LETTERS = "A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
_LATIN1_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"  # \\p{Lu} among them
_LATIN1_LOWER = "a-z\u00b5\u00df-\u00f6\u00f8-\u00ff"  # \\p{Ll}
_LATIN1_DIGITS = "0-9\u00b2\u00b3\u00b9\u00bc-\u00be"  # \\p{N}
_L1_WORD = f"[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+"  # \p{Lu}\p{Ll}+ among them
_FAST_TOKEN_RE = plain_re.compile(f"[{_LATIN1_LETTERS}]+(?:['’][{_LATIN1_LETTERS}]+)?(?:-[{_LATIN1_LETTERS}]+)*")
_LATIN1_ONLY = plain_re.compile("[^\x00-\xff\u2000-\u206f\u20ac]")  # a character outside those


@lru_cache(maxsize=4)  # several passes over one page read it in lower case (a copy as long as the page: four kept)
def _lower(text: str) -> str:
    """``text.lower()``, made once for the passes over one page."""
    return text.lower()


@lru_cache(maxsize=4)  # several passes over one page ask (the page's hash is kept by the string: a quick look-up)
def _beyond_latin1(text: str) -> bool:
    """Whether ``text`` holds a character outside Latin-1 and the punctuation block (:data:`_LATIN1_ONLY`)."""
    return _LATIN1_ONLY.search(text) is not None


def _word_matches(text: str):
    """The matches of ``_TOKEN_RE`` in ``text``, in order (of ``_FAST_TOKEN_RE`` where it finds the same)."""
    return (_TOKEN_RE if _LATIN1_ONLY.search(text) else _FAST_TOKEN_RE).finditer(text)


# the same patterns as one group: split by them, a text is its gaps and its words in turn (gap, word, gap, …, gap)
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
_FAST_TOKEN_SPLIT_RE = plain_re.compile(f"({_FAST_TOKEN_RE.pattern})")


def _word_positions(text: str) -> tuple[list[str], list[int], list[int]]:
    """(words, starts, ends) of the matches of :func:`_word_matches` in ``text``, in order, without a match
    object per word (making those is most of the cost of splitting a page): the text split by the same pattern
    in a group alternates gaps and the words, so each word's start and end add up the lengths before it.
    The pattern matches no empty string, so every word is a match (tests/test_redact_fast_paths.py compares)."""
    parts = (_TOKEN_SPLIT_RE if _LATIN1_ONLY.search(text) else _FAST_TOKEN_SPLIT_RE).split(text)
    ends = list(accumulate(map(len, parts), initial=0))  # where each part ends: parts 2k + 1 are the words
    return parts[1::2], ends[1:-1:2], ends[2::2]
_PARTICLES = frozenset({"von", "af", "av", "de", "van", "der", "den", "da", "di", "del", "della", "dos", "das", "du",
                        "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "zu", "mac", "o"})
# Words that end an organisation or institution's name (also as the end of a compound:
# "Anhörigcentrum", "Socialförvaltningen", "barnsjukhus"). A name right before one is the
# institution's ("Astrid Lindgrens barnsjukhus", "Ronald McDonald Hus"), not a person's.
_INSTITUTION_ENDINGS = (
    "sjukhus", "sjukhuset", "klinik", "kliniken", "klinikerna", "mottagning", "mottagningen", "centrum", "centret",
    "center", "centre", "centralen", "enhet", "enheten", "förvaltning", "förvaltningen", "kontor", "kontoret",
    "skola", "skolan", "gymnasium", "gymnasiet", "förskola", "förskolan", "institut", "institutet", "institute",
    "universitet", "universitetet", "högskola", "högskolan", "stiftelse", "stiftelsen", "fond", "fonden",
    "foundation", "förening", "föreningen", "förbund", "förbundet", "hus", "huset", "house", "hem", "hemmet",
    "gård", "gården", "minne", "kyrka", "kyrkan", "församling", "församlingen", "bibliotek", "biblioteket",
    "museum", "museet", "pris", "priset", "gata", "gatan", "väg", "vägen", "torg", "torget", "plats", "platsen",
    "park", "parken", "allé", "hospital", "clinic", "school", "ungdom", "vård", "vården", "boende", "boendet",
    "region", "regionen", "kommun", "kommunen", "stad", "staden", "landsting", "landstinget", "län",
    "nätverk", "nätverket", "projekt", "projektet", "modell", "modellen", "metod", "metoden", "program",
    "programmet", "grupp", "gruppen", "team", "teamet", "linjen", "lab", "stipendium", "stipendiet", "kapell",
    "kapellet", "ruin", "ruinen",
    # venues: "X Y konsert & kongress", "X Y arena"
    "konsert", "konserten", "kongress", "kongressen", "arena", "arenan", "teater", "teatern", "slott", "slottet",
    # care organisations and the international ones: "X Y Regionhabilitering", "X Y hospice", "X Y International"
    "habilitering", "habiliteringen", "hospice", "hospicet", "akademi", "akademin", "akademien", "sällskap",
    "sällskapet", "international", "institution", "institutionen",
    # the neighbours' words: "Tromsø kommune", "X Y sykehus"
    "kommune", "fylke", "sykehus", "sygehus",
)
_LONGER_ENDINGS = {short: tuple(e for e in _INSTITUTION_ENDINGS if e != short and e.endswith(short)) or ("\0",)
                   for short in (e for e in _INSTITUTION_ENDINGS if len(e) <= 3)}
_LOWER_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöéü"
# characters of a word that is no name from abroad (no letter outside _LOWER_LETTERS, once casefolded)
_SWEDISH_WORD_CHARS = frozenset(_LOWER_LETTERS + _LOWER_LETTERS.upper() + "-'’")
_SENTENCE_START = set(".!?:;\n•|\"'“”«(–-*")


@lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """Casefolded, without diacritics: "Bergström" -> "bergstrom" (file names, pages that lost their å ä ö)."""
    if word.isascii():
        return word.casefold()  # (no ASCII letter decomposes or carries a mark: the same, without the work)
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ı", "i").replace("ł", "l").replace("ø", "o")


# Faker locales whose first names and surnames are read: Sweden first (names with their
# frequency from Isof and Skatteverket), then the largest groups of people born abroad
# and the neighbouring countries, in Latin script.
NAME_LOCALES = (
    "sv_SE", "fi_FI", "no_NO", "da_DK", "is_IS", "de_DE", "de_AT", "nl_NL", "en_GB", "en_US", "fr_FR",
    "es_ES", "es_MX", "es_CO", "it_IT", "pt_BR", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR",
    "sl_SI", "lt_LT", "lv_LV", "et_EE", "tr_TR", "az_AZ", "fr_DZ", "en_PK", "en_KE", "uz_UZ", "sw",
    "en_NG", "ig_NG", "yo_NG", "ha_NG", "pt_PT", "es_AR", "es_CL", "zh_CN", "zh_TW", "ja_JP",
    "vi_VN", "zu_ZA", "tw_GH", "en",
)


def _locale_names(locale: str) -> tuple[set[str], set[str]]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    first: set[str] = set()
    last: set[str] = set()
    for attribute, value in vars(provider).items():
        if not isinstance(value, (dict, tuple, list, set, frozenset)):
            continue
        # "first_names", "first_names_female", and the Latin spelling of names in other scripts:
        # "first_romanized_names" (zh_CN "Wei", "Jun"), "last_romanized_names" ("Zhang")
        kind = attribute.replace("romanized_", "")
        target = first if "first_name" in kind else last if "last_name" in kind else None
        if target is not None:
            target.update(str(v) for v in value if isinstance(v, str) and v.isprintable())
    latin = lambda name: all(ord(ch) < 0x250 or unicodedata.category(ch).startswith("M") for ch in name)  # noqa: E731
    return {n for n in first if latin(n)}, {n for n in last if latin(n) and n != "Doe"}


# Countries of gender-guesser's name dictionary (Jörg Michael's nam_dict.txt, one frequency column each, in
# this order) whose first names are read: the largest groups born abroad whose names Faker lacks in Latin
# script ("Ramin", "Shirin": fa_IR and ar_* are in Persian and Arabic script; "Emre", "Dragana", "Almir").
_GUESSER_COUNTRIES = (
    "great_britain ireland usa italy malta portugal spain france belgium luxembourg the_netherlands east_frisia "
    "germany austria swiss iceland denmark norway sweden finland estonia latvia lithuania poland czech_republic "
    "slovakia hungary romania bulgaria bosniaand croatia kosovo macedonia montenegro serbia slovenia albania greece "
    "russia belarus moldova ukraine armenia azerbaijan georgia the_stans turkey arabia israel china india japan "
    "korea vietnam other_countries").split()
_GUESSER_READ = frozenset({"finland", "poland", "bosniaand", "croatia", "kosovo", "macedonia", "montenegro", "serbia",
                           "albania", "turkey", "arabia", "the_stans", "azerbaijan", "vietnam", "other_countries"})


def _guesser_first_names() -> set[str]:
    """First names, in Latin script, of the countries in ``_GUESSER_READ`` from gender-guesser's data file
    (read as data: the package's code is not called). A name's "+" stands for a blank, a hyphen or nothing."""
    from importlib.resources import files

    columns = [30 + i for i, country in enumerate(_GUESSER_COUNTRIES) if country in _GUESSER_READ]
    names: set[str] = set()
    text = files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line[0] in "#=":
            continue
        if not any(col < len(line) and line[col] not in " $" for col in columns):
            continue
        name = line.split()[1]
        for variant in {name.replace("+", sep) for sep in ("", "-")}:
            if variant.isalpha() or "-" in variant:
                names.add(variant)
    return names


@dataclass(frozen=True)
class Lexicon:
    """What the name finder knows: first names, surnames, common words, places and organisations."""

    first_sv: frozenset[str]
    first_other: frozenset[str]
    surnames: frozenset[str]
    common: dict  # word -> frequency (wordfreq, Swedish, words of Zipf >= 3)
    places: frozenset[str]  # single words of region and municipality names, with genitive forms
    place_phrases: frozenset[tuple[str, ...]]  # names of several words
    # Chinese names in pinyin, written family name first ("Zhang Wei", "Chen Jun"; Faker zh_CN's romanized names)
    family_first: frozenset[str] = frozenset()
    given_after: frozenset[str] = frozenset()

    def is_common(self, word: str) -> bool:
        return word.casefold() in self.common

    def zipf(self, word: str) -> float:
        frequency = self.common.get(word.casefold(), 0.0)
        return math.log10(frequency * 1e9) if frequency else 0.0


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The name data, read once per process (Faker locales, wordfreq, the package's reference tables)."""
    import wordfreq

    from . import orgs

    first_sv, _ = _locale_names("sv_SE")
    first_other: set[str] = set()
    surnames: set[str] = set()
    for locale in NAME_LOCALES:
        first, last = _locale_names(locale)
        if locale != "sv_SE":
            first_other |= first
        surnames |= last
    first_other |= _guesser_first_names()
    def fold_all(names):
        out = set()
        for name in names:
            key = name.casefold()
            out.add(key)
            if not key.isascii():
                out.add(_fold(key))
        return out

    places: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    names = list(orgs.regions()["name"]) + list(orgs.regions()["county_name"]) + list(orgs.regions()["short_name"])
    names += list(orgs.municipalities()["name"]) + list(orgs.municipalities()["official_name"]) + list(orgs.org_aliases()["alias"])
    for name in names:
        tokens = tuple(t.casefold() for t in _TOKEN_RE.findall(name))
        if len(tokens) == 1:
            places.update({tokens[0], tokens[0] + "s", _fold(tokens[0])})
        elif tokens:
            phrases.add(tokens)
            for token in tokens:
                if token not in ("region", "kommun", "stad", "län", "landsting", "landstinget", "i", "s"):
                    places.update({token, _fold(token)})
    return Lexicon(
        frozenset(fold_all(first_sv)),
        frozenset(fold_all(first_other)),
        frozenset(fold_all(surnames)),
        wordfreq.get_frequency_dict("sv", wordlist="small"),
        frozenset(places),
        frozenset(phrases),
        frozenset(n.casefold() for n in importlib.import_module("faker.providers.person.zh_CN").Provider.last_romanized_names),
        frozenset(n.casefold() for n in importlib.import_module("faker.providers.person.zh_CN").Provider.first_romanized_names),
    )



# surnames made of a father's first name, as in Central Asia, the Caucasus and Russia ("Karimov", "Rahimova",
# "Aliyev", "Mamedova"), longest first
_PATRONYMIC_ENDINGS = ("yeva", "yev", "ova", "eva", "ov", "ev")


@lru_cache(maxsize=4096)
def _patronymic_surname(key: str) -> bool:
    """Whether ``key`` (casefolded) is a first name we know of three letters or more with a patronymic ending
    (``_PATRONYMIC_ENDINGS``) and no Swedish word ("sommarlov", "prova" are none: no first name before the ending)."""
    lex = lexicon()
    for ending in _PATRONYMIC_ENDINGS:
        if key.endswith(ending):
            stem = key[: -len(ending)]
            if len(stem) >= 3 and (stem in lex.first_sv or stem in lex.first_other) and key not in lex.common:
                return True
    return False


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a first name the name data knows (Swedish, or common in Sweden's largest groups born abroad)."""
    key = word.casefold()
    lex = lexicon()
    return key in lex.first_sv or (key in lex.first_other and not lex.is_common(key))

# ------------------------------------------------------------- tokens
class _Token:
    """A word of a text with its position, its casefolded key and, on demand, its case (title, upper, lower, initial, mixed)."""

    __slots__ = ("text", "start", "end", "key", "_case")

    def __init__(self, text: str, start: int, end: int, key: str | None = None):
        self.text, self.start, self.end = text, start, end
        self.key = text.casefold() if key is None else key
        self._case = None

    @property
    def case(self) -> str:
        if self._case is None:
            text = self.text
            if text.isupper():
                self._case = "initial" if len(text) == 1 else "upper"
            elif text.islower():
                self._case = "lower"
            else:
                self._case = "title" if text[0].isupper() else "mixed"
        return self._case


# A word joined to another by a dot, "@" or "_" with no space ("jonas.wiren", "nykoping.se") is part of an
# address, not a word the page writes: a first name in an e-mail address does not make it an everyday word.
_LOWER_WORD_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?<![\p{L}\p{N}][._@])\p{Ll}[\p{Ll}\p{M}]*(?![\p{L}\p{M}])(?![._@][\p{L}\p{N}])"
)
_ADDRESS_JOINTS = "._@"


def _tokens(text: str) -> list[_Token]:
    return [_Token(m[0], m.start(), m.end()) for m in _word_matches(text)]


class _Words:
    """The words of a text as a sequence of :class:`_Token`: every word's key (casefolded) is computed at once,
    since each is asked whether a name starts there, but a word's token (position, case) is made only when asked
    for: most words start no name and lie next to none.

    The words of a part of a page (a title, an answer) are the page's words
    between the part's ends (:meth:`part`), positions counted from ``offset``.
    """

    __slots__ = ("words", "starts", "ends", "keys", "offset", "_made", "_root", "keep", "reach")

    def __init__(self, words: list, starts: list, ends: list, offset: int = 0, keys: list | None = None,
                 root: "_Words | None" = None, keep=None):
        self.words = words
        self.starts, self.ends = starts, ends  # where each word starts and ends in the root's text
        self.offset = offset
        self.keys = list(map(str.casefold, self.words)) if keys is None else keys
        self._made: list[_Token | None] = [None] * len(words)
        # the words split from a text (``root``) these are taken from: word k is the root's word keep[k]
        self._root = root  # None: these are the words split from the text (not a reference to self: no cycle
        # for the collector to find, so a page's words go as soon as the page is done)
        self.keep = range(len(words)) if keep is None else keep
        self.reach = -1  # the last index :meth:`has` found a word at

    @property
    def root(self) -> "_Words":
        return self if self._root is None else self._root

    @classmethod
    def of(cls, text: str) -> "_Words":
        return cls(*_word_positions(text))

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, i: int) -> _Token:
        token = self._made[i]
        if token is None:
            token = self._made[i] = _Token(self.words[i], self.starts[i] - self.offset, self.ends[i] - self.offset,
                                           self.keys[i])
        return token

    def _first_ending_after(self, position: int) -> int:
        """The index of the first word that ends after ``position`` (counted from ``offset``)."""
        return bisect.bisect_right(self.ends, position + self.offset)

    def without(self, spans: list[tuple[int, int]]) -> "_Words":
        """The words no span of ``spans`` (start, end) touches; found by bisection, the spans being few."""
        dropped: list[tuple[int, int]] = []  # runs of words (first, last + 1)
        starts = self.starts
        for start, end in spans:
            first = k = self._first_ending_after(start)
            while k < len(starts) and starts[k] - self.offset < end:
                k += 1
            if k > first:
                dropped.append((first, k))
        if not dropped:
            return self
        kept, last = [], 0
        for first, k in sorted(dropped):
            if first > last:
                kept.append((last, first))
            last = max(last, k)
        kept.append((last, len(starts)))
        out: tuple[list, list, list, list, list] = ([], [], [], [], [])
        for first, k in kept:
            for whole, part in zip((self.words, self.starts, self.ends, self.keys, self.keep), out):
                part += whole[first:k]
        return _Words(out[0], out[1], out[2], self.offset, out[3], self.root, out[4])

    def part(self, start: int, end: int) -> "_Words | None":
        """The words of the text's characters ``start:end`` as a text of its own, or None when a word runs across
        either end (then the part alone splits differently). The word pattern looks at nothing around a word,
        so a part cut between words holds exactly the text's words between its ends."""
        starts = self.starts
        first = self._first_ending_after(start)
        if first < len(starts) and starts[first] - self.offset < start:
            return None
        last = self._first_ending_after(end)
        if last < len(starts) and starts[last] - self.offset < end:
            return None
        return _Words(self.words[first:last], starts[first:last], self.ends[first:last], self.offset + start,
                      self.keys[first:last], self.root, self.keep[first:last])

    def has(self, i: int) -> bool:
        """Whether there is a word ``i``; the name finder asks this before it reads a word after the first."""
        if i < len(self.keys):
            if i > self.reach:
                self.reach = i
            return True
        return False

    def root_index(self, i: int, ahead: int) -> int:
        """The root's index of word ``i`` when the words ``i`` to ``i + ahead`` are the root's words in a row
        (so those after them exist here if they exist in the root), else -1."""
        keep = self.keep
        g = keep[i]
        if ahead == 0:
            return g
        return g if i + ahead < len(keep) and keep[i + ahead] == g + ahead else -1


def _first_name_keys(lex: "Lexicon") -> frozenset[str]:
    """Every first name the name data knows (Swedish and from abroad): the words a name may start with."""
    keys = lex.__dict__.get("_first_name_keys")
    if keys is None:
        keys = lex.first_sv | lex.first_other | lex.family_first
        object.__setattr__(lex, "_first_name_keys", keys)  # computed once per lexicon
    return keys


def _adjacent(text: str, a: _Token, b: _Token, after_initial: bool = False) -> bool:
    if b.start - a.end > 3:
        return False
    gap = text[a.end:b.start]
    if after_initial and gap.startswith("."):
        gap = gap[1:]
    return 0 < len(gap) <= 2 and gap.strip(" \t") == "" or (after_initial and gap == "")


def _at_sentence_start(text: str, token: _Token) -> bool:
    return _before_is_sentence_start(text, token.start)


def _before_is_sentence_start(text: str, start: int) -> bool:
    """Whether a word starting at ``start`` begins a sentence, a line or a bracket (see _SENTENCE_START)."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_START


def _personal_number_after(text: str, end: int) -> bool:
    """Whether a personal identity number follows ``end`` after one or two blanks: valid, or a date and four
    digits after a dash or a plus ("Noah 150611-2285": a person's, whatever its check digit)."""
    j = end
    while j < len(text) and j - end < 2 and text[j] in " \t":
        j += 1
    if j == end:
        return False
    m = _PERSONAL_NUMBER_RE.match(text, j)
    return m is not None and (_valid_personal_number(m) or (m["sep"] or "").strip() in _PERSONAL_NUMBER_MARKS
                              and bool((m["sep"] or "").strip()) and _plausible_date(m["date"]))


def _surroundings(text: str, token: _Token) -> tuple:
    """What lies around ``token`` in ``text`` beyond its neighbouring words, for a first name standing alone:
    (the word right before it, on the same line with only blanks between, or None; whether that word starts a
    sentence; whether that word is joined to the one before it by a colon or a dot, an abbreviation such as
    "S:t"; whether a number follows the token after blanks, a date such as "Maj 2020")."""
    i = token.start
    k = i
    while k > 0 and i - k < 3 and text[k - 1] in " \t":
        k -= 1
    before = None
    starts = joined = False
    if 0 < k < i and _LETTER_RE.match(text[k - 1]):
        b = k - 1
        while b > 0 and (_LETTER_RE.match(text[b - 1]) or text[b - 1] == "-" and b > 1 and _LETTER_RE.match(text[b - 2])):
            b -= 1
        before = text[b:k]
        starts = _at_sentence_start(text, _Token(before, b, k))
        joined = b > 0 and text[b - 1] in ":."
    j = token.end
    while j < len(text) and j - token.end < 3 and text[j] in " \t":
        j += 1
    number = j > token.end and j < len(text) and text[j].isdigit()
    return before, starts, joined, number


# endings so short that a name from abroad may end with them ("Vuolab", "Westerhus"): an organisation's word only
# alone or after a word of the word list ("Sjukhus", "Barnhem", "Datalab"; a linking "s" may join them)
_SHORT_INSTITUTION_ENDINGS = tuple(e for e in _INSTITUTION_ENDINGS if len(e) <= 3)


@lru_cache(maxsize=65536)
def _institution_word(word: str) -> bool:
    key = word.casefold()
    if not key.endswith(_INSTITUTION_ENDINGS):
        # a compound led by an organisation's word: "Stiftelse-finansierade", "Fonden-stödda"
        head, dash, tail = word.partition("-")
        return bool(dash) and head[:1].isupper() and tail[:1].islower() and _institution_word(head)
    for ending in _SHORT_INSTITUTION_ENDINGS:
        if key.endswith(ending) and len(key) > len(ending) and not key.endswith(_LONGER_ENDINGS[ending]):
            head = key[:-len(ending)].rstrip("-")
            return lexicon().is_common(head) or head.endswith("s") and lexicon().is_common(head[:-1])
    return True


@dataclass
class Context:
    """What one page says about itself: surnames of the full names it holds, words it uses in lower case
    (a set, or a :class:`_LowerWords` that answers word by word)."""

    surnames: set[str] = field(default_factory=set)
    lower_words: set[str] = field(default_factory=set)
    # the page, its words and its lines with an "at" (from Redactor.context): a part of the page takes its
    # words from there, and looks for e-mail addresses only when it touches such a line
    page: str | None = field(default=None, repr=False, compare=False)
    words: "_Words | None" = field(default=None, repr=False, compare=False)
    at_lines: list | None = field(default=None, repr=False, compare=False)
    # what the page's name finder found at each word it tried, and what it asked of the context there
    scan: "_Scan | None" = field(default=None, repr=False, compare=False)
    # where a page's tries write down what they ask (Redactor.context)
    log: list | None = field(default=None, repr=False, compare=False)
    # the page's names in person positions, (start, end) in order, and the redactor that found them
    # (Redactor._page_positions): a part of the page made of whole lines takes its own from there
    positions: tuple | None = field(default=None, repr=False, compare=False)
    # the page's e-mail addresses, (start, end) in order, and their starts: the same for such a part
    emails: tuple | None = field(default=None, repr=False, compare=False)
    # the initials of the page's full names (Redactor.context): {letters: defined}, defined when the page writes
    # them in brackets right after the name ("Anna Ek (AE)")
    initials: dict | None = field(default=None, repr=False, compare=False)
    # the page's user names, handles and lower-case spellings that hold a part of one of its full names
    # ("@psykologanna", "aberglund", "anna.berglund.x", "annamaria" of "Anna-Maria Berglund"): Redactor.context
    logins: frozenset = field(default=frozenset(), repr=False, compare=False)
    # the genitives of the first names of the page's full names ("annas" of "Anna Ek"): Redactor.context
    first_genitives: frozenset = field(default=frozenset(), repr=False, compare=False)
    # the first names of the page's full names that may stand for the person alone ("Mette" of "Mette Dahl"):
    # Redactor.context
    first_names: frozenset = field(default=frozenset(), repr=False, compare=False)
    # the page's own spans, their starts and which of the page's gates it passes (Redactor.spans of the page, for
    # its later parts: Redactor._page_part_spans); None until the page is redacted, or when no part may take them
    page_spans: tuple | None = field(default=None, repr=False, compare=False)
    # the page's own spans as Redactor.spans gives them (its parts may ask for them before the page itself is asked)
    page_found: list | None = field(default=None, repr=False, compare=False)
    # whether every surname of the names the page's redaction found is one of ``surnames`` (Redactor._spans)
    page_names_known: bool = field(default=False, repr=False, compare=False)
    # round 28: the words of the page's names found (Redactor.spans of the page): with initials after them, a name
    name_words: frozenset = field(default=frozenset(), repr=False, compare=False)
    # round 29: the words of the page an e-mail address's local part spells as a person's (_words_spelled_by_addresses)
    address_forms: frozenset = field(default=frozenset(), repr=False, compare=False)
    # round 29: initials with dots the page's redaction found as a name ("… av Å.L., ansvarig utgivare …")
    signed_initials: frozenset = field(default=frozenset(), repr=False, compare=False)
    # round 30: the page's full names found, in lower case (_full_names_written_lower)
    lower_names: frozenset = field(default=frozenset(), repr=False, compare=False)
    # the words of the page's names found, folded, and their initials (_page_name_parts): in a file name of a part of
    # the page or of its wave evidence, they name the person ("rutin_xu_heikkinen.pdf", "rutin_IAL.pdf")
    name_parts: tuple = field(default=(frozenset(), frozenset()), repr=False, compare=False)
    # the page's names found written again (_found_name_forms): their full forms with initials, and the words
    # that stand for a person alone (a name in capitals' first word, a quoted pet name)
    found_forms: tuple = field(default=(frozenset(), frozenset()), repr=False, compare=False)
    # the forms in which the page's full names found stand for the person alone (_found_name_part_forms): a word's
    # genitive, a word in no word list, dotted initials
    found_part_forms: frozenset = field(default=frozenset(), repr=False, compare=False)

    def sentence_start(self, text: str, token: "_Token") -> bool:
        """Whether ``token`` starts a sentence of ``text`` (written down in ``log``, if any)."""
        answer = _at_sentence_start(text, token)
        if self.log is not None:
            self.log.append((_SENTENCE_START_ASKED, None, answer))
        return answer

    def surroundings(self, text: str, token: "_Token") -> tuple:
        """:func:`_surroundings` of ``token`` (written down in ``log``, if any)."""
        answer = _surroundings(text, token)
        if self.log is not None:
            self.log.append((_SURROUNDINGS_ASKED, None, answer))
        return answer

    def page_at_lines(self) -> list[tuple[int, int]]:
        if self.at_lines is None:
            self.at_lines = _at_lines(self.page)
        return self.at_lines


_LETTER_RE = re.compile(r"[\p{L}\p{M}]")
_LETTER_OR_DIGIT_RE = re.compile(r"[\p{L}\p{N}]")


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is joined to a letter or digit by a dot, "@" or "_" (as ``_LOWER_WORD_RE``'s
    look-arounds say): a part of an address."""
    return (start >= 2 and text[start - 1] in _ADDRESS_JOINTS and _LETTER_OR_DIGIT_RE.match(text[start - 2]) is not None) \
        or (end + 1 < len(text) and text[end] in _ADDRESS_JOINTS and _LETTER_OR_DIGIT_RE.match(text[end + 1]) is not None)


class _LowerWords:
    """The words a text writes in lower case (what ``_LOWER_WORD_RE`` finds in it), for ``in`` only.

    Few words are ever asked for (a first name at the start of a sentence), so
    each is looked up when asked instead of collecting every lower-case word of
    the page: ``word`` is one of them if it is a lower-case word itself and the
    text holds it with no letter or mark right before or after (then it is a
    whole run of letters, as the pattern finds them).
    """

    __slots__ = ("text", "_asked")

    def __init__(self, text: str):
        self.text = text
        self._asked: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        answer = self._asked.get(word)
        if answer is None:
            answer = self._asked[word] = self._holds(word)
        return answer

    def _holds(self, word: str) -> bool:
        if not isinstance(word, str) or not _LOWER_WORD_RE.fullmatch(word):
            return False
        text, size = self.text, len(word)
        i = text.find(word)
        while i >= 0:
            end = i + size
            if (i == 0 or not _LETTER_RE.match(text[i - 1])) and (end == len(text) or not _LETTER_RE.match(text[end])) \
                    and not _in_address(text, i, end):
                return True
            i = text.find(word, i + 1)
        return False


class _Asked:
    """A set of a page's context that writes down every word asked of it, with the answer."""

    __slots__ = ("of", "asked", "_yes", "keys")

    def __init__(self, of):
        self.of = of
        self.asked: dict[str, bool] = {}
        self._yes: set[str] | None = None
        # sets of words each asked, with each less a final "s" (see among); the words found are in ``asked``
        self.keys: list[set[str]] = []

    def __contains__(self, word: str) -> bool:
        answer = self.asked[word] = word in self.of
        return answer

    def __bool__(self) -> bool:
        # never empty: code that skips work on an empty set does that work, so every word it depends on is asked
        return True

    def intersection(self, words: set[str]) -> set[str]:
        """The words of ``words`` in the set, each asked."""
        if not isinstance(self.of, (set, frozenset)):
            return {word for word in words if word in self}
        found = self.of.intersection(words)
        self.asked.update(dict.fromkeys(words, False))
        self.asked.update(dict.fromkeys(found, True))
        return found

    def among(self, keys: list[str]) -> set[str]:
        """The words of the set that are words of ``keys`` or such a word less a final "s", each of those asked:
        ``intersection`` of them all, but for a set (a page's few surnames) looked up the other way round.
        ``keys`` is kept as given (a list, made a set only where it is looked up: most pages give no surname)."""
        if not isinstance(self.of, (set, frozenset)):
            words = set(keys)
            words.update([key[:-1] for key in keys if key.endswith("s")])
            return self.intersection(words)
        if not self.of:
            self.keys.append(keys)
            return set()
        keys = set(keys)
        found = {word for word in self.of if word in keys or word + "s" in keys}
        self.keys.append(keys)
        self.asked.update(dict.fromkeys(found, True))
        return found

    def same_in(self, other) -> bool:
        """Whether ``other`` gives every answer this one gave (asked once the answers are all written down)."""
        if self._yes is None:
            self._yes = {word for word, answer in self.asked.items() if answer}
        if isinstance(other, (set, frozenset)):
            # the words of other asked: asked one by one, or in a set of words (or one less a final "s")
            asked = other.intersection(self.asked.keys())
            if other:
                for keys in self.keys:
                    keys = keys if isinstance(keys, set) else set(keys)
                    asked.update([word for word in other if word in keys or word + "s" in keys])
            return asked == self._yes
        if not all((word in other) == answer for word, answer in self.asked.items()):
            return False
        for keys in self.keys:
            for word in list(keys) + [key[:-1] for key in keys if key.endswith("s")]:
                if (word in other) != (word in self._yes):
                    return False
        return True


class _Remembered:
    """One text's spans and what its redaction asked of the page's context (the only way a context changes them).

    Sound only while redaction consults a :class:`Context` through membership in ``surnames`` and
    ``lower_words`` alone: anything else it comes to read of the page must be recorded here too. (The page's
    tries in ``scan`` change no span: one is taken only where trying again would give the same.)
    """

    __slots__ = ("spans", "surnames", "lower_words")

    def __init__(self, spans: list, surnames: _Asked, lower_words: _Asked):
        self.spans, self.surnames, self.lower_words = spans, surnames, lower_words
        surnames.of = lower_words.of = None  # only the answers are kept, not the page (its lower-case words)

    def holds_for(self, ctx: Context) -> bool:
        return self.surnames.same_in(ctx.surnames) and self.lower_words.same_in(ctx.lower_words)


_SURNAME, _LOWER, _SENTENCE_START_ASKED, _SURROUNDINGS_ASKED = 0, 1, 2, 3  # what a page's try asked (in _Scan's questions)


class _Log:
    """One set of a page's context that writes down each word asked of it, with the answer, in a shared list."""

    __slots__ = ("of", "which", "log")

    def __init__(self, of, which: int, log: list):
        self.of, self.which, self.log = of, which, log

    def __contains__(self, word: str) -> bool:
        answer = word in self.of
        self.log.append((self.which, word, answer))
        return answer


_NOT_TRIED = object()


class _Scan:
    """What the name finder found at each word of a page where it tried one (:meth:`Redactor.context`), for the
    page's later scans (the page itself with its e-mail addresses and numbers taken out, its parts).

    A try at word ``i`` (a contact name, else :meth:`Redactor._name_at`) reads the redactor's fixed names, the
    words ``i`` to the last one it asks for (``_Words.has`` notes it), the characters between them, whether
    word ``i`` starts a sentence, what lies around it (:func:`_surroundings`: the word before it, a number
    after it), and of the context only whether words are in ``surnames`` or ``lower_words``.
    So where another text has the same words from ``i`` to there in a row (``_Words.root_index``), and gives
    the same answers to the questions the page's try asked, in order (the sentence start asked of the other
    text, the words of its context, which may write them down as ``_Asked`` does), the try's result holds there.
    """

    __slots__ = ("redactor", "words", "starts", "tried")

    def __init__(self, redactor: "Redactor", words: _Words, starts: list[int]):
        self.redactor, self.words, self.starts = redactor, words, starts
        # root index -> (None or (words to the next, surname, end - start), questions, words read ahead)
        self.tried: dict[int, tuple] = {}

    def starts_in(self, tokens: _Words) -> list[int]:
        """The indices in ``tokens`` (words of the page's words) of the page's words a name may start with."""
        keep, starts = tokens.keep, self.starts
        if isinstance(keep, range):
            lo, hi = bisect.bisect_left(starts, keep.start), bisect.bisect_left(starts, keep.stop)
            return [g - keep.start for g in starts[lo:hi]]
        out = []
        for g in starts:
            k = bisect.bisect_left(keep, g)
            if k < len(keep) and keep[k] == g:
                out.append(k)
        return out

    def found(self, text: str, tokens: _Words, i: int, ctx: "Context"):
        """The page's result at word ``i`` of ``tokens`` (words of ``text``) as (next index, surname, end) or
        None, or ``_NOT_TRIED`` when the page's try does not hold here."""
        tried = self.tried.get(tokens.keep[i])
        if tried is None:
            return _NOT_TRIED
        result, questions, ahead = tried
        if tokens.root_index(i, ahead) < 0:
            return _NOT_TRIED
        for which, word, answer in questions:
            if which == _SURNAME:
                asked = word in ctx.surnames
            elif which == _LOWER:
                asked = word in ctx.lower_words
            elif which == _SENTENCE_START_ASKED:
                asked = _at_sentence_start(text, tokens[i])
            else:
                asked = _surroundings(text, tokens[i])
            if asked != answer:
                return _NOT_TRIED
        if result is None:
            return None
        words, surname, length = result
        return i + words, surname, tokens[i].start + length


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
                ctx.first_names = ctx.first_names | more
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
            for m in _PERSONAL_NUMBER_RE.finditer(text):
                if _valid_personal_number(m):
                    found.append((m.start(), m.end(), PERSONAL_NUMBER))
            for m in _PHONE_RE.finditer(text):
                if _plausible_phone(m) or _labelled_phone(text, m) or _cut_phone(text, m):
                    found.append((m.start(), m.end(), PHONE))
                elif (wrapped := _wrapped_phone_end(text, m)) is not None:
                    found.append((m.start(), wrapped, PHONE))
                else:
                    found += _phone_pair_spans(text, m)
            if "\n" in text:
                found += _wrapped_short_phone_spans(text)
                found += _wrapped_area_code_spans(text)
                if "07" in text:
                    found += _wrapped_mobile_spans(text)  # "070 66" / "42 190"
                if "-\n" in text:
                    found += _wrapped_second_phone_spans(text)  # round 29
            if any(hint in text for hint in _PERSONAL_DATA_HINTS):
                found += _labelled_personal_spans(text, found)
            if any(hint in text for hint in _FLAT_HINTS):
                found += [(m.start(), m.end(), ADDRESS) for m in _FLAT_ADDRESS_RE.finditer(text)]
            found += _century_personal_number_spans(text)
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
            if all(self._list_surname(w) for w in words[k:]) \
                    or k > 0 and words[k - 1] in _PARTICLES and all(self._particle_surname(w) for w in words[k:]):
                begin = m.end("last") - len(" ".join(words[k:]))
                while k > 0 and words[k - 1].casefold() in _PARTICLES:  # "van der" before the surname
                    k -= 1
                    begin -= len(words[k]) + 1
                return [(begin, m.end("last"), NAME)]
        return []

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


# --- names in person positions (Redactor._person_position_spans) --------------------------------------------
# two or three initials with dots after "av" or "från" (a colon may follow the word): "Antecknat av J.O.", "från H.B.,"
_INITIALS_AFTER_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?i:av|från):?[ \t]{1,2}(?P<initials>\p{Lu}\.(?:[ \t]?\p{Lu}\.){1,2})(?![\p{L}\p{N}\-])"
)
# two or three initials with dots (a part may be hyphenated: "Y.E-S.") after a role word or a label of minutes
# ("barnombuden A.N. och J.M.", "Dokumentation: E.G. och Y.E-S."), each of a chain joined by "och", "&" or a comma
_INITIAL_DOTS = r"\p{Lu}\.(?:[ \t]?\p{Lu}(?:-\p{Lu})?\.){1,2}(?![\p{L}\p{N}\-])"
_ROLE_INITIALS_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<word>\p{{L}}+):?[ \t]{{1,2}}(?P<chain>{_INITIAL_DOTS}(?:[ \t]{{0,2}}(?:,|&|och)[ \t]{{1,2}}{_INITIAL_DOTS})*)"
)
_INITIAL_DOTS_RE = re.compile(_INITIAL_DOTS)
# two initials with dots hold a capital, a dot, perhaps a blank and a capital (found by the dot, the capital
# before it looked behind for: the engine then skips to the dots; tests/test_fast_paths.py compares)
_INITIALS_HINT_RE = re.compile(r"\.(?<=\p{Lu}\.)[ \t]?\p{Lu}")
_MINUTES_LABELS = frozenset({"dokumentation", "anteckningar", "antecknat", "antecknare", "sekreterare", "justeras",
                             "justerare", "moderator", "protokoll", "protokollförare", "signatur", "sign", "text", "foto",
                             "sammankallande"})  # (round 28: "Sammankallande: T.L.B.")
# initials signed after one slash or two ("/AB", "//AB", with a particle's small letters "/AvH"), alone on a line or after a sentence's or a clause's end, ending the line or a bracket
_SLASH_SIGNATURE_RE = re.compile(
    r"(?:^|(?<=[,.;:!?][ \t]{1,3}))[ \t]{0,3}(?P<initials>/{1,2}(?:\p{Lu}{2,4}|\p{Lu}\p{Ll}{1,3}\p{Lu}\p{Lu}?))[ \t]{0,3}(?=$|[\])])",
    re.MULTILINE
)
# a first name with one initial and a dot that no capitalised word follows: "Aino K. eller", "hälsar Aino K."
_FIRST_INITIAL_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]\p{Lu}\.(?![\p{L}\p{N}\-]|[ \t]?\p{Lu})"
)
# a blank, a capital and a dot: held by every match of both patterns above ("av J.O.", "Aino K."), found faster
_BLANK_INITIAL_RE = re.compile(r"[ \t]\p{Lu}\.")
# a first name signed after one slash or two on a line of its own: "/Johanna", "//Johanna"
_SLASH_FIRST_NAME_RE = re.compile(r"^[ \t]*(?P<name>/{1,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*$", re.MULTILINE)
_SLASHED_LOWER_INITIALS_RE = re.compile(
    r"(?<![\p{L}\p{N}/@.])(?P<initials>\p{Ll}{2,3}(?:/\p{Ll}{2,3}){1,3})(?![\p{L}\p{N}/.@])(?:[ \t]\((?P<names>[^()\n]{3,160})\))?"
)
_BRACKET_NAME_PAIR_RE = re.compile(r"(\p{Lu})\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ ](\p{Lu})\p{Ll}+")
_QUOTE = "[\"\u201c\u201d\u00ab\u00bb]"
# a nickname in quotes between a first name and a surname: 'Gustav "Gurra" Persson', also after a first surname
# ('Erik Johansson ”Jonte” Fahlén')
_NICKNAME_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<first>\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?)(?:[ \t](?P<mid>\p{{Lu}}[\p{{Ll}}\p{{M}}]+(?:-\p{{Lu}}[\p{{Ll}}\p{{M}}]+)?))?"
    rf"[ \t]{_QUOTE}(?P<nick>\p{{Lu}}\p{{Ll}}+){_QUOTE}"
    r"[ \t](?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\p{M}\-])"
)
# the same with the nickname in brackets ("Ann-Charlotte (Lotta) Hagström"), looked for only on the lines holding
# a word in brackets and a blank after it (every match holds one: _BRACKET_WORD_HINT_RE)
# (also in quotes inside the brackets: 'Ann-Charlotte ("Lotta") Hagström')
_BRACKET_NICKNAME_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<first>\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?)[ \t]\({_QUOTE}?(?P<nick>\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?){_QUOTE}?\)"
    r"[ \t](?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\p{M}\-])"
)
_BRACKET_WORD_HINT_RE = plain_re.compile(r"\([\"\u201c\u201d\u00ab\u00bb]?[^\W\d_]+(?:-[^\W\d_]+)?[\"\u201c\u201d\u00ab\u00bb]?\)[ \t]")
# two capitalised words after a word (a role or "av", read by _word_span_before): "Socionom Chidi Okonkwo-Lindahl",
# "leds av Mohammed Al-Khatib"
_PERSON_WORD_NAME_RE = re.compile(
    r"(?<=\p{L}[ \t]{1,2})(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]"
    r"(?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\p{M}\-])"
)
_SWEDISH_ONLY_LETTERS = frozenset("åäö")
# the whole word: "Jocke", "Kicki" (not the start of a longer word: "Kommissionen", "Kassan")
_PET_NAME_RE = re.compile(r"\p{Lu}[a-zåäö]{0,3}(?:bb|dd|ff|gg|kk|ck|ll|mm|nn|pp|ss|tt|zz)[aeio]")
_THING_PREPOSITIONS = frozenset({"i", "inom", "på", "vid"})  # "utbildade i Marte Meo", "en utställning på X Y"
_NEXT_WORD_RE = re.compile(r"[ \t]{1,2}([\p{L}\p{M}\-]+)")
# words that name a person's role (as the end of a compound too: "utvecklingsledaren", "barnsjuksköterska")
_ROLE_ENDINGS = (
    "ledare", "ledaren", "samordnare", "samordnaren", "behandlare", "behandlaren", "handläggare", "handläggaren",
    "chef", "chefen", "socionom", "socionomen", "kurator", "kuratorn", "psykolog", "psykologen", "sköterska",
    "sköterskan", "läkare", "läkaren", "ombud", "ombudet", "rektor", "rektorn", "ordförande", "ordföranden",
    "sekreterare", "sekreteraren", "diakon", "diakonen", "präst", "prästen", "pedagog", "pedagogen", "terapeut",
    "terapeuten", "forskare", "forskaren", "doktorand", "doktoranden", "professor", "professorn", "docent",
    "docenten", "assistent", "assistenten", "strateg", "strategen", "utredare", "utredaren", "stödjare", "stödjaren",
    "konsulent", "konsulenten", "moderator", "moderatorn", "ansvarig", "politiker", "politikern", "kollega", "kollegan",
    "granskare", "granskaren", "översättare", "översättaren", "tolk", "tolken", "lärare", "läraren",
    "kontaktperson", "kontaktpersonen", "jurist", "juristen", "medarbetare", "medarbetaren",
    "utbildare", "utbildaren", "utbildarna",
    # plural: "barnombuden A.N. och J.M."
    "ombuden", "ledarna", "samordnarna", "kuratorerna", "handläggarna", "behandlarna", "konsulenterna",
    "sköterskorna", "läkarna", "psykologerna", "socionomerna", "pedagogerna", "terapeuterna",
    # plural without article: "X och Y (anhörigkonsulenter)"
    "konsulenter", "kuratorer", "psykologer", "socionomer", "pedagoger", "terapeuter", "sköterskor", "assistenter",
)
# _PERSON_WORD_NAME_RE for the standard library's engine on texts of Latin-1 letters, with the blank before the
# name in place of the look-behind (Redactor._person_word_names checks the letter before it)
_FAST_PERSON_WORD_NAME_RE = plain_re.compile(
    rf"[ \t](?P<first>{_L1_WORD}(?:-{_L1_WORD})?)[ \t](?P<last>{_L1_WORD}(?:-{_L1_WORD})*)(?![{_LATIN1_LETTERS}\-])"
)
_LATIN1_LETTER_SET = frozenset(ch for ch in map(chr, range(256)) if plain_re.fullmatch(f"[{_LATIN1_LETTERS}]", ch))
# the first part of a hyphenated surname from abroad: "Al-Khatib", "El-Sayed", "Abu-Bakr", "Ben-Ali"
# endings of Swedish surnames made of two words ("Strömgren", "Hultqvist", "Almstedt"): a rare word ending so is a
# surname after a first name that also names a place ("Dorotea Strömgren")
# (one list for every rule that asks: round 25 had defined it again with these endings, and Python rebinds the
# name, so every user already got this list when called)
_SURNAME_ENDINGS = ("son", "ström", "berg", "gren", "qvist", "kvist", "lund", "dahl", "stedt", "holm", "blad", "fors")
# how the names of Swedish villages and districts end ("Ersboda", "Tomtebo", "Mariehem", "Gottsunda", "Rinkeby"):
# a word we do not know after a full name that ends so is the place the person is at, not a further surname
_PLACE_ENDINGS = ("boda", "bo", "hem", "by", "torp", "hult", "ryd", "sunda", "lunda", "tuna", "inge", "köping", "vik",
                  "näs", "backa", "hed", "heden", "hagen", "sta", "stad", "fors", "malm", "vall", "åker", "löv")
_SURNAME_PREFIXES = frozenset({"al", "el", "abu", "abd", "ben", "bin", "ibn", "ould", "ait", "sankt"})
# organisations' endings that a place's ending ends ("behandlingshem", "hemmet" are no district's)
_DISTRICT_NOT_ENDINGS = ("hemmet", "barnhem", "vårdhem", "ungdomshem", "behandlingshem", "äldrehem", "sjukhem")
# words naming a relative (a family word before a name places a person: "Pappan Yonas …", "Dottern Selam"), also
# as the end of a compound ("familjehemsmamma", "bonuspappan")
_FAMILY_WORDS = frozenset({"dotter", "dottern", "sonen", "bror", "brodern", "syster", "systern", "förälder", "föräldern",
                          "vårdnadshavare", "vårdnadshavaren"})
_FAMILY_ENDINGS = ("mamma", "mamman", "pappa", "pappan")
# "Vår konsulent heter X Y", "Samordnare är X Y": a verb that names, after a role
_NAMING_VERBS = frozenset({"heter", "är", "blir", "blev"})
# verbs that address the person named right after them ("Kontakta X Y", "Mejla X Y"), and those that do so with
# "till" after them, a few words between allowed ("Skicka anmälan till X Y", "Vänd dig till X Y", "Hör av er till")
_ADDRESSING_VERBS = frozenset({"kontakta", "mejla", "maila", "ring", "ringa", "smsa"})
_ADDRESSING_TILL_RE = plain_re.compile(
    r"(?<![^\W\d_])(?i:skicka|skickas|mejla|mejlas|maila|mailas|ring|ringa|vänd|vänder|hör[ \t]av|skriv|anmäl|anmälan|"
    r"anmälningar|frågor|lämna|lämnas|posta|sms:a|smsa)(?:[ \t]{1,2}[^\W\d_]+){0,3}[ \t]{1,2}$")


# a login after "användare" ("exporterad av användare anna_s", "Användarnamn: lili01")
_USER_LOGIN_RE = plain_re.compile(r"(?i:användare|användarnamn|användarnamnet)[ \t]?:?[ \t]{1,2}(?P<login>[A-Za-z][A-Za-z0-9_.\-]{1,29}[A-Za-z0-9])(?![\w@])")
# a family's surname before "-familjen" ("Lind-familjen")
_FAMILY_SUFFIX_RE = re.compile(r"(?<![\p{L}\p{M}\-])(?P<surname>\p{Lu}\p{Ll}+)-familjen(?![\p{L}\p{M}])")


# the end of a role's word and the blank after it, before a name in lower case: every role's word of _ROLE_ENDINGS
# without its first letter (also capitalised, starting a sentence: "Kurator anna lind", "Terapeuten tiina korhonen";
# and "anhörigkonsulent aino hämäläinen"); the word itself is checked where a hint is found
_LOWER_ROLE_HINTS = tuple(dict.fromkeys(
    ("urator ", "uratorn ", "sköterska ", "sköterskan ", "sykolog ", "sykologen ", "amordnare ", "amordnaren ",
     "ledare ", "ledaren ", "ocionom ", "ocionomen ", "läkare ", "läkaren ") + tuple(e[1:] + " " for e in _ROLE_ENDINGS)))


def _hint_stems(hints: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each hint of ``hints`` (each a word's end and a blank) with the shortest of their words (the hint without
    its blank) that it holds ("urator" for "urator " and "uratorn ", "skola" for "förskolan "): a text without
    that word holds no such hint, so the hints sharing it are looked for only where one find found it."""
    return tuple((hint, min((h[:-1] for h in hints if h[:-1] in hint), key=len)) for hint in hints)


def _hints_in(pairs: tuple[tuple[str, str], ...], text: str):
    """The hints of ``pairs`` (from :func:`_hint_stems`) whose word ``text`` holds, in order: the others it does
    not hold (tests/test_fast_paths.py compares with every hint looked for)."""
    present: dict[str, bool] = {}
    for hint, stem in pairs:
        seen = present.get(stem)
        if seen is None:
            seen = present[stem] = stem in text
        if seen:
            yield hint


_LOWER_ROLE_STEMS = _hint_stems(_LOWER_ROLE_HINTS + ("jag, ",))
_LOWER_WORD = r"[\p{Ll}][\p{Ll}\p{M}]+"
# a first name (hyphenated too: "ann-britt") and a surname, with name particles before it ("af klercker"), all lower case
_LOWER_PARTICLES = r"(?:af|von|van|der|da|di|del|della|dos|das|du)"
_LOWER_NAME_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<first>{_LOWER_WORD}(?:-{_LOWER_WORD})?)[ \t]"
    rf"(?P<last>(?:{_LOWER_PARTICLES}[ \t]){{0,2}}{_LOWER_WORD}(?:-{_LOWER_WORD})?)(?![\p{{L}}\p{{M}}\-])"
)
_LOWER_PAIR_BEFORE_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<first>{_LOWER_WORD})[ \t](?P<last>{_LOWER_WORD}(?:-{_LOWER_WORD})?)$")
# a name in lower case after "av": a first name, or initials with a dash ("a-k"), and a surname ("av a-k lindgren")
_LOWER_AV_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])av[ \t](?P<name>(?P<first>\p{Ll}-\p{Ll}|\p{Ll}[\p{Ll}\p{M}]+)[ \t]"
    r"(?P<particle>(?:al|el|abu|abd|ben|bin|ibn|ait|ould)-)?(?P<last>\p{Ll}[\p{Ll}\p{M}]+))(?![\p{L}\p{M}\-])")
# a name in lower case signed after a slash, a role after a comma or the line's end after it ("/mona k, kurator")
_LOWER_SLASH_NAME_RE = re.compile(
    r"(?<![\p{L}\p{N}/])/{1,2}(?P<name>(?P<first>\p{Ll}[\p{Ll}\p{M}]+)(?:[ ](?P<last>\p{Ll}[\p{Ll}\p{M}]*)\.?)?)"
    r"(?=[ \t]*(?:,[ \t]{0,2}(?P<role>[\p{L}\-]+)|$))", re.MULTILINE)
# a host name right after the word for a blog: "hennes blogg barnsomanhoriga.ritvakb.se", "bloggen (https://…)"
_BLOG_HOST_RE = re.compile(
    r"(?<![\p{L}])(?i:blogg|bloggen|bloggar|bloggarna)[ \t]{1,2}(?:[(:][ \t]?)?(?P<host>(?:https?://)?(?:www\.)?"
    r"(?:[a-z0-9](?:[a-z0-9\-]{0,40}[a-z0-9])?\.){1,3}[a-z]{2,6})(?![\w\-]|\.[a-z0-9])")
_ME_AFTER_RE = re.compile(r"[ \t]och[ \t]jag(?![\p{L}])")
# a first name alone asked to be called or written to: "Ring Lisa eller Omar", "Kontakta Lisa och …", "Mejla Lisa: …",
# "Ring Lisa på 070-…", "Kontakta Lisa om …", "Skicka till Lise-Marie.", "Vänd dig till Omar eller …" (a double name
# too; not "Fråga X om": a service's name, "Fråga Doktorn om …")
_CALLED_NAME = r"(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
_CALL_VERB = r"(?:[Rr]ing|[Kk]ontakta|[Mm]ejla|[Mm]aila|[Ss]ms:a|[Ss]msa|(?:[Ss]kicka|[Mm]ejla|[Mm]aila|[Vv]änd[ \t](?:dig|er)|[Hh]ör[ \t]av[ \t](?:dig|er))[ \t]till)"
# two capitalised words inside a sentence, after a word in lower case or a comma (Latin letters: names of the name
# data are written so), read by Redactor._rare_word_surname_spans
_RARE_PAIR_RE = plain_re.compile(
    r"(?:(?<![^\W\d_])(?P<before>[a-zåäöéü]+)|,)[ ](?P<name>(?P<first>[A-ZÅÄÖ][a-zåäöéü]+)[ ]"
    r"(?P<last>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?))(?![^\W\d_]|-)")
# what every match of it holds on its line (a blank first: the search skips to the blanks)
_RARE_PAIR_HINT_RE = plain_re.compile(r" [A-ZÅÄÖ][a-zåäöéü]+ [A-ZÅÄÖ]")
# a lower-case first name called or written to (:meth:`Redactor._lower_called_first_name_spans`): the words before it
# and after it
_CALLED_BEFORE_RE = plain_re.compile(
    r"(?<![^\W\d_])(?i:ring|ringa|kontakta|mejla|maila|sms:a|smsa|fråga|till|med|hos)[ \t]$")
_CALLED_AFTER_RE = plain_re.compile(r"[ \t](?:via|på|om|eller|och|som)[ \t]|[ \t]?[,.:;!?)](?:[ \t\n]|$)|[ \t]*$", plain_re.MULTILINE)
_CALL_FIRST_NAME_RE = re.compile(
    rf"(?<![\p{{L}}])(?:{_CALL_VERB}[ \t]{_CALLED_NAME}[ \t](?:på|om)[ \t]"
    rf"|(?:{_CALL_VERB}|[Ff]råga)[ \t]{_CALLED_NAME}(?:[ \t](?:eller|och)[ \t]|[ \t]?:[ \t]|[.!](?=[ \t\n]|$)))")
# what every match of it holds: the end of its word, a blank and a letter that is no small Swedish one (the
# standard library's engine; a capital of \p{Lu} is a letter, [^\W\d_], and none of a-zåäöéü): most pages hold
# "ing " often, but seldom before a capital
_CALL_HINT_RE = plain_re.compile(r"(?:ing|ontakta|ejla|aila|råga|ms:a|msa|till)[ \t][^\W\d_a-zåäöéü]")
# a first name after a greeting that closes a message: "Mvh X", "Hälsningar X", "hälsar X"
_GREETING_FIRST_NAME_RE = re.compile(
    r"(?<![\p{L}])(?i:mvh|hälsningar|hälsar|kram|kramar|hej)[,:]?[ \t]{1,2}(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}\-])")
# one first name alone after a role ("Ordföranden X hälsade", "Handläggare X."): no capitalised word after it
_ROLE_FIRST_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?P<role>\p{L}+)[ ](?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[.,;:!?)]|[ \t]*$|[ ]\p{Ll}|[ ][\u2013\u2014][ ])",
    re.MULTILINE,
)
# what such a name needs (the standard library's engine, no alternation: each word before it is asked
# whether it is a role's, with str.endswith)
_ROLE_FIRST_NAME_HINT_RE = plain_re.compile(
    r"(?<![^\W\d_])([^\W\d_]{4,}) [A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?(?=[.,;:!?)]|[ \t]*$| [^\W\d_A-ZÅÄÖ]| [\u2013\u2014] )",
    plain_re.MULTILINE)
# a blank and a capital: what every match of the hint above holds right after its word
_CAPITAL_AFTER_BLANK_RE = plain_re.compile(r" [A-ZÅÄÖ]")
_ROLE_ENDING_REACH = max(map(len, _ROLE_ENDINGS))


def _role_first_name_hint(text: str) -> bool:
    """Whether a word of :data:`_ROLE_FIRST_NAME_HINT_RE` in ``text`` ends (casefolded) in a role's ending.

    The hint is searched only on the lines where a blank and a capital follow such an ending (the last
    _ROLE_ENDING_REACH characters before the blank, casefolded, end in one: so do they whenever the word does,
    as casefolding makes no character shorter). The hint's matches hold no line break, its look-behind reads
    the text before a line's start and its ``$`` a line's end as the text's end, so this answers as the hint
    over the whole text does (tests/test_fast_paths.py compares)."""
    searched = -1  # the end of the last line searched
    for blank in _CAPITAL_AFTER_BLANK_RE.finditer(text):
        at = blank.start()
        if at < searched or not text[max(0, at - _ROLE_ENDING_REACH):at].casefold().endswith(_ROLE_ENDINGS):
            continue
        start = text.rfind("\n", 0, at) + 1
        searched = text.find("\n", at)
        if searched < 0:
            searched = len(text)
        if any(m[1].casefold().endswith(_ROLE_ENDINGS) for m in _ROLE_FIRST_NAME_HINT_RE.finditer(text, start, searched)):
            return True
    return False


_GREETING_HINTS = ("vh", "VH", "älsn", "ÄLSN", "älsar", "Kram", "kram", "KRAM", "Hej", "hej", "HEJ")
_GREETING_HINT_RE = plain_re.compile("|".join(_GREETING_HINTS))  # any of them in a text: one pass, not eleven


# initials signed after a slash at a line's start, before a date: "/AB 2013-09-12"
_DATED_SIGNATURE_RE = plain_re.compile(r"^[ \t]*(?P<initials>/[A-ZÅÄÖ]{2,3})[ \t]+(?:19|20)\d\d-\d\d-\d\d[ \t]*$", plain_re.MULTILINE)
# a double first name's initials before a surname: "A-M Lind", "K-G Holm"
_HYPHEN_INITIALS_HINT_RE = plain_re.compile(r"[A-ZÅÄÖ]-[A-ZÅÄÖ] ")  # what such a name holds (Latin letters)
_HYPHEN_INITIALS_NAME_RE = re.compile(r"(?<![\p{L}\p{N}\-])\p{Lu}-\p{Lu}[ \t](?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}\-])")


def _login(word: str) -> bool:
    """Whether a word after "användare" is a login: it holds a digit, "_" or ".", or capitals after its first
    letter ("MarleneV"), or is no Swedish word ("användare som …" is none)."""
    return any(ch.isdigit() or ch in "_." for ch in word) or any(ch.isupper() for ch in word[1:]) \
        or not lexicon().is_common(word)


def _family_word(word: str) -> bool:
    """Whether a (casefolded) word names a relative: "dottern", "familjehemsmamma"."""
    return word in _FAMILY_WORDS or word.endswith(_FAMILY_ENDINGS)


# a name coordinated with a name found (Redactor._beside_name_spans): "… och Ola Berg", "Kim och …"
_NAME_WORD = r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*"
_AND_NAME_AFTER_RE = re.compile(rf"[ \t](?:och|eller|samt|&|resp\.|respektive)[ \t](?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})(?![\p{{L}}\p{{M}}\-])")
_AND_NAME_BEFORE_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-])(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})[ \t](?:och|eller|samt|&|resp\.|respektive)[ \t]$")
# an organisation's name going on after a coordinated name: a genitive and a capitalised word, an organisation's word
_ORG_AFTER_WORDS = r"(?i:stiftelse|stiftelsen|fond|fonden|hus|huset|gården|minne|skola|skolan|gymnasium|förening|föreningen|pris|priset|stipendium|rummet|gruppen)"
_ORG_AFTER_RE = re.compile(
    rf"s?[ \t]+(?:\p{{Lu}}[\p{{Ll}}\p{{M}}]*s[ \t]+)?\p{{Lu}}?[\p{{Ll}}\p{{M}}]*{_ORG_AFTER_WORDS}(?![\p{{L}}])"
    r"|s[ \t]+\p{Lu}")
# a couple's names starting an organisation's name, after the first of them: "(Kjell) och Märta Beijers Stiftelse"
_COUPLE_ORG_RE = re.compile(
    rf"[ \t]och[ \t]{_NAME_WORD}(?:[ ]{_NAME_WORD})?s[ \t]+\p{{Lu}}?[\p{{Ll}}\p{{M}}]*{_ORG_AFTER_WORDS}(?![\p{{L}}])")
# a first name after a surname in a table's row, a column's gap or the line's end after it: "Ek Anna<TAB>kurator"
_ROW_FIRST_NAME_AFTER_RE = re.compile(rf"[ ](?P<first>{_NAME_WORD})(?=\t|[ ]{{2,}}|[ \t]*$)", re.MULTILINE)
# a capitalised word right before a name found
# a word starting an item of a list (after a colon, a comma, a semicolon, a bracket or at a line's start) right
# before a name: the name's first word when the data does not know it
_LIST_FIRST_BEFORE_RE = re.compile(rf"(?:^|[:,;(][ \t]{{1,2}})(?P<first>\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?)[ ]$", re.MULTILINE)
_SURNAME_BEFORE_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-])(?P<last>{_NAME_WORD})[ ]$")
# a capitalised word right after a full name (a second surname), and the word after it
_SECOND_SURNAME_AFTER_RE = re.compile(rf"[ ](?P<last>{_NAME_WORD})(?![\p{{L}}\p{{M}}\-])(?:[ ](?P<next>[\p{{L}}\p{{M}}\-]+))?")
# a first name after a surname and a comma, a bracket or a table cell's end after it: "[Ek], Vendela (kurator)"
_FIRST_AFTER_SURNAME_RE = re.compile(rf",[ ](?P<first>{_NAME_WORD})(?=[ ]\(|[ ]?[;\t|]|[ ]*$)", re.MULTILINE)
# a signature's first name or nickname after one or two slashes, before the full name in brackets: "//Kicki (…"
_SLASH_NICKNAME_BEFORE_RE = re.compile(rf"(?:^|(?<=[ \t]))/{{1,2}}(?P<nick>{_NAME_WORD})[ ]?\($", re.MULTILINE)
# a table's cell holding "Surname, First name" (the cell's first name found): "…;Ek, Vendela;…", "|Ek, Vendela|"
_CELL_SURNAME_BEFORE_RE = re.compile(rf"(?:^|(?P<sep>[;\t|]))[ ]?(?P<last>{_NAME_WORD}),[ ]$", re.MULTILINE)
# a surname (up to two words, particles before it) before a comma and a first name found: "Persson Bäck, [Ulla]"
_SURNAME_COMMA_BEFORE_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<last>(?:(?:van|von|de|der|den|af|la|le|du|da|di|del)[ ]){{0,3}}{_NAME_WORD}(?:[ ]{_NAME_WORD})?),[ ]$")
# a first name or an initial and particles before a surname found: "P. van der [Linden]", "Rosa de la [Cruz]"
# an item "Surname, First" and "och" before a second one ("Ek, Zofia och [Lind, Per-Erik]")
_SURNAME_FIRST_PAIR_BEFORE_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-]){_NAME_WORD},[ ]{_NAME_WORD}[ \t](?:och|samt|eller|&)[ \t]$")
_PARTICLES_BEFORE_RE = re.compile(
    r"(?<![\p{L}\p{M}\-.])(?P<head>\p{Lu}\.|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ ]"
    r"(?:(?:van|von|de|der|den|af|la|le|du|da|di|del|dos|das|ten|ter)[ ]){1,3}$")
_FIRST_NAME_WORD_RE = re.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")
# first names, a particle between them maybe ("Maria del Carmen", "Anna Maria")
_FIRST_NAMES_RE = re.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ ](?:(?:del|de|da|dos|di)[ ])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,2}")
# where a list's item ends after a first name: a bracket, a separator, a dash, a full stop or the line's end
_LIST_ITEM_END_RE = re.compile(r"[ \t]{0,2}(?:[(;|\t,.]|[\u2013\u2014\-][ \t]|(?:och|samt)[ \t]|$)", re.MULTILINE)
# the next item of a list of names written surname first, after a semicolon: "…; Rexhepi, Arben."
_SIBLING_SURNAME_FIRST_RE = re.compile(
    rf"[ \t]?;[ \t]{{1,2}}(?P<last>{_NAME_WORD}(?:[ ]{_NAME_WORD})?),[ ](?P<first>{_NAME_WORD})"
    r"(?=[ \t]{0,2}(?:[(;|\t,.]|[\u2013\u2014\-][ \t]|$))", re.MULTILINE)
_CELL_END_RE = re.compile(r"[ ]?(?:[;\t|]|$)", re.MULTILINE)


# a first name and one initial (or two with a hyphen) without a dot, nothing after them: "// Ola E", "kallad "Ola B-K""
_FIRST_INITIAL_NO_DOT_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ ](?P<initial>\p{Lu}(?:-\p{Lu})?)(?![\p{L}\p{N}\-.])")
# (a small letter, a blank and a capital: found by the blank, the letter before it looked behind for)
_INITIAL_NO_DOT_HINT_RE = plain_re.compile(r" (?<=[a-zåäöéü] )[A-ZÅÄÖ](?:-[A-ZÅÄÖ])?(?![\w\-.])")
_ROMAN_NUMERALS = frozenset({"I", "V", "X"})  # "Gustav V"
# a user name after "av" or a label: letters and digits with dots or underscores between them ("anna_berg_nka", "a.berg")
_LOGIN_AFTER_RE = plain_re.compile(
    r"(?:(?<![^\W\d_])av|(?i:redaktör|webbredaktör|publicerad av|användare|inlagd av|signatur)[ \t]?:)[ \t]{1,2}"
    r"(?P<login>[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9\-]+)+)(?![\w@]|\.[A-Za-z])")
# a lower-case user name of letters (and digits) alone ending a page's byline: "Publicerad av: abergl",
# "senast ändrad 2024-01-02 av redaktör abergl" (found by its " av", then the byline's word looked for before it)
_BYLINE_LOGIN_RE = plain_re.compile(
    r" av[ \t]?:?[ \t]{1,2}(?:(?i:redaktör|webbredaktör|användare)[ \t]{1,2})?"
    r"(?P<login>[a-z][a-z0-9]{2,11})[ \t]*(?=$|[.,;)<])", plain_re.MULTILINE)  # three letters too: initials ("jwa")
_BYLINE_WORD_BEFORE_RE = plain_re.compile(
    r"(?i:publicerad|publicerat|ändrad|ändrat|uppdaterad|uppdaterat|skriven|skrivet|inlagd|inlagt)"
    r"[ \t]?:?(?:[ \t]+[\d\-]{8,10})?[ \t]*$")
_BYLINE_LOGIN_HINTS = ("ublicer", "ndrad", "ndrat", "pdater", "kriven", "krivet", "nlagd", "nlagt")
# a lower-case user name with a dot or an underscore, no e-mail address: "anna.berg-lind", "annaberg_nka"
_DOTTED_LOGIN_RE = plain_re.compile(r"(?<![\w@.\-/])(?P<login>[a-z]{3,}[._][a-z][a-z\-]+(?:[._][a-z]+)*)(?![\w@/]|\.[a-z])")
# a first name with one or two capitals run on: "AnnaB", "AnnaBK"
_CAPITALS_LOGIN_RE = re.compile(r"(?<![\p{L}\p{N}_@.])(?P<first>\p{Lu}\p{Ll}{2,})\p{Lu}{1,2}(?![\p{L}\p{N}_@])")
_CAPITALS_LOGIN_HINT_RE = plain_re.compile(r"[A-ZÅÄÖ](?<=[a-zåäö][A-ZÅÄÖ])")  # a small letter and a capital
# what every match of both user-name patterns above holds: a letter or digit, a dot or an underscore, a letter,
# digit or hyphen (found by its dot or underscore: the pattern opens with a character, not a look-behind)
_LOGIN_HINT_RE = plain_re.compile(r"[._](?<=[A-Za-z0-9][._])(?=[A-Za-z0-9\-])")


def _login_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of ``text`` holding a :data:`_LOGIN_HINT_RE` match, in order: the only lines where
    :data:`_LOGIN_AFTER_RE` and :data:`_DOTTED_LOGIN_RE` can match. Their matches hold no line break, their
    look-behinds read the text before a line's start, and a line break reads to their look-aheads as the text's
    end does, so searching these lines (``finditer(text, start, end)``) finds exactly the matches of the whole
    text (tests/test_fast_paths.py compares)."""
    lines = []
    m = _LOGIN_HINT_RE.search(text)
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if end < 0:
            end = len(text)
        lines.append((start, end))
        m = _LOGIN_HINT_RE.search(text, end)
    return lines


def _addressing_till(text: str, till: int) -> bool:
    """Whether the "till" at ``till`` ends a verb of addressing on its line, a few words between
    (:data:`_ADDRESSING_TILL_RE`): "Skicka anmälan till", "Vänd dig till"."""
    line_start = max(text.rfind("\n", 0, till) + 1, till - 60)
    return _ADDRESSING_TILL_RE.search(text, line_start, till) is not None


def _written_as_name(text: str, head: str) -> bool:
    """Whether ``text`` writes ``head`` (a handle's first part, three letters or more) capitalised before another
    capitalised word, as a name's first word ("Gruppledare Zlatan Hadžiabdić … @zlatan.pratarmedbarn")."""
    if len(head) < 3 or not head.isalpha():
        return False
    word = head[:1].upper() + head[1:].lower() + " "
    i = text.find(word)
    while i >= 0:
        after = i + len(word)
        if (i == 0 or not text[i - 1].isalpha()) and text[after:after + 1].isupper():
            return True
        i = text.find(word, after)
    return False


def _person_word(word: str) -> bool:
    """Whether a (casefolded) word names a person's role or a relative: a person's name may follow it."""
    return word.endswith(_ROLE_ENDINGS) or _family_word(word)


def _word_span_before(text: str, start: int, latin1: bool = False) -> tuple[int, str]:
    """(where it starts, the word) of the word (letters and marks) ending at ``start`` after at most two blanks
    ("" if none); with ``latin1``, for a text of Latin-1 letters, where those are the letters and marks (see
    _FAST_TOKEN_RE)."""
    end = start
    while end > 0 and start - end < 2 and text[end - 1] in " \t":
        end -= 1
    begin = end
    if latin1:
        while begin > 0 and text[begin - 1] in _LATIN1_LETTER_SET:
            begin -= 1
        return begin, text[begin:end]
    while begin > 0 and _LETTER_RE.match(text[begin - 1]):
        begin -= 1
    return begin, text[begin:end]


_ROLE_ALTERNATIVES = "|".join(_ROLE_ENDINGS)
# what after a name with a surname we do not know says a person (after "av"): "från" and a capital ("… från Ájtte"),
# a bracket ("(Eda kommun)"), a comma and a role ("…, anhörigkonsulent")
_PERSON_AFTER_RE = re.compile(  # (round 26: "och hans dotter", "och hennes familj")
    rf"[ \t]{{1,2}}och[ \t](?:hans|hennes)[ \t]|[ \t]{{1,2}}(?:från|vid)[ \t]{{1,2}}\p{{Lu}}|[ \t]{{0,2}}\(|[ \t]{{0,2}},[ \t]{{0,2}}\p{{L}}*(?:{_ROLE_ALTERNATIVES})(?![\p{{L}}])"
)
_NEXT_NAME_WORD_RE = re.compile(r"[ \t](\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\p{M}\-])")
_CAPITAL_NEXT_RE = re.compile(r"[ \t]{1,2}\p{Lu}")
_LOWER_NEXT_RE = re.compile(r"[ \t]{1,2}\p{Ll}")
# a family word, then a capitalised word alone: "Dottern Selam (…)"; the hint (standard library, cheap) first
# a family word and the blank after it, as written (lower case or capitalised); compounds end in one
# the start of every family word looked for before a name (each looked for in the page in lower case: one scan each)
_FAMILY_ROOTS = ("mamma", "pappa", "dotter", "sonen", "bror", "syster", "familjen", "fam.")
_FAMILY_NAME_ROOTS = ("familjen", "fam.")  # before a family's surname
_FAMILY_FIRST_RE = re.compile(r"[ \t]?(?P<first>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}\-])")
_FAMILY_APPOSITION_RE = re.compile(  # "mamma, Rasa Petrauskienė,": a full name between commas after a family word
    r"(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ ](?P<last>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?=[ \t]?[,.)])")
# a name written surname first before a role: "Wójcik, Małgorzata (anhörigkonsulent)", "Abdullahi Farah, Hodan – kurator"
_SURNAME_FIRST_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ ]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?),[ \t]"
    r"(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]{0,2}(?:\([ \t]?|[\u2013\u2014-][ \t]{1,2})(?P<role>[\p{L}\-]+)"
)
_SURNAME_FIRST_HINT_RE = plain_re.compile(r",[ \t][A-ZÅÄÖ\u00c0-\u00de\u0100-\u024f][^\W\d_]+[ \t]{0,2}(?:\(|[\u2013\u2014-][ \t])")  # what every such name holds
_FAST_SURNAME_FIRST_RE = plain_re.compile(
    rf"(?<![{_LATIN1_LETTERS}\-])(?P<last>[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+(?:-[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+)?"
    rf"(?:[ ][{_LATIN1_UPPER}][{_LATIN1_LOWER}]+(?:-[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+)?)?),[ \t]"
    rf"(?P<first>[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+(?:-[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+)?)[ \t]{{0,2}}"
    rf"(?:\([ \t]?|[\u2013\u2014-][ \t]{{1,2}})(?P<role>[{_LATIN1_LETTERS}\-]+)"
)
# a social-media handle ("@kim_b"), not the domain of an address (no word character or "@" right before it)
_HANDLE_RE = plain_re.compile(r"(?P<handle>@[A-Za-z0-9_.]{1,29}[A-Za-z0-9_])(?![\w@])")

# signatures: two to three capitals after a slash ending a line after a word or a date ("… mars 2019 /SK");
# initials after a label of minutes ("Justeras: UlBr / LEB"); a name's letters run together after "av"
# ("Anteckningar förda av MaRo"); the initials of the name right before them in brackets ("Zeynep Aydoğan, Nka (ZA)")
_LINE_END_SIGNATURE_RE = plain_re.compile(r"(?P<initials>/[A-ZÅÄÖ]{2,3})[ \t]*$", plain_re.MULTILINE)
_INITIALS = r"(?:[A-ZÅÄÖ][a-zåäö][A-ZÅÄÖ][a-zåäö]|[A-ZÅÄÖ]{2,4})"
_SIGNED_RE = plain_re.compile(
    r"(?<![^\W\d_])(?i:justeras|justerare|justerat|justering|signerat|signatur|protokollförare)[ \t]*:?[ \t]{0,2}"
    rf"(?P<list>{_INITIALS}(?:[ \t]{{0,2}}(?:/|,|&|och)[ \t]{{0,2}}{_INITIALS})*)(?![^\W_])"
)
_SIGNED_HINTS = ("ustera", "USTERA", "ignerat", "ignatur", "rotokollför")
# two or more initials credited for a text or a picture at a line's end: "Text: AB/CD", "Foto: AB, CD"
_CREDIT_INITIALS_RE = plain_re.compile(
    r"(?<![^\W\d_])(?:Text|Foto|Bild|Foto och text|Text och foto|Text och bild)[ \t]*:[ \t]{0,2}"
    r"(?P<list>[A-ZÅÄÖ]{2,3}(?:[ \t]?(?:/|,|&)[ \t]?[A-ZÅÄÖ]{2,3})+)[ \t]*$", plain_re.MULTILINE)
_CREDIT_HINTS = ("ext:", "ext :", "oto:", "oto :", "ild:", "ild :")
_MIXED_AFTER_AV_RE = plain_re.compile(r"av[ \t]{1,2}(?P<mixed>[A-ZÅÄÖ][a-zåäö][A-ZÅÄÖ][a-zåäö])(?![^\W_])")
_BRACKET_INITIALS_RE = plain_re.compile(r"\((?P<initials>[A-ZÅÄÖ]{2,3})\)")
# two or three capitals in brackets signing a message: alone on their line, or ending it after a clause's end
# ("Tack för idag!\n(ÅL)", "Vi ses på torsdag. (ÅL)"); an abbreviation in brackets follows its words instead
_BRACKET_SIGNATURE_RE = plain_re.compile(
    r"(?:^[ \t]*|[.!?][ \t]{1,3})\((?P<initials>[A-ZÅÄÖ]{2,3})\)[ \t]*$", plain_re.MULTILINE)
# initials in mixed case signed after a slash (a blank or none after it) ending a line after a word or a date:
# a first name's initial and the surname's first letters ("… 2014-12-18 / ABe", "AnKo"), a particle's ("AvH")
_MIXED_INITIALS = r"(?:[A-ZÅÄÖ]{2}[a-zåäö]{1,2}|[A-ZÅÄÖ][a-zåäö]{1,2}[A-ZÅÄÖ][a-zåäö]{0,2})"
_MIXED_LINE_END_SIGNATURE_RE = plain_re.compile(
    rf"/[ \t]?(?P<initials>{_MIXED_INITIALS})[ \t]*$", plain_re.MULTILINE)
# what is no signature: an abbreviation with a Swedish ending ("TVn", "PCs"), one of two words and "och" ("FoU",
# "SoL"), a degree ("PhD", "MSc")
_INFLECTED_ABBREVIATION_RE = plain_re.compile(r"[A-ZÅÄÖ]{2}(?:n|s|en|et|ns|na|ar|er)|[A-ZÅÄÖ]o[A-ZÅÄÖ]s?|PhD|MSc|BSc|MSci|DrPH")
_CAPITALISED_WORD_RE = re.compile(r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*")


def _signature_spans(text: str) -> list[tuple[int, int]]:
    """Signatures and initials (see above) in ``text``."""
    spans = []
    if "/" in text:
        for m in _LINE_END_SIGNATURE_RE.finditer(text):
            # after a word or a date and blanks ("… mars 2019 /SK"); at a line's start or after a clause's end the
            # slash signature pattern finds it
            if _after_word_and_blanks(text, m.start(), blanks_needed=True):
                spans.append(m.span("initials"))
        for m in _MIXED_LINE_END_SIGNATURE_RE.finditer(text):
            if _after_word_and_blanks(text, m.start()) and not _INFLECTED_ABBREVIATION_RE.fullmatch(m["initials"]):
                spans.append(m.span("initials"))
    if any(hint in text for hint in _SIGNED_HINTS):
        spans += [m.span("list") for m in _SIGNED_RE.finditer(text)]
    if "/" in text or "," in text or "&" in text:
        if any(hint in text for hint in _CREDIT_HINTS):
            spans += [m.span("list") for m in _CREDIT_INITIALS_RE.finditer(text)]
    if "(" in text:
        for m in _BRACKET_INITIALS_RE.finditer(text):
            if _initials_of_name_before(text, m.start(), m.group("initials")):
                spans.append(m.span())
        # three capitals the word list or data/keep_names.csv knows are a unit's or a method's abbreviation
        # ("(KBT)", "(BUP)"), not initials; two are initials ("(ÅL)")
        spans += [m.span("initials") for m in _BRACKET_SIGNATURE_RE.finditer(text)
                  if len(m["initials"]) < 3 or not _known_abbreviation(m["initials"])]
    return spans


def _known_abbreviation(letters: str) -> bool:
    """Whether ``letters`` (capitals) are a word of the word list or a name of :func:`keep_names`."""
    key = letters.casefold()
    return lexicon().zipf(letters) > 0 or any(name.casefold() == key for name, _ in _keep_names_by_word().get(key, ()))


def _after_word_and_blanks(text: str, start: int, blanks_needed: bool = False) -> bool:
    """Whether a letter or digit stands before ``start`` with at most three blanks between (one at least if
    ``blanks_needed``)."""
    k = start
    while k > 0 and start - k < 3 and text[k - 1] in " \t":
        k -= 1
    return k > 0 and text[k - 1].isalnum() and (k < start or not blanks_needed)


def _initials_of_name_before(text: str, start: int, initials: str) -> bool:
    """Whether two or three capitalised words in a row on the line before ``start`` (within 80 characters), the
    first a first name we know (or one from abroad we do not know before surnames or rare words), have
    ``initials`` as their first letters ("Zeynep Aydoğan" for "ZA", "Lars-Erik Bodin" for "LEB", "Gulnara
    Nurmagambetova" for "GN")."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - 80)
    words = list(_CAPITALISED_WORD_RE.finditer(text, line_start, start))
    redactor = _default_redactor()
    for k, word in enumerate(words):
        letters, last = "", None
        for w in words[k:]:
            if last is not None and text[last.end():w.start()] != " ":
                break
            letters += "".join(part[0] for part in w.group().split("-"))
            last = w
            if letters == initials:  # a first name we know, or from abroad before surnames or rare words
                names = [w.group() for w in words[k:words.index(last) + 1]]
                return redactor._plain_first_name(names[0]) or redactor._unknown_first_name(names[0]) \
                    and all(redactor._plain_surname(n, text, start, foreign=True) or redactor._unknown_word(n)
                            for n in names[1:]) \
                    and tuple(n.casefold() for n in names) not in redactor.lex.place_phrases
            if len(letters) >= len(initials):
                break
    return False


# an e-mail address spelled out: "tove.sandgren på dorotea.se", "meron punkt alemu vid regionvarmland punkt se"
# (found from the end: the top-level domain, then the rest before it)
_SPELLED_TLD_RE = plain_re.compile(r"\.(?:se|nu|com|org|net|eu|fi|no|dk)(?![^\W_])")
_SPELLED_WORD_TLD_RE = plain_re.compile(r"[ \t]{1,2}(?:punkt|dot)[ \t]{1,2}(?:se|nu|com|org|net|eu|fi|no|dk)(?![^\W_])|[\[(](?:punkt|dot)[\])][ \t]?(?:se|nu|com|org|net|eu|fi|no|dk)(?![^\W_])")
# every spelled address holds one of these words for its "at" (a bracketed one the e-mail pattern finds)
_SPELLED_AT_HINTS = (" på ", " vid ", " hos ", " at ", "snabel", "(at)", "[at]", "{at}", "(@)", "[@]")
_SPELLED_WORD = r"[^\W_](?:[\w\-]{0,40}[^\W_])?"
_SPELLED_DOT = r"(?:\.|[ \t]{1,2}(?:punkt|dot)[ \t]{1,2}|[ \t]?[\[(](?:punkt|dot)[\])][ \t]?)"
_SPELLED_DOT_RE = plain_re.compile(_SPELLED_DOT, plain_re.IGNORECASE)
_SPELLED_ADDRESS_RE = plain_re.compile(
    rf"(?<![\w.@\-])(?P<local>{_SPELLED_WORD}(?:{_SPELLED_DOT}{_SPELLED_WORD}){{0,3}})"
    r"(?P<at>[ \t]{1,2}(?:på|vid|hos|at|snabel[ \-]?a)[ \t]{1,2}|[ \t]?[\[({](?:at|snabel-?a|@)[\])}][ \t]?"
    r"|[\"'\u201c\u201d\u2019][ \t]{1,2}(?:at|snabel[ \-]?a|@)[ \t]{1,2}[\"'\u201c\u201d\u2018])"  # '"x.y" snabel-a "kommun.se"'
    rf"(?P<domain>{_SPELLED_WORD}(?:{_SPELLED_DOT}{_SPELLED_WORD}){{0,3}})\Z",
    plain_re.IGNORECASE,
)
_SPELLED_TLDS = frozenset({"se", "nu", "com", "org", "net", "eu", "fi", "no", "dk", "www"})


def _spelled_email_spans(text: str) -> list[tuple[int, int]]:
    """E-mail addresses spelled out with words (see above). With "på", "vid" or "hos" for the "at", the part
    before it must hold a dot ("x.y på domän.se"; "Läs mer på kommun.se" is no address)."""
    if not (".se" in text or "punkt" in text or ".nu" in text or ".com" in text or ".org" in text or " dot " in text):
        return []
    spans = []
    tlds = list(_SPELLED_TLD_RE.finditer(text)) if "." in text else []
    if "punkt" in text or "dot" in text:
        tlds += _SPELLED_WORD_TLD_RE.finditer(text)
    for tld in tlds:
        window = max(0, tld.start() - 160, text.rfind("\n", 0, tld.start()) + 1)
        if not any(hint in text[window:tld.start()] for hint in _SPELLED_AT_HINTS):
            continue
        m = _SPELLED_ADDRESS_RE.search(text, window, tld.start())
        if m is None:
            continue
        local = _SPELLED_DOT_RE.split(m.group("local"))
        if m.group("at").strip(" \t").casefold() in ("på", "vid", "hos") and len(local) < 2:
            continue
        if any(part.casefold() in _SPELLED_TLDS for part in local):
            continue  # "kommun.se på …": a web address before the word
        spans.append((m.start(), tld.end()))
    return spans


# "x.y#kommun.se (byt # mot @)": the text says which sign stands for the "at"
_SWAP_HINT_RE = plain_re.compile(r"(?i:byt|ersätt)[ \t]+(?P<sign>[^\w\s@]{1,3})[ \t]+(?i:mot|med)[ \t]+@")


def _swapped_at_spans(text: str) -> list[tuple[int, int]]:
    """E-mail addresses whose "at" is another sign the text names ("… (byt # mot @)")."""
    spans = []
    for hint in _SWAP_HINT_RE.finditer(text):
        sign = plain_re.escape(hint.group("sign"))
        pattern = plain_re.compile(rf"(?<![\w.%+\-])[\w][\w.%+\-]{{0,63}}{sign}[\w\-]{{1,63}}(?:\.[\w\-]{{1,63}}){{1,8}}(?![\w])")
        spans += [m.span() for m in pattern.finditer(text)]
    return spans


def _indices(keys: list[str], wanted) -> list[int]:
    """The indices of the words of ``keys`` in ``wanted``, in order. A page's words hold few of its surnames: each
    is looked for in the list (in C) rather than every word in the set."""
    found = wanted.intersection(keys)
    if len(found) > 3:
        return [i for i, key in enumerate(keys) if key in found]
    out: list[int] = []
    for key in found:
        i = keys.index(key)
        while True:
            out.append(i)
            try:
                i = keys.index(key, i + 1)
            except ValueError:
                break
    out.sort()
    return out


class _Cover:
    """Which character ranges are taken, for tokens asked in order of position (linear overall)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = [span for span in _merge([(s, e, "") for s, e in spans])]
        self.i = 0

    def covers(self, start: int, end: int) -> bool:
        while self.i < len(self.spans) and self.spans[self.i][1] <= start:
            self.i += 1
        return self.i < len(self.spans) and self.spans[self.i][0] < end


def _apply(text: str, spans: list[tuple[int, int, str]]) -> str:
    if not spans:
        return text
    parts, last = [], 0
    for start, end, placeholder in spans:
        parts.append(text[last:start])
        parts.append(placeholder)
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for start, end, label in sorted(spans):
        if merged and start < merged[-1][1]:  # overlapping spans: the longer one's placeholder
            label = label if end - start > merged[-1][1] - merged[-1][0] else merged[-1][2]
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), label)
        else:
            merged.append((start, end, label))
    return merged


def _valid_personal_number(match) -> bool:
    from personnummer import personnummer

    sep = match.group("sep") or ""
    mark = "+" if "+" in sep else "-"
    return personnummer.valid(f"{match.group('date')}{mark}{match.group('tail')}")


def _plausible_phone(match) -> bool:
    digits = re.sub(r"\D", "", match.group(0))
    if match.group("foreign"):  # a country code of one to three digits and 6 to 12 more
        return 6 <= len(digits) - len(match.group("foreign")) + 1 <= 12
    if match.group("intl"):
        national = digits[2:] if digits.startswith("46") else digits[4:]  # after 46 / 0046
        national = national[1:] if national.startswith("0") else national  # "(0)"
        return 7 <= len(national) <= 9
    return 8 <= len(digits) <= 10


_DASHES_RE = re.compile(r"[\-\u2010-\u2015\u2212]")
_CUT_PHONE_RE = re.compile(r"0\d{1,3}[ \t]?[\-\u2010-\u2015\u2212]")  # an area code and a dash: "019-"


def _cut_phone(text: str, match) -> bool:
    """A phone number cut off by the text's end ("… på tel. 019-602 1"): an area code and a dash, five to nine
    digits, no other dash and none right before it (a date's "2012-09-01 – …"), and nothing but blanks after it."""
    number = match.group(0)
    head = _CUT_PHONE_RE.match(number)
    before = text[match.start() - 1] if match.start() else " "
    return not text[match.end():].strip() and head is not None and 5 <= len(re.sub(r"\D", "", number)) <= 9 \
        and not _DASHES_RE.search(number, head.end()) and not _DASHES_RE.match(before) and before != "/"


# the rest of a number wrapped after the first digits of its subscriber part ("070-174" / "06 17" on the next line)
_WRAPPED_REST_RE = re.compile(r"[ \t]{0,2}\n[ \t]{0,4}\d{2,3}(?:[ \t]\d{2,3}){0,2}(?![\p{N}\-])")


def _wrapped_phone_end(text: str, match) -> int | None:
    """Where a phone number ends that a line break cuts after the first digits of its subscriber part
    ("070-174" at a line's end, "06 17" starting the next): an area code, a dash and digits with no other dash,
    too few for a number, ending its line, and digit groups opening the next line that make eight to ten in all."""
    number = match.group(0)
    head = _CUT_PHONE_RE.match(number)
    if head is None or _DASHES_RE.search(number, head.end()) or "\n" in number:
        return None
    before = text[match.start() - 1] if match.start() else " "
    if _DASHES_RE.match(before) or before == "/":
        return None
    rest = _WRAPPED_REST_RE.match(text, match.end())
    if rest is None:
        return None
    digits = len(re.sub(r"\D", "", number)) + len(re.sub(r"\D", "", rest.group(0)))
    return rest.end() if 8 <= digits <= 10 else None


# a number whose short area code and first digits end a line, the rest opening the next ("08-465" / "004 22"): too
# few digits before the break for _PHONE_RE to match at all (round 24)
_WRAPPED_SHORT_PHONE_RE = plain_re.compile(
    r"(?<![\d\-/+.])0\d{1,3}[ \t]?[\-\u2010-\u2015\u2212][ \t]?\d{2,3}[ \t]{0,2}\n[ \t]{0,2}\d{2,3}(?:[ \t]\d{2,3}){0,2}"
    r"(?![\d\-])")


def _wrapped_short_phone_spans(text: str) -> list[tuple[int, int, str]]:
    """Phone numbers wrapped after an area code, a dash and two or three digits (:data:`_WRAPPED_SHORT_PHONE_RE`),
    eight to ten digits in all."""
    return [(m.start(), m.end(), PHONE) for m in _WRAPPED_SHORT_PHONE_RE.finditer(text)
            if 8 <= sum(c.isdigit() for c in m.group(0)) <= 10]


# two numbers in one cell, a slash between them: "026-10 20 30 / 070-123 45 67" (one match of the pattern above)
_PHONE_PAIR_SPLIT_RE = re.compile(r"[ \t]{1,2}/[ \t]{1,2}")


def _phone_pair_spans(text: str, match) -> list[tuple[int, int, str]]:
    """The numbers of a match that runs over two numbers with " / " between them (the match may end inside the
    second): each side of the slash, up to the line's end, read alone."""
    spans = []
    if "/" not in match.group(0):
        return spans
    line_end = text.find("\n", match.end())  # (the line where the match ends: "054-" / "61 52 93 / 070 - …")
    region = text[match.start():line_end if line_end >= 0 else len(text)]
    offset = match.start()
    for part in _PHONE_PAIR_SPLIT_RE.split(region, maxsplit=1):
        start = text.index(part, offset)
        offset = start + len(part)
        m = _PHONE_RE.match(part)
        if m is not None and _plausible_phone(m):
            spans.append((start, start + m.end(), PHONE))
    return spans


# A personal identity number whose check digit is wrong, and a home address, are taken where the text says what
# they are (a label or a table's header): "Personnummer", "Hemadress"
_PERSONAL_DATA_HINTS = ("ersonnummer", "ERSONNUMMER", "emadress", "EMADRESS", "ostadsadress", "pnr", "Pnr", "PNR",
                        # short forms of "personnummer": "Personnr", "Pers.nr", "pers. nr", "Pers nr"
                        "ersonnr", "ERSONNR", "ers.nr", "ERS.NR", "ers. nr", "ers nr")
# a street address with a postcode and a town: "Ekvägen 4, 123 45 Storby", "Lilla gatan 2B lgh 1201, 123 45 By"
_STREET = (
    r"(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}]*(?:[ ]\p{Ll}*)?(?:gatan|vägen|gränd|gränden|stigen|backen|allén|torget|"
    r"leden|gata|väg|plan|platsen|slingan|vägen|torg)[ \t]\d{1,4}[ ]?[A-Za-z]?"
)
# a flat's number ("lgh 1203", "lägenhet 1203"): the Swedish register's four digits, which only a home has
_FLAT = r",?[ \t](?:lgh|Lgh|LGH|lägenhet|Lägenhet)\.?[ \t]?(?:(?i:nr)\.?[ \t]?)?\d{4}(?![\p{N}])"
_POSTCODE_TOWN = r"\d{3}[ \t]?\d{2}[ \t]\p{Lu}[\p{Ll}\p{M}]+(?:[ \-]\p{Lu}[\p{Ll}\p{M}]+)?"
# a floor ("4 tr", "2 trappor", "3 tr.", "vån 2"), written between a street address and its flat or postcode
_FLOOR = r",?[ \t](?:\d{1,2}[ \t]?(?:tr|trappor|trappa|tr\.|vån|våningen)|(?:vån|våning)\.?[ \t]?\d{1,2})(?![\p{L}\p{N}])\.?"
_STREET_ADDRESS_RE = re.compile(rf"{_STREET}(?:{_FLOOR})?(?:{_FLAT})?(?:,?[ \t]|[ \t]?\n){_POSTCODE_TOWN}")
# a street address with a flat's number, a postcode and a town after it or not: a home, whoever's it is
_FLAT_ADDRESS_RE = re.compile(rf"{_STREET}{_FLAT}(?:(?:,?[ \t]|[ \t]?\n){_POSTCODE_TOWN})?")
_FLAT_HINTS = ("lgh", "Lgh", "LGH", "lägenhet", "Lägenhet")  # what every match of _FLAT_ADDRESS_RE holds, as written


# words that make the street address after them in the sentence a person's home: "bor på Ekvägen 4", "hemadress:
# …", "skicka inte post hem till honom på Ekvägen 4", "har lagt upp sin adress, Ekvägen 4, 123 45 By", "hennes
# privata adress Ekvägen 4", "den egna adressen: …"
_HOME_CUE_RE = plain_re.compile(
    r"(?<![^\W\d_])(?:[Bb]or|[Bb]odde|[Bb]oende|[Hh]em(?:ma|ifrån)?|[Hh]emadress(?:en)?|[Bb]ostadsadress(?:en)?|"
    r"[Pp]rivatadress(?:en)?|[Pp]rivatbostad(?:en)?|(?:[Pp]rivat|[Pp]rivata|[Ee]gen|[Ee]gna)[ \t]{1,2}(?:adress(?:en)?|bostad(?:en)?)|"
    r"(?:sin|sina|hans|hennes|deras|min|mitt)[ \t]{1,2}(?:adress|hemadress|bostad)|"
    r"(?:[Aa]dress|[Pp]ostadress|[Bb]esöksadress)(?:en)?[ \t]{0,2}\((?:privat|hem)|"
    r"(?:henne|honom|hen|dem|mig)[ \t]{1,2}privat(?=[ \t]?:)|"
    r"(?:[Pp]rivat|[Hh]em)[ \t]{1,2}adr\.)(?![^\W\d_])")  # round 28: "(privat adr. Storgatan 4, …)"
_HOME_HINTS = ("bor ", "Bor ", "bodde", "Bodde", "boende", "Boende", "hem", "Hem", "adress", "Adress", "bostad", "adr.")
# the street address after a home's cue, before the sentence ends: the street and its number, a flat's number,
# a postcode and a town (each after it optional)
_HOME_STREET_RE = re.compile(rf"{_STREET.removesuffix('[ ]?[A-Za-z]?')}(?:[ ]?[A-Z]|[a-z])?(?![\p{{L}}\p{{N}}])(?:{_FLOOR})?(?:{_FLAT})?(?:(?:,?[ \t]|[ \t]?\n){_POSTCODE_TOWN})?")
_HOME_REACH = 80  # characters after the cue where the address may start
# a sentence's end for a home's cue: a colon introduces the address ("… skickas hem): Ringvägen 4")
_HOME_SENTENCE_END_RE = plain_re.compile(r"[.!?\n](?:[ \t]|$)")


def _home_address_spans(text: str) -> list[tuple[int, int]]:
    """A street address, with or without a postcode and a town, in the same sentence after words that make it a
    person's home (``_HOME_CUE_RE``: "bor på", "hemadress", "hem till honom på", "sin adress"); a workplace's or a
    venue's address ("lokal Sigurdsgatan 12") has no such words before it."""
    spans = []
    for cue in _HOME_CUE_RE.finditer(text):
        window_end = min(len(text), cue.end() + _HOME_REACH)
        stop = _HOME_SENTENCE_END_RE.search(text, cue.end(), window_end)
        m = _HOME_STREET_RE.search(text, cue.end(), stop.start() if stop is not None else window_end)
        if m is not None:
            spans.append(m.span())
    return spans


_SPLIT_FIRST_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<head>\p{Lu}\p{Ll}*)-\n(?P<tail>\p{Ll}+)[ ](?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}\-])")


def _address_after_name_spans(text: str, found: list) -> list[tuple[int, int, str]]:
    """A street address with postcode right after a person's name and a comma ("X Y, Ekvägen 4, 123 45 By") or
    on the lines under a name that ends its line (a contact block: "X Y\nEkvägen 4\n123 45 By"): the person's,
    unlabelled (an office's address follows an office's name). Read only after the names."""
    spans = []
    for _, end, kind in found:
        if kind != NAME or text[end:end + 1] not in (",", "\n", " ", ")"):
            continue
        if text[end] in " )":
            m = _street_address_after_name(text, end)  # round 29: "X Y på Storgatan 48 B, 921 31"
            if m is not None:
                spans.append((m.start(), m.end(), ADDRESS))
            continue
        k = end + 1
        while k < len(text) and text[k] in " \t":
            k += 1
        m = _STREET_ADDRESS_RE.match(text, k)
        if m is None and text[end] == "," and text[k:k + 1].isupper():
            m = _RURAL_ADDRESS_RE.match(text, k)  # round 25: "X Y, Prästgården, Stenkyrka 411, 624 42 Tingstäde"
        if m is None:
            m = _street_address_after_name(text, end)  # round 29
        if m is not None:
            spans.append((m.start(), m.end(), ADDRESS))
    return spans


# a rural home address: a farm's name, a village's name and a number, a postcode and a town
_RURAL_ADDRESS_RE = re.compile(
    r"\p{Lu}[\p{Ll}\p{M}]+(?:[ ]\p{Lu}[\p{Ll}\p{M}]+)?,[ ]\p{Lu}[\p{Ll}\p{M}]+(?:[ ]\p{Lu}[\p{Ll}\p{M}]+)?[ ]\d{1,4}(?:[ ]?[A-Z])?,?"
    r"[ ]\d{3}[ ]?\d{2}[ ]\p{Lu}[\p{Ll}\p{M}]+(?:[ ]\p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}\p{M}])")


def _plausible_date(date: str) -> bool:
    """Whether the six or eight digits of a personal identity number are a date (a co-ordination number's day + 60)."""
    month, day = int(date[-4:-2]), int(date[-2:])
    return 1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)


def _labelled_personal_spans(text: str, found: list) -> list[tuple[int, int, str]]:
    """Personal identity numbers whose check digit fails (made up, or mistyped) and street addresses with postcode,
    in a text that labels them (``_PERSONAL_DATA_HINTS``): a home address is a person's, an office's is not."""
    spans = []
    taken = [(a, b) for a, b, _ in found]
    for m in _PERSONAL_NUMBER_RE.finditer(text):
        if not _touches(taken, m.start(), m.end()) and _plausible_date(m.group("date")):
            spans.append((m.start(), m.end(), PERSONAL_NUMBER))
    for m in _STREET_ADDRESS_RE.finditer(text):
        spans.append((m.start(), m.end(), ADDRESS))
    return spans


# A personal identity number whose check digit fails, unlabelled, beside a person's name on its line (a
# participant list "X Y, 19820315-4428, Storby", a table row): the person's all the same. Only the forms a
# personal identity number is written in (with a dash or none: a blank or a dot joins dates and times too), and
# not right after a label of another number ("Dnr", "ordernr", "faktura", "kundnummer", …).
_OTHER_NUMBER_LABEL_RE = plain_re.compile(
    r"(?<![^\W\d_])(?i:dnr|diarie\w*|ärende\w*|order\w*|beställning\w*|faktura\w*|ocr|ref\w*|kund\w*|avtal\w*|"
    r"konto\w*|clearing\w*|bankgiro|plusgiro|bg|pg|org\.?[ ]?nr|organisationsnr|organisationsnummer|id|löpnr|löpnummer|"
    r"serienr|serienummer|nr|nummer|artikel\w*|lot|batch|sms|kod)[ \t]*[.:#]?[ \t]*$")
_PERSONAL_NUMBER_MARKS = "-+\u2010\u2011\u2012\u2013\u2014\u2015\u2212"  # a dash, or "+" (a hundred years old)


def _personal_numbers_beside_names(text: str, found: list) -> list[tuple[int, int, str]]:
    """Personal identity numbers whose check digit fails, with or without their dash, on a line that holds a
    person's name ``found`` (see above). Read only after the names."""
    names = [(a, b) for a, b, kind in found if kind == NAME]
    if not names:
        return []
    taken = [(a, b) for a, b, _ in found]
    spans = []
    for m in _PERSONAL_NUMBER_RE.finditer(text):
        sep = m.group("sep")
        if sep is not None and (len(sep) != 1 or sep not in _PERSONAL_NUMBER_MARKS) \
                or _touches(taken, m.start(), m.end()) or not _plausible_date(m.group("date")):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if not _touches(names, line_start, line_end):
            continue
        if _OTHER_NUMBER_LABEL_RE.search(text, max(line_start, m.start() - 30), m.start()) is not None:
            continue
        spans.append((m.start(), m.end(), PERSONAL_NUMBER))
    return spans


# a phone label right before a number: "Telefon:", "tel.", "tfn", "mobil", "växel", "vx", "fax"
_PHONE_LABEL_RE = re.compile(r"(?i:\b(?:telefon(?:nummer)?|tel|tfn|mobil(?:nummer)?|mob|växel|vx|fax))[ \t]*[.:]?[ \t]*$")


def _labelled_phone(text: str, match) -> bool:
    """A number of eleven digits (one too many for a Swedish number: a typing slip, "0480-84 512 34") right after
    a phone label is a phone number all the same."""
    digits = re.sub(r"\D", "", match.group(0))
    return len(digits) == 11 and not match.group("intl") \
        and _PHONE_LABEL_RE.search(text, max(0, match.start() - 20), match.start()) is not None


# ------------------------------------------------------------ file names
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


@lru_cache(maxsize=1)
def _default_redactor() -> Redactor:
    return Redactor()


# ------------------------------------------------------- contact blocks
_CONTACT_LABEL_RE = re.compile(
    r"^\s*(?:kontaktuppgifter|kontaktpersoner|kontaktperson|kontakta[ \t]+(?:oss|mig|gärna|någon[ \t]+av[ \t]+oss)|kontakt|för (?:mer )?information(?: kontakta)?|"
    r"mer information|frågor|ansvarig|samordnare|projektledare|projektledning)\b"
    r"(?-i:(?:[ \t]+[a-zåäöéü][a-zåäöéü-]*){1,3}[ \t]*:)?"  # "Kontakt för nätverket:", "Kontaktperson för sidan:"
    r"\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_INLINE_CONTACT_RE = re.compile(r"\b(?:kontakta|kontaktperson(?:en)? är|ring|mejla)\s+(?P<rest>[^.\n]{1,200})", re.IGNORECASE)
_BYLINE_RE = re.compile(
    r"(?:senast uppdaterad|uppdaterad|publicerad|publicerat|skriven|skrivet)\s*:?\s*\d{4}-\d{2}-\d{2}\s+av\s+"
    r"(?P<author>[^,\n]{1,80}?)\s*(?:,\s*ansvarig utgivare\s+(?P<publisher>[^,\n]{1,80}?))?\s*$",
    re.IGNORECASE,
)
_DATE_ONLY_BYLINE_RE = re.compile(r"^\s*(?:senast uppdaterad|uppdaterad)\s*:?\s*\d{4}-\d{2}-\d{2}\s*$", re.IGNORECASE)
_CUT_RE = re.compile(r"[,;:/(|]|\s[-–]\s|\s\d|\s(?:på|om|eller|via)\s|\s(?:tel|telefon|mobil|e-post|epost|mejl|mail)\b", re.IGNORECASE)
_USER_NAME_RE = re.compile(r"^\p{Lu}\p{Ll}+\p{Lu}{1,2}$|^\p{L}+\d+$")


def _person_name(fragment: str, redactor: Redactor | None = None, lenient: bool = False) -> str | None:
    """The person name at the start of a contact line ("Emmy Ahlstedt, 0725…"), if it is one.

    A person name is two to four words, first name plus surname: the first a
    known first name or a rare word, the last a known surname or a rare word;
    no word may be an organisation's ("Anhörigcentrum") or, unless it is a
    known surname, a place ("Borås").
    """
    redactor = redactor or _default_redactor()
    candidate = _CUT_RE.split(fragment.strip(), maxsplit=1)[0].strip()
    tokens = _tokens(candidate)
    if not 2 <= len(tokens) <= 4 or "".join(t.text for t in tokens).replace(" ", "") != candidate.replace(" ", "").replace(".", ""):
        return None
    if any(t.case not in ("title", "upper", "initial") for t in tokens if t.key not in _PARTICLES):
        return None
    lex = redactor.lex
    if any(_institution_word(t.text) for t in tokens):
        return None
    first, last = tokens[0], tokens[-1]
    first_ok = redactor._first_name(first) or (not lex.is_common(first.text) and not redactor._is_place(first.text)) \
        or redactor._pet_name(first.text)
    last_ok = redactor._known_surname(last.text, None) or (
        not lex.is_common(last.text) and not redactor._is_place(last.text) and len(last.text) >= 2
    )
    if lenient and redactor._first_name(first, known_only=True) and not redactor._is_place(last.text):
        last_ok = True  # a byline: "ansvarig utgivare Jonas Fält"
    return candidate if first_ok and last_ok else None


def _byline_names(value: str) -> list[str]:
    """Names in a byline: there the value is a person ("Jonas Fält"), so a known first name is enough."""
    value = value.strip().rstrip(".")
    if not value:
        return []
    full = _person_name(value) or _person_name(value, lenient=True)
    if full:
        return [full]
    # a user name ("EmelieS") or a first name alone, the byline cut short ("Lennart")
    tokens = _tokens(value)
    if len(tokens) == 1 and tokens[0].text == value:
        redactor = _default_redactor()
        if _USER_NAME_RE.match(value) or redactor._first_name(tokens[0], known_only=True):
            return [value]
    return []


# Every contact label, inline contact and byline pattern needs one of these words (in any case): a line without
# one gives no name. They are looked for in the page in lower case, which finds every place where the patterns'
# case-insensitive matching finds them, but for two letters that match "i" and "s" and do not lower to them
# (tests/test_redact_fast_paths.py checks every character): a page holding one is read line by line.
_CONTACT_HINTS = ("uppdaterad", "publicerad", "publicerat", "skriven", "skrivet", "kontakt", "information", "frågor",
                  "ansvarig", "samordnare", "projektled", "ring", "mejla")
_CONTACT_HINT_ODD = ("\u0130", "\u017f")  # "İ" (lowers to "i" and a dot above), "ſ" (long s)


def _hinted_lines(text: str):
    """The indices of the lines of ``text`` (split at line breaks) holding a word of ``_CONTACT_HINTS`` in any
    case, in order (every line, when the page holds a letter of ``_CONTACT_HINT_ODD``)."""
    if any(odd in text for odd in _CONTACT_HINT_ODD):
        return range(text.count("\n") + 1)
    low = _lower(text)  # as long as text: only "İ" lowers to two characters
    hits = []
    for word in _CONTACT_HINTS:
        i = low.find(word)
        while i >= 0:
            hits.append(i)
            end = low.find("\n", i)
            i = low.find(word, end) if end >= 0 else -1  # the next line's
    lines: list[int] = []
    line = counted = 0
    for position in sorted(hits):
        line += low.count("\n", counted, position)
        counted = position
        if not lines or lines[-1] != line:
            lines.append(line)
    return lines


def find_contact_names(text: str) -> set[str]:
    """Person names written in the page's contact blocks and bylines, and names its e-mail addresses spell out.

    Also full names after a role or "av" whose first name or surname the name data does not know.
    Only the lines holding a hint (``_CONTACT_HINTS``: a word every contact label, inline contact and byline
    pattern needs) are read for contact blocks: the others give no name (tests/test_redact_fast_paths.py compares this with
    reading every line)."""
    lines = text.split("\n")
    return _with_first_names(_contact_names(lines, _hinted_lines(text)) | _names_outside_blocks(text, lines))


def _names_outside_blocks(text: str, lines: list[str] | None = None) -> set[str]:
    """The names a page gives outside its contact blocks and bylines: spelled in addresses, in lists, after a
    role, in the name columns of tables, written surname first, in lists with brackets or dashes, nicknames
    (``lines``: the page's lines, split once for the passes that read them)."""
    lines = text.split("\n") if lines is None else lines
    return _names_in_addresses(text) | _listed_names(text, lines) | _person_word_names(text) | _table_names(text) \
        | _bracket_list_names(text) | _surname_first_names(text) | _nickname_names(text) | _dashed_names(text) \
        | _family_names(text) | _run_together_initials(text) | _role_heading_names(text) | _cue_names(text) \
        | _line_start_role_names(text, lines) | _foreign_letter_names(text) | _mail_header_names(text) \
        | _apposition_names(text) | _upper_surname_names(text) | _participant_list_names(lines)



def _name_part(redactor: "Redactor", word: str) -> bool:
    """A word of a full name we may not know: a first name or surname we know, or a word we do not know; no place
    and no organisation's word (each part of a hyphenated one)."""
    return all((redactor._plain_first_name(p) or redactor._known_surname(p, None) or redactor._unknown_word(p))
               and not redactor._is_place(p) and not _institution_word(p) for p in word.split("-"))


# the sender or a recipient of a forwarded e-mail: "Från: Ek Anna <…>", "Kopia: 'Anna Ek' <…>", "From: Anna Ek"
_MAIL_HEADER_HINTS = ("Från:", "Till:", "Kopia:", "Cc:", "CC:", "From:", "To:", "Kopia till:")
_MAIL_HEADER_NAME_RE = re.compile(
    r"^[ \t]*(?:Från|Till|Kopia|Kopia till|Cc|CC|From|To)[ \t]?:[ \t]{0,3}['\"]?"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?:[ ]\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){1,2})"
    r"['\"]?[ \t]*(?:<|\[|$|;)",
    re.MULTILINE,
)


def _mail_header_names(text: str) -> set[str]:
    """The display names of a mail header's lines (:data:`_MAIL_HEADER_NAME_RE`), either word order: every word a
    name's part (:func:`_name_part`), one a first name we know or a word we do not know ("Region X" is none)."""
    if not any(hint in text for hint in _MAIL_HEADER_HINTS):
        return set()
    redactor = _default_redactor()
    names = set()
    for m in _MAIL_HEADER_NAME_RE.finditer(text):
        words = m["name"].split(" ")
        if all(_name_part(redactor, w) for w in words) \
                and any(redactor._plain_first_name(w) or redactor._unknown_word(w) for w in words):
            names.add(m["name"])
    return names


# a full name between commas after a role: "Vår kurator, X Y Z, har …" (two or three words, maybe none known)
_APPOSITION_NAME_RE = re.compile(  # (from the comma on: the role before it is read apart)
    r",[ ](?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?"
    r"(?:[ ]\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){1,2})"
    # a comma and a word in lower case; or, after a role only, a bracket in lower case or a sentence's end
    r"(?:,[ ]\p{Ll}|[ ]\(\p{Ll}|\.(?=[ \t]*(?:$|\n|\p{Lu})))"
)


def _apposition_names(text: str) -> set[str]:
    """Full names of :func:`_apposition_spans`: names of the build."""
    return {text[start:end] for start, end in _apposition_spans(_default_redactor(), text)} if ", " in text else set()


def _apposition_spans(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """(start, end) of the full names of :data:`_APPOSITION_NAME_RE` ("en barnsamordnare, René Lagerkvist, som …"):
    the word before the comma a role's, the first word a first name we know or a word we do not know, every word a
    name's part (:func:`_name_part`); or two words we do not know before a verb (:func:`_unknown_pair_before_verb`).
    The pattern, and what is read around it, stays in one line."""
    spans = []
    if ", " not in text:
        return spans
    for m in _APPOSITION_NAME_RE.finditer(text):
        _, role = _word_span_before(text, m.start())
        if len(role) < 4 or not _person_word(role.casefold()):
            if text[m.end("name")] == "," and _unknown_pair_before_verb(text, m):
                spans.append(m.span("name"))
            continue
        words = m["name"].split(" ")
        if (redactor._plain_first_name(words[0]) or redactor._unknown_word(words[0])) \
                and all(_name_part(redactor, w) for w in words):
            spans.append(m.span("name"))
    return spans


# a surname in capitals before a first name: "LINDQVIST Maja har …" (a surname we know, a first name we know)
_UPPER_SURNAME_HINT_RE = plain_re.compile(r"[A-ZÅÄÖ]{2} [A-ZÅÄÖ][a-zåäö]")
_UPPER_SURNAME_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<last>\p{Lu}{2,}(?:-\p{Lu}{2,})?)[ ](?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}\-])"
)


def _upper_surname_names(text: str) -> set[str]:
    """Names of :data:`_UPPER_SURNAME_RE` (a surname we know, though it may name a place too, in capitals, then a
    first name we know)."""
    if not _UPPER_SURNAME_HINT_RE.search(text):
        return set()
    redactor = _default_redactor()
    return {m[0] for m in _UPPER_SURNAME_RE.finditer(text)
            if all(redactor._known_surname(p, None) for p in m["last"].split("-"))
            and redactor._plain_first_name(m["first"])}


def _run_together_initials(text: str) -> set[str]:
    """A name's letters run together after "av" ("Anteckningar förda av MaRo"): a name of the build."""
    return {m["mixed"] for m in _MIXED_AFTER_AV_RE.finditer(text) if m.start() == 0 or not text[m.start() - 1].isalnum()}


def _family_names(text: str) -> set[str]:
    """A child's or relative's first name after a family word, a family's name after "familjen"
    (:meth:`Redactor._family_first_names`): names of the build."""
    return {text[start:end] for start, end in _default_redactor()._family_first_names(text)}


def _with_first_names(names: set[str]) -> set[str]:
    """``names`` and the first names among them that are found alone only as the page's (:func:`_names_alone`)."""
    return names | _names_alone(names)


# a row of a list with dashes between its fields, a name before a role: "Ale kommun – Chidi Okafor Lind – kurator – …"
_DASHED_NAME_RE = re.compile(
    r"(?:^|[\u2013\u2014|][ \t]{1,2})(?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?:[ ]\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){1,3})"
    r"[ \t]{1,2}[\u2013\u2014][ \t]{1,2}(?P<role>[\p{L}\-]+)",
    re.MULTILINE,
)


def _dashed_names(text: str) -> set[str]:
    """Names in rows of a list whose fields dashes separate, where a role follows the name ("… – Chidi Okafor –
    socionom – …"): the first word a first name we know or a word we do not know, the others surnames, words we
    do not know or rare words; none a place or an organisation's word."""
    redactor = _default_redactor()
    names: set[str] = set()
    for dash in (" \u2013 ", " \u2014 "):
        i = text.find(dash)
        while i >= 0:
            names.update(_dashed_name_before(redactor, text, i))
            i = text.find(dash, i + 3)
    return names


def _dashed_name_before(redactor: Redactor, text: str, dash: int) -> set[str]:
    """The name of :func:`_dashed_names` ending at the dash at ``dash`` (a role after it), if any."""
    role = _TAIL_WORD_RE.match(text, dash + 3)
    if not role or not _person_word(role[0].casefold()):
        return set()
    names = set()
    line = text.rfind("\n", 0, dash) + 1
    for m in _DASHED_NAME_RE.finditer(text, max(line, dash - 120), dash + 3 + len(role[0])):
        if m.end("role") != dash + 3 + len(role[0]):
            continue  # a row's earlier field
        words = m.group("name").split(" ")
        if not (redactor._plain_first_name(words[0]) or redactor._unknown_first_name(words[0])):
            continue
        if any(redactor._is_place(w) or _institution_word(w) or redactor.lex.zipf(w) >= 4.0 for w in words):
            continue
        names.add(m.group("name"))
        if len(words) >= 3:
            names.update({" ".join(words[1:]), " ".join(words[-2:])})
    return names


def _person_word_names(text: str) -> set[str]:
    """Full names after a role or "av" that the name data does not know as such ("Socionom Chidi
    Okonkwo-Lindahl"): names of the build, so the page's tables ("Chidi Okonkwo-Lindahl | …") lose them too.
    A name of three words gives its last two as well ("Yuki Tanaka Berg" and then "sa Tanaka Berg")."""
    names = set()
    for *_, name in _default_redactor()._person_word_names(text):
        names.add(name)
        words = name.split(" ")
        if len(words) >= 3:
            names.update({" ".join(words[1:]), " ".join(words[-2:])})
    return names


def _surname_first_names(text: str) -> set[str]:
    """Names written surname first before a role (:meth:`Redactor._surname_first_names`): "first last", the
    surname alone and a first name the name data does not know alone (names of the build: the surname of
    "Wójcik, Małgorzata" goes as a name, the known first name after the comma as a first name alone)."""
    if "," not in text:
        return set()
    redactor = _default_redactor()
    names = set()
    for *_, last, first in redactor._surname_first_names(text):
        names.add(f"{first} {last}")
        names.add(last)  # "Wójcik" alone: the first name after the comma then stands alone as a name
        if not redactor._plain_first_name(first):
            names.add(first)
    return names


def _nickname_names(text: str) -> set[str]:
    """A nickname in quotes between a first name and a surname ('Dariusz "Darek" Sobczak') is the person's name
    alone too ("… och Darek visade")."""
    if '"' not in text and "\u201c" not in text and "\u201d" not in text and "\u00ab" not in text:
        return set()
    redactor = _default_redactor()
    names = set()
    for m in chain(_NICKNAME_RE.finditer(text), _matches_on_hinted_lines(_BRACKET_WORD_HINT_RE, _BRACKET_NICKNAME_RE, text)):
        start = redactor._nickname_name_start(text, m)
        if start is not None and not redactor.lex.is_common(m.group("nick")):
            second = text[m.end():redactor._second_surname_end(text, m.end())].strip()
            words = (m.group("first"), m.groupdict().get("mid"), m.group("last"), second) if start == m.start() \
                else (m.group("mid"), m.group("last"), second)
            names.add(" ".join(w for w in words if w))
            if redactor._plain_nickname(m.group("nick")):  # (a place's name shortening the first name is no name alone)
                names.add(m.group("nick"))
    return names


def _names_alone(names: set[str]) -> set[str]:
    """The first word of each full name when the name data does not know it as a first name and it is no word,
    place or organisation's word ("Siriporn" of "Siriporn Chaiyasit"): the page's "Hodan och Siriporn" name them.
    (A first name the data knows is found alone anyway, where it stands as one.)"""
    out = set()
    for name in names:
        first, space, _ = name.partition(" ")
        if space and _alone_first_name(first):
            out.add(first)
    return out


@lru_cache(maxsize=65536)
def _alone_first_name(first: str) -> bool:
    """Whether the first word of a full name is a name alone too (:func:`_names_alone`)."""
    redactor = _default_redactor()
    return (redactor._unknown_word(first) or redactor._unknown_first_name(first)) and not redactor._plain_first_name(first)


# A table whose header names its name columns ("Efternamn; Förnamn; Kommun", "Namn | Roll | Telefon"): cells
# separated by semicolons, tabs or bars
_NAME_HEADERS = {"namn": "full", "efternamn": "last", "förnamn": "first", "fornamn": "first", "name": "full",
                 "deltagare": "full", "kontaktperson": "full", "first name": "first", "last name": "last",
                 "surname": "last", "för- och efternamn": "full", "besvarad av": "full", "besvarad_av": "full",
                 "ifylld av": "full", "ifylld_av": "full", "användare": "user", "anvandare": "user",
                 "användarnamn": "user", "anvandarnamn": "user", "username": "user", "user": "user",
                 "e-post": "mail", "epost": "mail", "e-mail": "mail", "email": "mail", "mejl": "mail"}
_TABLE_HEADER_HINT_RE = plain_re.compile(
    r"(?i:namn|name|_av|användare|anvandare|user|kontaktperson)[\"' \t]*[;\t|]|[;\t|][\"' \t]*(?i:namn|name|besvarad|ifylld|användare|anvandare|user|kontaktperson)")
# a cell of a user-name column: a login of letters, digits, "_", "." and "-" ("anna_s", "ROSB", "lili01")
_USER_CELL_RE = plain_re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{1,29}")
# a remark in brackets after a cell's value: "Lind, Sara (vikarie)"
_TABLE_CELL_REMARK_RE = plain_re.compile(r"[ \t]*\([^()]{1,40}\)$")
# a full-name cell written surname first: "Lind, Sara"
_SURNAME_FIRST_CELL_RE = re.compile(r"(?P<last>[^,]{2,60}),[ ](?P<first>[^,]{2,40})")


def _two_on_a_line(text: str, characters: str) -> bool:
    """Whether a line of ``text`` holds one of ``characters`` twice (looked for from each occurrence to the next,
    so a page with few of them is read quickly): a table's header and rows need two separators, as do the lines
    :func:`_table_names` reads."""
    for ch in characters:
        i = text.find(ch)
        while i >= 0:
            j = text.find(ch, i + 1)
            if j < 0:
                break
            if text.find("\n", i, j) < 0:
                return True
            i = j
    return False


def _table_names(text: str) -> set[str]:
    """Names in the name columns of a table: the rows after a header line whose cells (split at ";", a tab or
    "|", three cells or more) include "Namn", "Förnamn" or "Efternamn", up to a line that is no row of the table
    (blank lines between rows are skipped, as pages made from HTML write them). A cell of a full-name column is a
    name when it is two to four capitalised words, none an organisation's word; a surname and a first name
    cell make "first last" and each alone (when it is no everyday word or place)."""
    if not _two_on_a_line(text, ";\t|") \
            or not any(hint in text for hint in ("namn", "Namn", "NAMN", "name", "Name", "NAME", "_av", "nvändare",
                                                 "nvandare", "user", "User", "USER", "rad av", "lld av", "ontaktperson",
                                                 "ONTAKTPERSON")) \
            or _TABLE_HEADER_HINT_RE.search(text) is None:
        return set()
    redactor = _default_redactor()
    lines = text.split("\n")
    names: set[str] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        separator = next((sep for sep in (";", "\t", "|") if line.count(sep) >= 2), None)
        if separator is None:
            continue
        header = [cell.strip().strip('"').strip().casefold() for cell in line.strip().strip("|").split(separator)]
        columns = {k: _NAME_HEADERS[c] for k, c in enumerate(header) if c in _NAME_HEADERS}
        if not columns:
            continue
        while i < len(lines):
            row = lines[i]
            if not row.strip():
                i += 1
                continue
            if row.count(separator) < 2:
                break
            i += 1
            cells = [_TABLE_CELL_REMARK_RE.sub("", cell.strip().strip('"')).strip()
                     for cell in row.strip().strip("|").split(separator)]
            parts = {}
            for k, kind in columns.items():
                if kind == "mail":  # no address in the e-mail column: a user name ("annaberg")
                    if k < len(cells) and _USER_CELL_RE.fullmatch(cells[k]) and len(cells[k]) >= 5 \
                            and not redactor.lex.is_common(cells[k]) and not redactor._is_place(cells[k]):
                        names.add(cells[k])
                    continue
                if kind == "full" and k < len(cells) and " / " in cells[k]:  # two people: "Anna Berg / Ola Ek"
                    names.update(c for c in cells[k].split(" / ") if _NAME_CELL_RE.fullmatch(c) and " " in c)
                if kind == "user":  # a login: its letters are looked for as a name ("zearno01": "zearno")
                    if k < len(cells) and _USER_CELL_RE.fullmatch(cells[k]) and not redactor.lex.is_common(cells[k]):
                        names.update(w for w in plain_re.findall(r"[A-Za-z]{3,}", cells[k])
                                     if not redactor.lex.is_common(w) and not redactor._is_place(w))
                    continue
                if kind == "full" and k < len(cells):
                    if cells[k].isupper() and "," in cells[k]:
                        cells[k] = cells[k].title()  # "LIND, SARA" as "Lind, Sara"
                    elif cells[k].isupper() or cells[k].islower():
                        cells[k] = _cased_name_cell(redactor, cells[k], names)  # "LIND SARA", "s. lind"
                    turned = _SURNAME_FIRST_CELL_RE.fullmatch(cells[k])
                    if turned is not None:  # "Lind, Sara": the name, and its surname alone
                        cells[k] = f"{turned['first']} {turned['last']}"
                        if _NAME_CELL_RE.fullmatch(turned["last"]) and redactor.lex.zipf(turned["last"]) < 4.0 \
                                and not redactor._is_place(turned["last"]):
                            names.add(turned["last"])
                if k < len(cells) and _NAME_CELL_RE.fullmatch(cells[k]) and not any(
                        _institution_word(w) for w in cells[k].split(" ")):
                    parts[kind] = cells[k]
            if "full" in parts and len(parts["full"].split(" ")) >= 2:
                names.add(parts["full"])
            if "first" in parts and "last" in parts:
                names.add(f"{parts['first']} {parts['last']}")
            for kind in ("first", "last"):
                word = parts.get(kind)
                if word is None:
                    continue
                if " " in word:
                    names.add(word)  # "van der Berg": looked for as a sequence of words
                elif redactor.lex.zipf(word) < 4.0 and not redactor._is_place(word) \
                        and not redactor._plain_first_name(word):
                    names.add(word)  # a first name we know is found alone anyway
    return names


# a cell holding a name: capitalised words, name particles between them ("van der Berg", "Mårtensson Al-Amin")
_PARTICLE_ALTERNATIVES = "|".join(sorted(_PARTICLES, key=len, reverse=True))
_NAME_CELL_WORD = r"\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*"  # also "O'Sullivan-Berg"
_NAME_CELL_RE = re.compile(
    rf"(?:(?:{_PARTICLE_ALTERNATIVES})[ ])*{_NAME_CELL_WORD}"
    rf"(?:[ ](?:(?:{_PARTICLE_ALTERNATIVES})[ ])*{_NAME_CELL_WORD}){{0,3}}"
)


# a line that is a role alone ("Projektledare", "Biträdande projektledare", "Processtödjare inom psykiatri")
_ROLE_HEADING_RE = plain_re.compile(r"^[ \t]*[A-ZÅÄÖ][a-zåäö]+(?:[ \t][a-zåäö]+){0,3}[ \t]*$")
# a line that is a name alone, or surname first ("Lind, Sara"), with nothing after it but blanks
_NAME_LINE_RE = re.compile(rf"[ \t]*(?P<name>{_NAME_CELL_WORD}(?:[ ](?:(?:{_PARTICLE_ALTERNATIVES})[ ])*{_NAME_CELL_WORD}){{0,3}})"
                           rf"(?:,[ ](?P<first>{_NAME_CELL_WORD}))?[ \t]*")


def _role_heading_names(text: str) -> set[str]:
    """A name on the line after a line that is a role alone, an organisation page's way to list its people:
    "Projektledare" then "Sara Lind" (or "Lind, Sara"). The role line's first or last word names a role; the
    name line is two to four capitalised words (or surname, comma, first name), none a place or an
    organisation's word, its first word no everyday word."""
    if "\n" not in text:
        return set()
    redactor = _default_redactor()
    names: set[str] = set()
    lines = text.split("\n")
    for k in range(len(lines) - 1):
        role = lines[k]
        if len(role) > 60 or not role.strip() or _ROLE_HEADING_RE.match(role) is None:
            continue
        words = role.split()
        if not (_person_word(words[0].casefold()) or _person_word(words[-1].casefold()) or len(words) > 1
                and _person_word(words[1].casefold())):
            continue
        m = _NAME_LINE_RE.fullmatch(lines[k + 1])
        if m is None:
            continue
        parts = m["name"].split(" ") + ([m["first"]] if m["first"] else [])
        if len(parts) < 2 or any(_institution_word(w) or redactor._is_place(w) for w in parts) \
                or redactor.lex.zipf(parts[-1] if m["first"] else parts[0]) >= redactor.EVERYDAY_ZIPF:
            continue
        if m["first"]:
            names.add(f"{m['first']} {m['name']}")
            names.add(m["name"])
        else:
            names.add(m["name"])
    return names


# a line that starts with a name, a comma and a role: "Sara Lind, kurator och …"
_LINE_START_ROLE_RE = re.compile(
    rf"^(?P<name>{_NAME_CELL_WORD}[ ]{_NAME_CELL_WORD}(?:[ ]{_NAME_CELL_WORD})?),[ \t](?P<role>\p{{Ll}}+)(?![\p{{L}}])",
    re.MULTILINE)


_CAPITAL_RE = re.compile(r"\p{Lu}")


def _opens_with_capital(line: str) -> bool:
    """Whether ``line`` opens with a letter of \\p{Lu} (an ASCII one told by ``str.isupper``, quicker)."""
    first = line[:1]
    return first.isupper() if first.isascii() else _CAPITAL_RE.match(first) is not None


def _may_open_with_a_name(line: str) -> bool:
    """Whether ``line`` may hold a match of :data:`_LINE_START_ROLE_RE`: a name of two or three words, which holds
    no comma, from the line's start to its first comma (so one or two spaces before it), opening with a capital,
    and a blank after that comma."""
    head, comma, rest = line.partition(",")
    return bool(comma) and rest[:1] in (" ", "\t") and 1 <= head.count(" ") <= 2 and _opens_with_capital(head)


def _line_start_role_names(text: str, lines: list[str] | None = None) -> set[str]:
    """A name opening a line, followed by a comma and a role ("Sara Lind, kommunpolitiker, …"): the first word a
    first name (known or a word we do not know), no word a place, an organisation's word or an everyday word.

    The pattern matches from a line's start within the line: it is tried only on the lines that may hold its
    match (:func:`_may_open_with_a_name`), each alone (where it ends there as on the page: no letter after the
    role, the line's end or its line break)."""
    if ", " not in text:
        return set()
    lines = text.split("\n") if lines is None else lines
    return {lines[i][:end] for i, end in _line_start_role_ends(_default_redactor(), lines)}


def _line_start_role_ends(redactor: "Redactor", lines: list[str]):
    """(index, where the name ends in the line) of each of ``lines`` that opens with a name of
    :func:`_line_start_role_names`."""
    for i, line in enumerate(lines):
        if not _may_open_with_a_name(line):
            continue
        m = _LINE_START_ROLE_RE.match(line)
        if m is None or not _person_word(m["role"].casefold()):
            continue
        words = m["name"].split(" ")
        if not (redactor._plain_first_name(words[0]) or redactor._unknown_first_name(words[0])):
            continue
        if any(_institution_word(w) or redactor._is_place(w) or redactor.lex.zipf(w) >= 4.0 for w in words[1:]) \
                or tuple(w.casefold() for w in words) in redactor.lex.place_phrases:
            continue
        yield i, m.end("name")


def _line_start_role_spans(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of the names of :func:`_line_start_role_names` ("Máret Ánne Gaup, barnrättsstrateg"):
    each read from its line's start within the line."""
    spans = []
    if ", " not in text:
        return spans
    lines = text.split("\n")
    starts = [0, *accumulate(len(line) + 1 for line in lines)]
    for i, end in _line_start_role_ends(redactor, lines):
        spans.append((starts[i], starts[i] + end))
    return spans


# words that place a person's name right after them: a photo credit ("Foto: X Y/Org"), a greeting's signature
# ("Vänliga hälsningar, X Y"), a portrait caption ("porträttbild på X Y")
_CUE_NAME_RE = re.compile(
    r"(?:(?i:foto|fotograf|bild|text|illustration|författare|skribent)[ \t]?:|(?i:hälsningar|hälsning)[ \t]?,"
    r"|(?i:porträtt|porträttbild|porträttfoto)[ \t]+(?:på|av)|(?i:skriven|skrivet|publicerad|publicerat)[ \t]+av[ \t]?:?)"
    rf"[ \t]{{1,2}}(?P<name>{_NAME_CELL_WORD}(?:[ ](?:(?:{_PARTICLE_ALTERNATIVES}|Ní|Ó|Mac|Mc)[ ])?{_NAME_CELL_WORD}){{1,2}})"
    r"(?![\p{L}\p{M}])"
)
_CUE_HINTS = ("oto:", "oto :", "ild:", "ningar,", "ning,", "orträtt", "ext:", "ext :", "llustration:", "örfattare:",
              "kribent:", "ven av", "vet av", "rad av", "rat av")


def _cue_names(text: str) -> set[str]:
    """Full names right after a credit for a photo or a text, a byline's "skrivet av", a greeting or a portrait caption (:data:`_CUE_NAME_RE`); the
    first word a first name (known or a word we do not know), no word a place, an organisation's word or an
    everyday word, nor followed by an organisation's word."""
    if not any(hint in text for hint in _CUE_HINTS):
        return set()
    redactor = _default_redactor()
    names = set()
    for m in _CUE_NAME_RE.finditer(text):
        words = m["name"].split(" ")
        if words[-1].endswith("s") and _LOWER_NEXT_RE.match(text, m.end()):
            continue  # a genitive: "Foto: Anna Lindhs minnesfond …"
        after = _NEXT_WORD_RE.match(text, m.end())
        if after is not None and _institution_word(after.group(1)):
            continue
        first = words[0]
        if not (redactor._plain_first_name(first) or redactor._unknown_first_name(first) or redactor._unknown_word(first)
                or redactor._pet_name(first)):
            continue
        if any(_institution_word(w) or redactor._is_place(w) or redactor.lex.zipf(w) >= redactor.EVERYDAY_ZIPF for w in words[1:]):
            continue
        names.add(m["name"])
    return names


# a person in a list with an organisation, a place or a role in brackets: "Hawre Qadir (Eda kommun), …"
_BRACKETED_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ ](?P<last>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)"
    r"[ ]?\((?P<inside>[^()\n]{2,60})\)"
)
_LIST_LABEL_RE = plain_re.compile(r"^[ \t]*(?i:närvarande|frånvarande|deltagare|deltog|medverkande|närvarade|styrgrupp|arbetsgrupp|referensgrupp)\w*[ \t]*:")


def _may_list_with_brackets(line: str) -> bool:
    """Whether a line may hold a list label (:data:`_LIST_LABEL_RE`: it ends in a colon) or two names with
    brackets: a line holding neither a colon nor two opening brackets gives :func:`_bracket_list_names` nothing
    and takes no line after it."""
    return ":" in line or line.count("(") >= 2


def _bracket_list_names(text: str) -> set[str]:
    """Names in a list of people, each with an organisation, a place or a role in brackets ("Närvarande: …, Hawre
    Qadir (Eda kommun), Meron Alemu (Centralsjukhuset Karlstad)"): on a line with a list label ("Närvarande:") or
    with two such items. The first word is a first name we know or a word we do not know, the second a surname
    or a word we do not know; neither an everyday word, a place or an organisation's word, and the bracket names
    an organisation, a place or a role."""
    if "(" not in text:
        return set()
    redactor = _default_redactor()
    names: set[str] = set()
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        if not _may_list_with_brackets(line):
            continue
        labelled = _LIST_LABEL_RE.match(line) is not None
        if labelled:  # a labelled list goes on to the paragraph's end (a PDF's lines break inside names)
            while k < len(lines) and lines[k].strip() and len(line) < 2000:
                line = f"{line} {lines[k].strip()}"
                k += 1
        if line.count("(") < 1 or len(line) > 2000:
            continue
        found = list(_BRACKETED_NAME_RE.finditer(line))
        if not found or len(found) < 2 and not labelled:
            continue
        for m in found:
            first, last = m.group("first"), m.group("last")
            if not (redactor._plain_first_name(first) or redactor._unknown_word(first)):
                continue
            if redactor._is_place(last) or _institution_word(last) \
                    or redactor.lex.is_common(last) and not (labelled and redactor._known_surname(last, None)):
                continue  # (a labelled list's common word that is a surname we know is one: "Kim Le (…)")
            inside = [w for w in _TOKEN_RE.findall(m.group("inside"))]
            if not any(_institution_word(w) or redactor._is_place(w) or _person_word(w.casefold()) for w in inside):
                continue
            names.add(f"{first} {last}")
            if f"{first} {last}" not in text:  # broken across lines: the page's name finder reads no such name
                names.update(w for w in (first, last) if redactor._unknown_word(w) or _alone_first_name(w))
                if all(redactor._known_surname(p, None) and redactor.lex.zipf(p) < Redactor.WORDLIKE_ZIPF
                       and not redactor._is_place(p) for p in last.split("-")):
                    names.add(last)  # a surname we know that is rarely a word ("Ek-Dahlberg")
    return names


# A line that is a person in a list: "Ulla Backe, Knivsta kommun", "Text: Oskar Dal, kommunikatör", "- Eva Fält":
# at the line's start (after a bullet, a number or a short label with a colon) two capitalised words, then the end
# of the line or a comma and a short tail (an organisation, a role) with no full stop.
_LISTED_NAME_RE = re.compile(
    r"^[ \t]*(?:[-•*·–][ \t]*|\d{1,2}[.)][ \t]*|\p{Lu}\p{Ll}{1,20}(?:[ \t]\p{Ll}{1,20})?[ \t]*:[ \t]*)?"
    r"(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]+(?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*"
    r"(?:,[ \t]*(?P<tail>[^.!?\n]{1,60}))?[ \t]*$",
    re.MULTILINE,
)
_FAST_LISTED_NAME_RE = plain_re.compile(  # the same for the standard library's engine, on pages of Latin-1 letters
    rf"^[ \t]*(?:[-•*·–][ \t]*|\d{{1,2}}[.)][ \t]*|[{_LATIN1_UPPER}][{_LATIN1_LOWER}]{{1,20}}(?:[ \t][{_LATIN1_LOWER}]{{1,20}})?[ \t]*:[ \t]*)?"
    rf"(?P<first>[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+(?:-[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+)?)[ \t]+"
    rf"(?P<last>[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+(?:-[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+)?)[ \t]*"
    r"(?:,[ \t]*(?P<tail>[^.!?\n]{1,60}))?[ \t]*$",
    plain_re.MULTILINE,
)


_TAIL_WORD_RE = re.compile(r"[\p{L}\-]*")


def _unended_lines(lines: list[str]) -> list[str]:
    """The lines that do not end a sentence: their last character but blanks is none of ".", "!" and "?" (a
    blank line is left out too). A match of :data:`_LISTED_NAME_RE` is a whole line ("^" to "$" of one line,
    none of its parts matches a line break) ending in a letter of a name or a comma and a tail holding none of
    these: it is the match of the pattern on the line alone, found only on such lines (the pattern is tried at
    the start of each line there, where it tries it on the page)."""
    return [line for line in lines if line.rstrip(" \t")[-1:] not in ".!?"]  # ('' is "in": blank lines left out)


def _listed_names(text: str, lines: list[str] | None = None) -> set[str]:
    """Full names standing alone in a list or a byline (:data:`_LISTED_NAME_RE`): there, as in a contact block, a
    known first name is enough and the surname may be an everyday word ("Ulla Backe"); never a place, an
    organisation's word ("Maria Ungdom") or a tail of more than six words (a sentence, not a list), and a first
    name the page also writes in lower case ("Per Capita" beside "per capita") only with a surname we know."""
    redactor = lower = None
    names = set()
    pattern = _LISTED_NAME_RE if _beyond_latin1(text) else _FAST_LISTED_NAME_RE
    for m in (pattern.match(line) for line in _unended_lines(text.split("\n") if lines is None else lines)):
        if m is None:
            continue
        tail = m["tail"]
        if tail is not None and len(tail.split()) > 6:
            continue
        redactor = redactor or _default_redactor()
        first, last = m["first"], m["last"]
        first_token = _evidenced_first_name(redactor, first, last)
        if first_token is None and tail is not None and _person_word(_TAIL_WORD_RE.match(tail)[0].casefold()) \
                and redactor._unknown_word(first) and redactor._unknown_word(last):
            names.add(f"{first} {last}")  # "Siriporn Chaiyasit, anhörigkonsulent": the role says a person
            continue
        if first_token is None or redactor._is_place(first):
            continue
        # a first name the page also writes as a word ("per capita", "hans barn") needs a surname we know
        lower = lower or _LowerWords(text)
        if first_token.key in lower and not redactor._known_surname(last, None):
            continue
        names.add(f"{first} {last}")
    return names


# Two capitalised words in a row (a first name and a surname, each maybe hyphenated); the second pattern is the
# same for the standard library's engine on pages of Latin-1 letters (as _FAST_TOKEN_RE), several times faster.
_NAME_PAIR_RE = re.compile(
    r"(?<![\p{L}\p{M}\p{N}])(\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)?)[ \t]+(\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)?)(?![\p{L}\p{M}])"
)
_FAST_NAME_PAIR_RE = plain_re.compile(
    f"(?<![{_LATIN1_LETTERS}{_LATIN1_DIGITS}])([{_LATIN1_UPPER}][{_LATIN1_LETTERS}]*(?:-[{_LATIN1_UPPER}][{_LATIN1_LETTERS}]*)?)[ \t]+"
    f"([{_LATIN1_UPPER}][{_LATIN1_LETTERS}]*(?:-[{_LATIN1_UPPER}][{_LATIN1_LETTERS}]*)?)(?![{_LATIN1_LETTERS}])"
)


@lru_cache(maxsize=1 << 16)  # the words of name pairs repeat from page to page ("Region Skåne")
def _bare(word: str) -> str:
    """Folded, letters and digits only: "Per-Olof" -> "perolof", "jonas.falt" -> "jonasfalt"."""
    return "".join(ch for ch in _fold(word) if ch.isalnum())


def _names_in_addresses(text: str) -> set[str]:
    """Full names the page's e-mail addresses spell out: "Malin Gardell" where the page writes
    "malin.gardell@…" or "m.gardell@…". The address is the evidence that the two words are a person, so a
    known first name is enough, with a surname that may be an everyday word ("Jonas Fält"); never a place
    ("Anna Gotland") or an organisation's word."""
    locals_, ends = set(), set()  # the addresses' local parts, bare; the last piece of each ("gardell")
    split = set()  # the local parts "first.last" (two words, lower case)
    for start, end in _email_spans(text) + _spelled_email_spans(text):
        address = text[start:end]
        at = _AT_RE.search(address) or _SPELLED_ADDRESS_RE.search(address)
        local = address[: at.start()] if at and at.re is _AT_RE else at.group("local") if at else ""
        if "." in local or "punkt" in local or "dot" in local:
            pieces = _SPELLED_DOT_RE.split(local)
            if len(pieces) == 2 and all(p.isalpha() and p.islower() for p in pieces):
                split.add((pieces[0], pieces[1]))
        bare = _bare(local).rstrip("0123456789")
        if len(bare) >= 4:
            locals_.add(bare)
            ends.add(_bare(plain_re.split(r"[._\-+]", local.rstrip("0123456789"))[-1]))
    redactor = _default_redactor()
    names = set()
    # "tove.sandgren på …": a first name we know and a word that is no everyday word, place or organisation's
    # word are a person's name, and the surname is hers alone too ("Gruppen leds av Sandgren")
    for first, last in split:
        if _address_person(first, last):
            names.update({f"{first.capitalize()} {last.capitalize()}", last.capitalize()})
    if not locals_:
        return names
    pairs = _NAME_PAIR_RE if _beyond_latin1(text) else _FAST_NAME_PAIR_RE
    for pair in pairs.finditer(text):
        first, last = pair.group(1), pair.group(2)
        quick = last.casefold()
        if quick.isascii() and quick not in ends:
            continue  # no address ends in this word (the bare form of an ASCII word is the word)
        last_bare = _bare(last)
        if not any(local.endswith(last_bare) for local in locals_):
            continue  # what both looks below need
        first_bare = _bare(first)
        if first_bare + last_bare not in locals_ and first_bare[:1] + last_bare not in locals_:
            continue
        if _evidenced_first_name(redactor, first, last) is not None:
            names.add(f"{first} {last}")
        elif first_bare + last_bare in locals_ and redactor._unknown_first_name(first) and redactor._unknown_word(last):
            names.add(f"{first} {last}")  # both words spelled out in the address: a name the data does not know
        elif first_bare + last_bare in locals_ and len(first_bare) >= 2 and len(last_bare) >= 3 \
                and _plain_name_part(redactor, first) and _plain_name_part(redactor, last):
            names.add(f"{first} {last}")  # round 26: both spelled out, no place, organisation or frequent word
    return names


def _address_name_spans(text: str) -> list[tuple[int, int]]:
    """The full names a line's own e-mail address spells out ("Ramin Tehrani, tfn …, ramin.tehrani(at)…"), line
    by line (:func:`_names_in_addresses` on each line holding an "at": a part of a page made of whole lines
    finds what the page finds there)."""
    spans = []
    for start, end in _at_lines(text):
        line = text[start:end]
        for name in _line_address_names(line):
            if " " not in name:
                continue
            i = line.find(name)
            while i >= 0:
                spans.append((start + i, start + i + len(name)))
                i = line.find(name, i + len(name))
        if "\"" in line or "\u201d" in line:
            spans += _nicknamed_names_spelled_by_address(line, start)
    return spans


@lru_cache(maxsize=4096)
def _line_address_names(line: str) -> frozenset:
    """:func:`_names_in_addresses` of one line (remembered: the page's pass and the page's context ask alike)."""
    return frozenset(_names_in_addresses(line))


def _nicknamed_names_spelled_by_address(line: str, start: int) -> list[tuple[int, int]]:
    """Round 26: a first name, a nickname in quotes and a surname whose line's address spells nickname and surname
    ('Thanakorn "Tan" Srisuk, tan.srisuk@…')."""
    spans = []
    for a, b in _address_first_last_pairs(line):
        if b.capitalize() in line and a.capitalize() in line:
            for m in _NICK_NAME_OF_ADDRESS_RE.finditer(line):
                if m["nick"].casefold() == a and m["last"].casefold() == b:
                    spans.append((start + m.start(), start + m.end()))
    return spans


def _full_names_spelled_by_addresses(redactor: "Redactor", text: str) -> frozenset:
    """Round 26: full names a line's e-mail address spells out ("hodan.jama@…", "Hodan.Jama@…", with letters the
    address cannot write: "edin.mehmedovic@…" for "Edin Mehmedović") that the text also writes on another line
    ("Hodan Jama" above the address): they stand for the person anywhere in the page (``Context.first_names``;
    a part of the page alone finds them only on the address's own line)."""
    names = set()
    for start, end in _at_lines(text):
        line = text[start:end]
        names.update(n for n in _line_address_names(line) if " " in n)
        for a, b in _address_first_last_pairs(line):
            name = f"{a.capitalize()} {b.capitalize()}"
            if name not in names and name in text and _plain_name_part(redactor, a.capitalize()) \
                    and _plain_name_part(redactor, b.capitalize()) and not _is_common_pair(a, b):
                names.add(name)
    return frozenset(names)


@lru_cache(maxsize=65536)
def _address_person(first: str, last: str) -> bool:
    """Whether an address's "first.last" is a person's: a first name we know and a word of three letters or more
    that is no place or organisation's word, and no everyday word unless a surname we know that is a word of
    wordfreq only as a name is (rare there, or a patronymic: "Lindqvist", "Johansson")."""
    redactor = _default_redactor()
    lex = redactor.lex
    return redactor._first_name(_Token(first.capitalize(), 0, len(first)), known_only=True) \
        and (not lex.is_common(last) or last in lex.surnames and (lex.zipf(last) < 4.0 or last.endswith("son"))) \
        and not redactor._is_place(last) and not _institution_word(last) and len(last) >= 3


def _evidenced_first_name(redactor: Redactor, first: str, last: str) -> "_Token | None":
    """Where the page's layout or an address says two words are a person ("Ulla Backe, Knivsta kommun",
    "malin.gardell@…"), a known first name is enough and the surname may be an everyday word, but never a
    place or an organisation's word: the first name's token if so."""
    tokens = _tokens(f"{first} {last}")
    if len(tokens) == 2 and redactor._first_name(tokens[0], known_only=True) and not redactor._is_place(last) \
            and not _institution_word(last):
        return tokens[0]
    return None


def _may_be_byline(line: str) -> bool:
    """Whether ``line`` may hold a byline (:data:`_BYLINE_RE`, :data:`_DATE_ONLY_BYLINE_RE`): its date's dashes."""
    return "-" in line


_INLINE_CONTACT_WORDS = ("kontakt", "ring", "mejla")  # what every match of _INLINE_CONTACT_RE holds (in any case)


def _may_contact_inline(line: str) -> bool:
    """Whether ``line`` may hold an inline contact (:data:`_INLINE_CONTACT_RE`): one of its words, looked for in
    lower case as the hints are (:func:`_hinted_lines`: every line holding a letter of ``_CONTACT_HINT_ODD``)."""
    low = line.lower()
    return any(word in low for word in _INLINE_CONTACT_WORDS) or any(odd in line for odd in _CONTACT_HINT_ODD)


def _contact_names(lines: list[str], indices) -> set[str]:
    """Person names in the contact blocks and bylines starting at the lines ``indices`` of ``lines``.

    A pattern is tried on a line only where the line holds what its match needs (:func:`_may_be_byline`,
    :func:`_may_contact_inline`; a label only on a line shorter than a label's, whose only kind it reads)."""
    names: set[str] = set()
    for i in indices:
        line = lines[i]
        if len(line) > 2000:
            continue  # no contact line is this long
        dated = _may_be_byline(line)
        byline = _BYLINE_RE.search(line) if dated else None
        if byline:
            names.update(_byline_names(byline["author"]))
            if byline["publisher"]:
                names.update(_byline_names(byline["publisher"]))
            continue
        if dated and _DATE_ONLY_BYLINE_RE.match(line):
            following = _next_nonblank(lines, i + 1, 1)
            names.update(n for n in map(_person_name, following) if n)
            continue
        label = _CONTACT_LABEL_RE.match(line) if len(line) < 120 else None
        if label:
            rest = label["rest"]
            block = [rest] if rest else []
            block += _next_nonblank(lines, i + 1, 6, stop_at_blank=bool(rest))
            # a block with a phone number or an e-mail address is a person's contact details: there, as in a
            # byline, a known first name is enough ("Kontaktuppgifter: / Malin Gardell / Telefon: …")
            details = any(_PHONE_RE.search(entry) or _AT_RE.search(entry) for entry in block)
            before = len(names)
            for entry in block:
                for cell in entry.split("|"):
                    name = _person_name(cell) or (_person_name(cell, lenient=True) if details else None)
                    if name:
                        names.add(name)
            if len(names) > before:
                continue  # (a label's block that gives no name may still call a person inline: "Frågor? Ring …")
        for inline in (_INLINE_CONTACT_RE.finditer(line) if _may_contact_inline(line) else ()):
            name = _person_name(inline["rest"])
            if name:
                names.add(name)
    return names


def _next_nonblank(lines: list[str], start: int, limit: int, stop_at_blank: bool = False) -> list[str]:
    """Up to ``limit`` lines of the block starting at ``start`` (leading blank lines skipped)."""
    block: list[str] = []
    i = start
    while i < len(lines) and not lines[i].strip() and not stop_at_blank:
        i += 1
    while i < len(lines) and lines[i].strip() and len(block) < limit:
        block.append(lines[i])
        i += 1
    return block


# ----------------------------------------------------------------- API
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


# --- names that are part of a title, an institution's or a place's name (kept) ---------------------------------
# a quoted title of two to eight words ("the book »Name and the long winter«") after a word for a publication, a
# film or a material earlier in the same sentence: a first name in it names a character, not a person
_QUOTES = "\"\u201c\u201d\u00ab\u00bb"
_QUOTED_TITLE_RE = plain_re.compile(
    r"[\"\u201c\u201d\u00ab](?P<title>[^\"\u201c\u201d\u00ab\u00bb\n.!?]{3,80}?"
    r"(?:[?!][ ][^\"\u201c\u201d\u00ab\u00bb\n.!?]{1,60}?)?[?!]?)[\"\u201d\u00bb]"  # ("Name! Name!", "Where? Here")
)
_PUBLICATION_CUE_RE = plain_re.compile(
    r"(?i:\w*(?:bok|boken|böcker|böckerna|bok(?:låda|lådan|lådor|lådorna|paket|paketet|lista|listan|listor|tips|"
    r"hylla|hyllan|hyllor|samling|samlingen|kasse|kassar|kassen)|film|filmen|filmer|filmerna|material|materialet|broschyr|broschyren|"
    r"skrift|skriften|folder|foldern|titel|titeln|titlar|podd|podden|podcast|appen|spel|spelet|saga|sagan|sagor|"
    r"novell|novellen|roman|romanen|pjäs|pjäsen|föreställning|föreställningen|utställning|utställningen|serie|serien|"
    r"visning|visningen|cirkel|cirkeln|häfte|häftet)"
    r"|rapport|rapporten|rapporter|artikel|artikeln|avhandling|avhandlingen|uppsats|uppsatsen|studie|studien"
    r"|projekt|projektet|program|programmet|metod|metoden|modell|modellen|kampanj|kampanjen|satsning|satsningen"
    r"|läs|läsa|läser|köpt|köpte|köper|köpa|beställt|beställde|beställer|delat ut|delar ut|delade ut"
    r"|lånat ut|lånar ut|lånade ut)(?!\w)"
)
_SUBTITLE_RE = plain_re.compile(r"[ ][\u2013\u2014-][ ]|:[ ]")  # a title's subtitle starts after a dash or a colon
_SENTENCE_END_RE = plain_re.compile(r"[.!?:\n](?:[ \t]|$)")
# an abbreviation's last dot, no sentence's end: "bl.a.", "t.ex.", "m.fl."
_ABBREVIATION_END_RE = plain_re.compile(r"(?<![^\W\d_])[^\W\d_]{1,3}\.[ ]?[^\W\d_]{1,3}\.$")
# a name right after a capitalised word of a building or an organisation ("Familjecentralen X Y", "Stiftelsen
# X och Y Z", "Familjens hus X"): the institution is named after a person or a place
_NAMED_AFTER_ENDINGS = (
    "centralen", "centrum", "hus", "huset", "gården", "skola", "skolan", "förskolan", "gymnasiet", "kyrkan",
    "församling", "stiftelse", "stiftelsen", "fonden", "sjukhuset", "kliniken", "mottagningen", "biblioteket",
    "museet", "hemmet", "boendet", "hotel", "hotell", "hotellet",
)
_NAMED_AFTER_HINTS = tuple(f"{ending} " for ending in _NAMED_AFTER_ENDINGS)  # one of them, in lower case
_NAMED_AFTER_STEMS = _hint_stems(_NAMED_AFTER_HINTS)
_NAMED_AFTER_NAME_RE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}(?:[ ]och[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})?)(?![\p{{L}}\p{{M}}\-])"
)
# a full name in the genitive before a rare capitalised word: a place or a building named after a person
# ("X Ys Gård-name"), not the person
# ("(?<![\w\-])" looked for after the first capital, on it and the character before: the engine then skips to
# the capitals; the same matches as the look-behind first, tests/test_fast_paths.py)
_GENITIVE_THING_RE = plain_re.compile(
    r"(?P<first>[A-ZÅÄÖ](?<![\w\-].)[a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?) (?:(?:von|af|van|de|der|den|du|la|le) ){0,2}"
    r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?s"
    r" (?P<thing>[A-ZÅÄÖ][a-zåäö]{2,})(?![\w\-])"
)
# (round 26: or a capitalised everyday word that running text in lower case follows: "X Ys Värld ligger i …")
# a small word and a blank right before a name: the name stands inside a sentence
_LOWER_WORD_BEFORE_RE = plain_re.compile(r"(?<![^\W\d_])[a-zåäöéü]+[ ]$")
# the name of a method, a model or a programme right after the word for it, maybe a compound's end
# ("samtalsmetoden X Y", "modellen X", "stödprogrammet X Y"), and a title, unquoted, right after the word for a book,
# a film or a play (a character's name: "boken Alfons och …", "bilderboken Totte …", "filmen Elvis"; an author
# follows "av"); not a Swedish first name and a surname we know
_METHOD_HINTS = ("metoden ", "modellen ", "programmet ", "konceptet ", "arbetssättet ", "manualen ",
                 "boken ", "filmen ", "sagan ", "serien ", "pjäsen ", "romanen ", "novellen ", "föreställningen ")
_METHOD_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])\p{Ll}*(?:metoden|modellen|programmet|konceptet|arbetssättet|manualen"
    r"|boken|filmen|sagan|serien|pjäsen|romanen|novellen|föreställningen)[ ]"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?:[ ]\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){0,2})"
    r"(?![\p{L}\p{M}\-])"
)

# the name of a group, an activity or a programme right after the word for it, maybe after "heter"/"kallas": quoted
# ("Gruppen 'X'", "samtalsgruppen heter »X«"), or bare before a bracket or "för" ("gruppverksamheten X (för barn …)")
_GROUP_HINTS = ("grupp", "verksamhet", "programmet ", "kursen ", "träff")
_GROUP_NAME_RE = re.compile(
    r"(?i:grupp|gruppen|grupperna|verksamheten|programmet|kursen|träffen|träffarna)"  # maybe a compound's end
    r"(?:[ ](?:som[ ])?(?:heter|kallas))?[ ]"
    r"(?:['\"\u2018\u2019\u201c\u201d\u00ab](?P<quoted>\p{Lu}[\p{Ll}\p{M}]+(?:[ ]\p{Lu}[\p{Ll}\p{M}]+)?)['\"\u2018\u2019\u201c\u201d\u00bb]"
    r"|(?P<bare>\p{Lu}[\p{Ll}\p{M}]+)(?=[ ]?\(|[ ]för[ ]))"
)


KEEP_NAMES_FILE = "data/keep_names.csv"
KEEP_KINDS = ("title", "method", "programme", "organisation", "abbreviation")


@lru_cache(maxsize=1)
def _keep_name_rows() -> tuple[tuple[str, str], ...]:
    """(name, kind) of the rows of data/keep_names.csv: well-known titles of children's books, films and TV series
    built on a character's name, and names of methods, programmes and organisations that hold a person's name or
    look like one (one a row, with its kind and a free note; a researcher adds rows)."""
    with importlib.resources.files("bas_analysis").joinpath(KEEP_NAMES_FILE).open(encoding="utf-8") as fh:
        rows = [(row["name"].strip(), row["kind"].strip()) for row in csv.DictReader(fh)]
    unknown = sorted({kind for _, kind in rows if kind not in KEEP_KINDS})
    if unknown:
        raise ValueError(f"{KEEP_NAMES_FILE}: unknown kind {unknown}, expected one of {list(KEEP_KINDS)}")
    return tuple((name, kind) for name, kind in rows if name)


def _codebook_method_names() -> list[str]:
    """The names of the methods the codebook knows and those of their cues that are plain words, without a
    cue's marks ("beardslee*" gives "beardslee", "sgv=" "sgv"; a regular expression or a cue with a gap is none)."""
    from .coding.codebook import load_codebook  # (here: the codebook is read only when a name is to be kept)

    names = []
    for indicator in load_codebook().indicators:
        for name, _kind, cues in indicator.methods:
            names.append(name)
            for cue in cues:
                if cue.regex is None and cue.words and None not in cue.words:
                    names.append(plain_re.sub(r"[=*]+(?=\s|$)", "", cue.source).strip())
    return [n for n in names if n]


@lru_cache(maxsize=1)
def keep_names() -> tuple[tuple[str, str], ...]:
    """(name, kind) of every name redaction keeps whole wherever a text writes it: the rows of
    data/keep_names.csv and the methods of the codebook (kind "method"). A title is kept as written, of two words
    or more (a character's name alone names no person); a method's, a programme's or an organisation's name in
    any case and as the start of a compound or a genitive ("Marte Meo-utbildningen", "Beardslees"), of one word
    too, but for a first name we know (it would keep a person's)."""
    lex = lexicon()
    seen: set[tuple[str, str]] = set()
    out = []
    for name, kind in list(_keep_name_rows()) + [(n, "method") for n in _codebook_method_names()]:
        key = (name.casefold(), "title" if kind == "title" else "other")
        if key in seen:
            continue
        words = name.split()
        if len(words) == 1 and (kind == "title" or name.casefold() in lex.first_sv or name.casefold() in lex.first_other):
            continue
        seen.add(key)
        out.append((name, kind))
    return tuple(out)


def known_titles() -> tuple[str, ...]:
    """The titles of :func:`keep_names` (two words or more)."""
    return tuple(name for name, kind in keep_names() if kind == "title")


_KEEP_WORD_RE = plain_re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _keep_names_by_word() -> dict[str, tuple[tuple[str, str], ...]]:
    """The names of :func:`keep_names` by each of their words (casefolded)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for entry in keep_names():
        for word in set(_KEEP_WORD_RE.findall(entry[0].casefold())):
            index.setdefault(word, []).append(entry)
    return {word: tuple(entries) for word, entries in index.items()}


@lru_cache(maxsize=512)
def _keep_name_re(name: str):
    """A method's, programme's or organisation's name in any case, blanks or a line break between its words, no
    letter or digit before it, and the rest of its last word after it (a compound, a genitive)."""
    between = r"(?:[ \t]{1,2}|[ \t]?\n[ \t]?)"
    tail = r"[\w\-]*" if name[-1:].isalnum() else r"(?!\w)"
    body = between.join(plain_re.escape(w) for w in name.split())
    return plain_re.compile(rf"(?<![\w\-]){body}{tail}", plain_re.IGNORECASE)


def _known_title_spans(text: str, titles=None) -> list[tuple[int, int]]:
    """Where ``text`` writes a title of :func:`known_titles` (or of ``titles``) whole (case as listed, no letter
    or digit right before or after it: "Title-lådan" is the title's)."""
    spans = []
    for title in known_titles() if titles is None else titles:
        if title not in text:
            continue
        position = text.find(title)
        while position >= 0:
            end = position + len(title)
            if not (position and text[position - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
                spans.append((position, end))
            position = text.find(title, end)
    return spans


def _keep_name_spans(text: str, entries) -> list[tuple[int, int]]:
    """Where ``text`` writes a name of ``entries`` ((name, kind) of :func:`keep_names`): a title as listed
    (:func:`_known_title_spans`), any other name in any case with the rest of its last word."""
    spans = _known_title_spans(text, [name for name, kind in entries if kind == "title"])
    low = None
    for name, kind in entries:
        if kind == "title":
            continue
        if low is None:
            low = text.casefold()
        if name.split()[0].casefold() not in low:
            continue
        spans += [m.span() for m in _keep_name_re(name).finditer(text)]
    return spans


# a capitalised word inside a sentence right before a first name and a surname: "i samarbete med Sjöbacken Eva
# Lund, där …" (a building or a gallery named after a person: see _compound_place_before_name_spans)
_THING_BEFORE_NAME_RE = plain_re.compile(
    r"(?<=[a-zåäö] )(?P<thing>[A-ZÅÄÖ][a-zåäö]{5,}) (?P<first>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)"
    r" [A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?![\w\-])")


def _everyday_compound(redactor: Redactor, word: str) -> bool:
    """Whether ``word`` (no word of the word list) is two everyday words joined ("Sjöbacken", "Talludden"): a
    place's or a building's name, not a person's."""
    low, zipf = word.casefold(), redactor.lex.zipf
    return any(zipf(low[k:]) >= 3.5 and (zipf(low[:k]) >= 3.5 or low[k - 1] == "s" and zipf(low[:k - 1]) >= 3.5)
               for k in range(2, len(low) - 3))


def _compound_place_before_name_spans(redactor: Redactor, text: str) -> list[tuple[int, int]]:
    """A building, a gallery or a farm named after a person, its own name first: an unknown capitalised word
    made of two everyday words inside a sentence, then a first name we know and a surname ("med Sjöbacken Eva
    Lund"): the whole is kept."""
    spans = []
    for m in _THING_BEFORE_NAME_RE.finditer(text):
        thing = m["thing"]
        if redactor._unknown_word(thing) and redactor._plain_first_name(m["first"]) \
                and not _person_word(thing.casefold()) and not redactor._is_place(thing) \
                and thing.casefold() not in redactor.lex.surnames and _everyday_compound(redactor, thing):
            spans.append(m.span())
    return spans


def _titles_of_names(text: str, spans) -> list[tuple[int, int]]:
    """:func:`_keep_name_spans` of the names of :func:`keep_names` holding a word of a name at ``spans`` ((start,
    end, …)), or its genitive ("Beardslees" for "Beardslee")."""
    index = _keep_names_by_word()
    entries = set()
    for start, end, *_ in spans:
        for word in _KEEP_WORD_RE.findall(text[start:end].casefold()):
            entries.update(index.get(word, ()))
            if word.endswith("s"):
                entries.update(index.get(word[:-1], ()))
    return _keep_name_spans(text, entries) if entries else []


def _group_name_spans(low: str, text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a group or an activity (:data:`_GROUP_NAME_RE`); ``low`` is the text in lower case."""
    if not any(hint in low for hint in _GROUP_HINTS):
        return []
    return [m.span("quoted") if m["quoted"] else m.span("bare") for m in _GROUP_NAME_RE.finditer(text)]


def _kept_name_spans(redactor: Redactor, text: str) -> list[tuple[int, int]]:
    """(start, end) of the stretches of ``text`` where a name is part of a title, an institution's or a place's
    name; person names found inside one are kept. Each pattern is tried only where a cheap test finds what it
    needs (a quote, an institution's word before a capital)."""
    kept = []
    if any(q in text for q in _QUOTES):
        for m in _QUOTED_TITLE_RE.finditer(text):
            main = _SUBTITLE_RE.split(m["title"], 1)[0]  # "Name and Name – a guide for …": the title before
            if m["title"].count(" ") < 1 or main.count(" ") > 7:
                continue
            window = text[max(0, m.start() - 80):m.start()]
            ends = [e for e in _SENTENCE_END_RE.finditer(window) if not _ABBREVIATION_END_RE.search(window, 0, e.start() + 1)]
            if ends:
                window = window[ends[-1].end():]
            if _PUBLICATION_CUE_RE.search(window):
                kept.append(m.span("title"))
    low = text.lower()
    if len(low) != len(text):  # ("İ" lowers to two characters: then none)
        low = ""
    kept += _group_name_spans(low, text)
    for hint in _hints_in(_NAMED_AFTER_STEMS, low):
        position = low.find(hint)
        while position >= 0:
            after = position + len(hint)
            position = low.find(hint, after)
            if after >= len(text) or not text[after].isupper():
                continue
            start, word = _word_span_before(text, after - 1)
            if word[:1].islower():  # "Familjens hus X": a lower-case word after a capitalised one
                owner_start, owner = _word_span_before(text, start)
                if not (owner[:1].isupper() and owner.endswith("s") and redactor.lex.is_common(owner)
                        and not redactor._is_place(owner[:-1])):
                    continue  # a genitive everyday word owns it ("Familjens", "Barnens")
                start = owner_start
            elif not word[:1].isupper():
                continue
            m = _NAMED_AFTER_NAME_RE.match(text, after)
            if m is not None:
                kept.append((start, m.end()))
    if " " in text:
        for m in _GENITIVE_THING_RE.finditer(text):
            thing = m["thing"]
            # a rare word, or inside a sentence (a small word before the name) any word: there a capital says a
            # proper noun ("en resa till X Ys Värld"), where a heading's may not
            if redactor._plain_first_name(m["first"]) and not redactor._first_name(_Token(thing, 0, len(thing))) \
                    and not redactor._known_surname(thing, None) \
                    and (redactor.lex.zipf(thing) < 3.0 or _LOWER_WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
                         or _LOWER_NEXT_RE.match(text, m.end()) and redactor.lex.is_common(thing)) \
                    and not redactor._is_place(thing) \
                    and (m["first"].casefold(), m[0].split(" ")[-2][:-1].casefold()) not in redactor.names:
                kept.append(m.span())  # (not the genitive of a name the page's contacts give)
    kept += _genitive_building_spans(redactor, text, low)
    kept += _compound_place_before_name_spans(redactor, text)
    if low and any(hint in text for hint in _METHOD_HINTS):  # (as the case-sensitive pattern writes them)
        for m in _METHOD_NAME_RE.finditer(text):
            words = m["name"].split()
            if not (len(words) == 2 and words[0].casefold() in redactor.lex.first_sv
                    and redactor._known_surname(words[1], None)):
                kept.append(m.span("name"))
    return kept


_KEPT_REACH = 120  # how far before or after a name what keeps it may start or end


def _kept_near(redactor: Redactor, text: str, spans) -> list[tuple[int, int]]:
    """:func:`_kept_name_spans` of the stretches of ``text`` around the names at ``spans`` ((start, end, …)):
    what keeps a name lies within _KEPT_REACH characters of it, so the rest of the text is not read."""
    windows: list[list[int]] = []
    for start, end in sorted((span[0], span[1]) for span in spans):
        a, b = max(0, start - _KEPT_REACH), min(len(text), end + _KEPT_REACH)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    titled = _titles_of_names(text, spans)  # a well-known title anywhere in the text (few words ask)
    if len(windows) == 1 and windows[0] == [0, len(text)]:
        return _kept_name_spans(redactor, text) + titled
    memo = _KEPT_MEMO
    if memo[0] is not text or memo[1] is not redactor:
        memo[:] = [text, redactor, {}]
    found = memo[2]
    kept = []
    for a, b in windows:
        while a > 0 and text[a - 1].isalnum():  # a window starts and ends between words
            a -= 1
        while b < len(text) and text[b].isalnum():
            b += 1
        window = found.get((a, b))
        if window is None:
            window = found[a, b] = [(a + s, a + e) for s, e in _kept_name_spans(redactor, text[a:b])]
        kept += window
    return kept + titled


# the kept stretches of the windows of the text last asked (a page: its context and its spans ask mostly the same
# windows), by (start, end): what _kept_name_spans finds depends on the redactor and the window's text only, and
# the text is held here, so the same text object is the same characters; one text at a time
_KEPT_MEMO: list = [None, None, {}]


def _inside(kept: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in kept)


# --- the initials of the page's own full names --------------------------------------------------------------
# two to four capitals (a part may be hyphenated: "P-OL"), or two to four initials with dots ("M.J.")
# (the look-behind after the first capital, on it and the character before: the engine then finds the capitals by
# themselves instead of trying the look-behind at every character; the same matches, tests/test_fast_paths.py)
_INITIALS_TOKEN_RE = plain_re.compile(
    r"[A-ZÅÄÖ](?<![\w\-.@].)(?:(?:-?[A-ZÅÄÖ]){1,3}|\.(?:[ ]?-?[A-ZÅÄÖ]\.){1,3})(?![\w\-@])"
)
_INITIALS_GAP_RE = plain_re.compile(r"[ \t]{0,2}[,/&][ \t]{0,2}|[ \t]och[ \t]")  # between initials of a list
_INITIALS_BEFORE_RE = plain_re.compile(r"(?:/|\bav:?|\bsign\.?:?|\bjusteras:?)[ \t]{0,2}$", plain_re.IGNORECASE)


def _letters(initials: str) -> str:
    return initials.replace(".", "").replace(" ", "").replace("-", "")


def _name_initials(text: str, spans) -> dict:
    """{initials: defined} of the full names at ``spans`` ((start, end, …) of ``text``): the first letter of each
    word and of each part of a hyphenated one ("Lars-Åke Ek": "LÅE"), and of the first and last word alone, and
    of a double first name's parts ("Eva-Lena": "EL", which counts where written with a hyphen: "E-L"); defined when the text writes them in brackets right after the name ("Lars-Åke Ek (LÅE)")."""
    out: dict = {}
    for start, end, *_ in spans:
        words = [w for w in text[start:end].split() if w[:1].isupper()]
        if len(words) < 2:
            continue
        parts = ["".join(p[:1] for p in w.split("-") if p) for w in words]
        # every part's first letter, and each word's alone (a hyphenated first name signs with one: "EK")
        letters = {"".join(parts), parts[0] + parts[-1], "".join(w[:1] for w in words), words[0][:1] + words[-1][:1]}
        if len(parts[0]) > 1:
            letters.add(parts[0])  # a double first name's own, written with a hyphen ("Eva-Lena Ström": "E-L")
        after = text[end:end + 8]
        for initials in letters:
            if 2 <= len(initials) <= 4 and initials.isupper():
                defined = after.startswith((f" ({initials})", f" ({initials},", f", {initials})"))
                out[initials] = out.get(initials, False) or defined
    return out


def _page_initials_spans(text: str, initials: dict) -> list[tuple[int, int, str]]:
    """The initials of the page's full names (``initials``, see :func:`_name_initials`) in ``text``: anywhere once
    the page defines them; else written with dots, no word or abbreviation of the word list, signed after a slash,
    "av" or "Justeras", or one of a list of initials ("/AB, CD", "(AB, CD)": two of the page's people's, or
    no word or abbreviation of the word list among them) — then the whole list goes."""
    matches = list(_INITIALS_TOKEN_RE.finditer(text))
    if not matches:
        return []
    lex = lexicon()
    spans = []
    k = 0
    while k < len(matches):
        group = [matches[k]]  # initials joined by commas, slashes, "&" or "och"
        while k + 1 < len(matches) and _INITIALS_GAP_RE.fullmatch(text, group[-1].end(), matches[k + 1].start()):
            k += 1
            group.append(matches[k])
        k += 1
        signed = _INITIALS_BEFORE_RE.search(text, max(0, group[0].start() - 12), group[0].start()) is not None
        matching = [m for m in group if _letters(m[0]) in initials]
        # a list of initials: two of them the page's people's, or none of them a word or abbreviation we know
        listed = len(group) > 1 and (len(matching) > 1 or all(lex.zipf(_letters(m[0])) == 0 for m in group))
        if any(initials[_letters(m[0])] or "." in m[0] or signed or listed or lex.zipf(_letters(m[0])) == 0
               or "-" in m[0] and len(m[0]) == 3 for m in matching):  # "E-L": a double first name's
            spans += [(m.start(), m.end(), NAME) for m in group]
    return spans


@lru_cache(maxsize=65536)
def _login_parts(name: str) -> frozenset:
    """The parts of a full name a user name may hold (four letters or more, no place, no word unless a name we
    know), in lower case and without diacritics too ("stromberg"): :meth:`Redactor._name_logins`."""
    if " " not in name.strip():
        return frozenset()
    lex = lexicon()
    parts = set()
    for part in plain_re.split(r"[\s\-]+", name):
        key = part.lower()
        if len(part) >= 4 and part[:1].isupper() and part.casefold() not in lex.places \
                and (not lex.is_common(key) or key in lex.first_sv or key in lex.first_other or key in lex.surnames):
            parts.update({key, _fold(key)})
    return frozenset(parts)


def _login_word_spans(text: str, logins) -> list[tuple[int, int, str]]:
    """Where ``text`` writes one of the page's user names (``Context.logins``) as a whole word."""
    spans = []
    for word in logins:
        position = text.find(word)
        while position >= 0:
            end = position + len(word)
            if (position == 0 or not (text[position - 1].isalnum() or text[position - 1] in "._-@")) \
                    and (end == len(text) or not (text[end].isalnum() or text[end] in "_-@")):
                spans.append((position, end, NAME))
            position = text.find(word, end)
    return spans


# --- the genitive of a first name of the page's own full names ---------------------------------------------------
# a capitalised word with a possessive s, then a word in lower case: "Annas grupp", "”Idas kurs”"
_GENITIVE_BEFORE_NOUN_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)s[ ](?P<noun>\p{Ll}[\p{Ll}\p{M}\-]*)")
_WORD_BEFORE_RE = re.compile(r"(?P<word>[\p{L}\p{M}\-]+)[ ]$")
# organisation's words that a person's first name in the genitive leads as often: "Annas grupp", "Idas team"
_PERSON_GENITIVE_NOUNS = frozenset({"grupp", "gruppen", "team", "teamet", "projekt", "projektet"})


def _first_genitives(text: str, spans) -> frozenset:
    """The genitives of the first words of the names at ``spans`` ((start, end, …) of ``text``), casefolded:
    "annas" of "Anna Ek", "carl-johans" of "Carl-Johan von Ek". A first name that ends in s has none."""
    out = set()
    for start, end, *_ in spans:
        words = text[start:end].split()  # a full name, or a first name alone ("Sofie" of "Lindgren, Sofie")
        if words and all(p[:1].isupper() and p[1:].islower() for p in words[0].split("-")) \
                and not words[0].endswith("s"):
            out.add(words[0].casefold() + "s")
    return frozenset(out)


def _first_genitive_spans(text: str, genitives) -> list[tuple[int, int, str]]:
    """Where ``text`` writes the genitive of a first name of the page's people (``Context.first_genitives``) before
    a word in lower case ("Annas grupp", "”Carl-Johans utvärdering”"): the person's. Not before an organisation's
    word ("Sankta Annas sjukhus"), nor after a capitalised word that is no everyday word (part of a longer name)."""
    if "s " not in text:
        return []
    # a match's genitive is a piece of the text that casefolds to one of ``genitives``; casefolding goes character
    # by character (no context, unlike lower()), so the casefolded text then holds that genitive: a text that holds
    # none needs no search (tests/test_redact_fast_paths.py compares)
    folded = text.casefold()
    if not any(genitive in folded for genitive in genitives):
        return []
    return _searched_genitive_spans(text, genitives)


def _searched_genitive_spans(text: str, genitives) -> list[tuple[int, int, str]]:
    """:func:`_first_genitive_spans` by a search of the whole text."""
    lex = lexicon()
    spans = []
    for m in _GENITIVE_BEFORE_NOUN_RE.finditer(text):
        if (m["name"] + "s").casefold() not in genitives \
                or _institution_word(m["noun"]) and m["noun"] not in _PERSON_GENITIVE_NOUNS:
            continue
        before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        if before is not None and before["word"][:1].isupper() and not lex.is_common(before["word"].casefold()):
            continue
        spans.append((m.start(), m.end("name") + 1, NAME))
    return spans


# a first name (known, or a word we do not know) before a surname written with a letter outside Latin-1
# ("X Petrović", "X Wiśniewska-Berg"): a name from abroad, whatever the name data knows of the surname
_FOREIGN_LETTER_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ ]"
    r"(?P<last>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}\-])"
)
_BEYOND_LATIN1_RE = plain_re.compile("[\u0100-\u024f]")  # Latin Extended-A and -B: "ć", "ł", "ş", "ğ"


def _foreign_letter_names(text: str) -> set[str]:
    """Full names whose surname holds a letter of Latin Extended-A or -B (names of the build, so the first name
    alone goes too when the data does not know it: :func:`_names_alone`). The first word is a first name we know,
    or a word we do not know written without å, ä and ö before a surname we know (after a role's word, the
    surname alone: "Samordnaren Hadžić"); the surname no place, organisation's word or word."""
    if not _BEYOND_LATIN1_RE.search(text):
        return set()
    redactor = _default_redactor()
    names = set()
    for hit in _BEYOND_LATIN1_RE.finditer(text):
        line_start = text.rfind("\n", 0, hit.start()) + 1
        for m in _FOREIGN_LETTER_NAME_RE.finditer(text, max(line_start, hit.start() - 60), hit.end() + 40, overlapped=True):
            if not (m.start("last") <= hit.start() < m.end("last")):
                continue
            first, last = m["first"], m["last"]
            role = _person_word(first.casefold())  # "Samordnaren Hadžić": the role's word is no first name
            if not (redactor._plain_first_name(first)
                    or redactor._unknown_first_name(first) and redactor._known_surname(last, None)):
                continue
            if any(redactor._is_place(p) or _institution_word(p) or redactor.lex.is_common(p) for p in last.split("-")):
                continue
            names.add(last if role and not redactor._plain_first_name(first) else f"{first} {last}")
    return names


# --- round 11: initials, handles and cells by their layout; the page's people by their first names ----------------
# a personal identity number of twelve digits with its dash ("19820614-3352"): a date of birth with its century
# and four digits is one even when its check digit fails (made up, or mistyped), with or without a label
_CENTURY_PERSONAL_NUMBER_RE = plain_re.compile(r"(?<![\w\-.,:/])(?P<date>(?:19|20)\d{6})[-+\u2010-\u2012\u2212](?P<tail>\d{4})(?![\w\-])")
_CENTURY_HINT_RE = plain_re.compile(r"(?:19|20)\d{6}[-+\u2010-\u2012\u2212]\d{4}")


def _century_personal_number_spans(text: str) -> list[tuple[int, int, str]]:
    """Personal identity numbers of twelve digits and a dash whose date is a date (see above)."""
    if not _CENTURY_HINT_RE.search(text):
        return []
    return [(m.start(), m.end(), PERSONAL_NUMBER) for m in _CENTURY_PERSONAL_NUMBER_RE.finditer(text)
            if _plausible_date(m["date"])]


# an extension after a phone number: "[number], anknytning 2217", "[number] ankn. 17", "(ankn 2217)"
_EXTENSION_RE = plain_re.compile(r"[ \t]?,?[ \t]{0,2}\(?(?i:anknytning|ankn\.?|anknr\.?|ank\.)[ \t]?:?[ \t]{0,2}(?P<ext>\d{2,5})(?!\d)")


def _extension_spans(text: str, found: list) -> list[tuple[int, int, str]]:
    """The extension written right after a phone number found (``found``: (start, end, placeholder))."""
    if "nk" not in text:
        return []
    spans = []
    for _, end, kind in found:
        if kind == PHONE:
            m = _EXTENSION_RE.match(text, end)
            if m is not None:
                spans.append((m.start("ext"), m.end("ext"), PHONE))
    return spans


# initials credited for a text or a picture, spaced or hyphenated, ending the line or before the next credit:
# "Text: T Ö-N", "Foto: A B | Text: …", "Bild: K.-L. O."
_CREDIT_SPACED_RE = plain_re.compile(
    r"(?<![^\W\d_])(?:Text|Foto|Bild|Illustration|Grafik|Foto och text|Text och foto|Text och bild)[ \t]*:[ \t]{0,2}"
    r"(?P<initials>[A-ZÅÄÖ]\.?(?:(?: |-|\. ?|\.-)[A-ZÅÄÖ]\.?){1,3})(?=[ \t]*(?:$|[|/,;]))", plain_re.MULTILINE)
# one capital signed after a slash, after a closing greeting on the same line or the line before: "Hälsningar /M"
_SLASH_CAPITAL_END_RE = plain_re.compile(r"/[A-ZÅÄÖ](?=[ \t]*(?:\n|$))")
_GREETING_BEFORE_RE = plain_re.compile(
    r"(?<![^\W\d_])(?i:hälsningar|hälsning|mvh|vh|hälsar|tack)[ \t]*[,!.]?(?:[ \t]{1,3}|[ \t]*\n[ \t]*)$")
# a lone capital thanked or greeted, then "!" or the line's end: "Tack G!", "Hej K!", "Tack till B!"
# (found by the capital and what follows it, the greeting looked for before it)
_LONE_CAPITAL_RE = plain_re.compile(r"[ \t,][A-ZÅÄÖ](?=[ \t]*(?:!|\n|$))")
_GREETED_BEFORE_RE = plain_re.compile(
    r"(?<![^\W\d_])(?:Tack|tack|Hej|hej|Hälsningar|hälsningar|Mvh|mvh)(?:[ \t](?:till|så mycket|igen))?[ \t,]{0,1}$")
# a user name after a label of who sent, filled in, reviewed or changed a form, in the cell after the label's
# ('"Inskickat av";"k.lind"', "Ifylld av | a_berg") or after the label and a date ("Senast uppdaterad
# 2023-01-02 av ab/cd"): letters with dots or underscores between them, or lower-case initials joined by slashes
_AGENT_LABEL = (r"(?i:inskickat|inskickad|ifyllt|ifylld|besvarat|besvarad|registrerat|registrerad|granskat|"
                r"granskad|uppdaterat|uppdaterad|ändrat|ändrad|sammanställt|sammanställd|skrivet|skriven|publicerat|"
                r"publicerad|inlagt|inlagd|rapporterat|rapporterad|utskriven|utskrivet|skapad|skapat|exporterad|exporterat|"
                r"sparad|sparat|redigerad|redigerat|godkänd|godkänt)")
_AGENT_LOGIN_RE = plain_re.compile(
    rf"(?<![^\W\d_]){_AGENT_LABEL}(?:[ \t]+(?:19|20)\d\d-\d\d-\d\d)?[ \t]+av[ \t]?:?"
    r"(?:[ \t]*\"?[ \t]*[;\t|][ \t]*\"?[ \t]*|[ \t]{1,2})"
    r"(?P<login>[a-z][a-z0-9]*(?:[._][a-z0-9\-]+)+|[a-zåäö]{1,3}(?:/[a-zåäö]{1,3})+)(?![\w@/]|\.[A-Za-z])")
# what every match holds: "av", maybe a cell's end, and a user name's start with its dot, underscore or slash
_AGENT_HINT_RE = plain_re.compile(r"av[ \t]?:?(?:[ \t]*\"?[ \t]*[;\t|][ \t]*\"?[ \t]*|[ \t]{1,2})[a-zåäö][a-z0-9]*[._/]")
# what every match holds on its line (the user name searched on those lines only: _matches_on_hinted_lines): the
# same, or a user name of the second kind's start ("aö/"); no match holds a line break or reads one as a letter,
# a digit, "@", "/" or a dot
_AGENT_LINE_HINT_RE = plain_re.compile(
    r"av[ \t]?:?(?:[ \t]*\"?[ \t]*[;\t|][ \t]*\"?[ \t]*|[ \t]{1,2})(?:[a-zåäö][a-z0-9]*[._/]|[a-zåäö]{1,3}/)")
# a user name opening a comment on its line, before a colon: "sara_k85: Så fint!", "kalle.b77: …" (an underscore,
# or a dot and a digit; the rest letters and digits)
_COMMENT_LOGIN_RE = plain_re.compile(
    r"[ \t]*(?P<login>[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9]|[a-z]{2,}\.[a-z]*\d{1,4}|[a-z]{3,}\d{2,4})[ \t]*:[ \t]+\S")
_COMMENT_LOGIN_HINT_RE = plain_re.compile(r":[ \t](?<=[a-z0-9]:[ \t])")  # its colon (then read from its line's start)
# a name on the line under a closing greeting that ends its line: "Med vänliga hälsningar\nKicki Ek", "Kram!\nJocke"
_CLOSING_SIGNATURE_RE = re.compile(
    r"(?<![\p{L}])(?i:hälsningar|hälsning|mvh|vh|kram|kramar)[ \t]*[,!.]?[ \t]*\n[ \t]*"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?:[ ]\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){0,2})[ \t]*(?=\n|$)")
# a comment's author alone before its time stamp, maybe a bracket between: "kim_88 2023-04-01 21:40",
# "Jocke (förälder) 2023-04-02 kl. 08.15"; a name (no user name) needs the time too
_COMMENT_AUTHOR_RE = re.compile(
    r"^[ \t]*(?P<who>[\p{L}\p{N}_.\-]{2,30})(?:[ \t]+\([^()\n]{1,40}\))?[ \t,]+(?:19|20)\d\d-[01]\d-[0-3]\d"
    r"(?:[ \t,]+(?:kl\.?[ \t]?)?(?P<time>[0-2]?\d[:.][0-5]\d))?[ \t]*$", re.MULTILINE)
# (the digit before the first dash looked for after it: the engine then skips to the dashes; a match starts one
# character later than with the digit first, on the same line, which is all that is read of it)
_COMMENT_STAMP_HINT_RE = plain_re.compile(r"-(?<=\d-)[01]\d-[0-3]\d(?:[ \t,]+(?:kl\.?[ \t]?)?[0-2]?\d[:.][0-5]\d)?[ \t]*(?:\n|$)")
# a table's cell holding a surname and a first name in lower case: "| lind, karin |", ';"ek, anna";'
# (found by the comma and the first name ending the cell, the surname looked for before it)
_LOWER_FIRST_CELL_END_RE = plain_re.compile(r",[ ](?P<first>[a-zåäöéü]{2,}(?:-[a-zåäöéü]{2,})?)\"?[ \t]*(?=[|;\t]|\n|$)")
_LOWER_SURNAME_CELL_START_RE = plain_re.compile(r"(?:^|[|;\t\n])[ \t]*\"?(?P<last>[a-zåäöéü]{2,}(?:-[a-zåäöéü]{2,})?)$")


def _comment_author_spans(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """A comment's author alone on the line of its time stamp (:data:`_COMMENT_AUTHOR_RE`): a user name with an
    underscore or a digit, or, with the time, a first name (known, a pet name, a word we do not know)."""
    if not ("-0" in text or "-1" in text):  # (a date's month)
        return []
    spans = []
    for hint in _COMMENT_STAMP_HINT_RE.finditer(text):  # a date ending its line; the line then read from its start
        m = _COMMENT_AUTHOR_RE.match(text, text.rfind("\n", 0, hint.start()) + 1)
        if m is None:
            continue
        who = m["who"]
        if any(ch == "_" or ch.isdigit() for ch in who) and not who.isdigit() \
                or m["time"] and (redactor._plain_first_name(who) or redactor._pet_name(who)
                                  or redactor._unknown_first_name(who)):
            spans.append(m.span("who"))
    return spans


def _matches_on_hinted_lines(hint_re, pattern, text: str):
    """The matches of ``pattern`` in ``text``, searched only on the lines holding a match of ``hint_re``: the same
    as a search of the whole text for a pattern that holds no line break, whose every match holds a match of the
    hint on its line, and whose look-arounds read a line break as they read the text's start or end (a line
    searched alone: the look-behind still reads the line break before it; the search's end reads as the end of the
    text, a line break for a look-ahead that takes either). The search no longer tries the pattern at every
    character of a long page."""
    searched = -1  # the end of the last line searched
    for hint in hint_re.finditer(text):
        if hint.start() < searched:
            continue
        start = text.rfind("\n", 0, hint.start()) + 1
        searched = text.find("\n", hint.end())
        if searched < 0:
            searched = len(text)
        yield from pattern.finditer(text, start, searched)


def _layout_person_spans(redactor: "Redactor", text: str, greeted: bool) -> list[tuple[int, int]]:
    """Initials, user names and names that the page's layout places as a person's (see the patterns above); each
    reads within one line or two, so a part of a page finds here what it would find alone. ``greeted``: whether
    ``text`` holds one of _GREETING_HINTS."""
    spans: list[tuple[int, int]] = []
    if ":" in text and any(hint in text for hint in _CREDIT_HINTS):
        spans += [m.span("initials") for m in _CREDIT_SPACED_RE.finditer(text)]
    if "/" in text:
        for m in _SLASH_CAPITAL_END_RE.finditer(text):
            if _GREETING_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
                spans.append(m.span())
    for m in _LONE_CAPITAL_RE.finditer(text):
        if _GREETED_BEFORE_RE.search(text, max(0, m.start() - 30), m.start() + (m[0][0] == ",")):
            spans.append((m.end() - 1, m.end()))
    if " av" in text and _AGENT_HINT_RE.search(text):
        spans += [m.span("login") for m in _matches_on_hinted_lines(_AGENT_LINE_HINT_RE, _AGENT_LOGIN_RE, text)]
    for hint in _COMMENT_LOGIN_HINT_RE.finditer(text) if ":" in text else ():
        m = _COMMENT_LOGIN_RE.match(text, text.rfind("\n", 0, hint.start()) + 1)
        if m is not None and m.end("login") >= hint.start():
            login = m["login"]
            letters = login.rstrip("0123456789").rstrip(".")
            if "_" in login or not redactor.lex.is_common(letters) or letters in redactor.lex.first_sv:
                spans.append(m.span("login"))  # "bilaga12: …" is a word and a number
    if greeted and "\n" in text:
        for m in _CLOSING_SIGNATURE_RE.finditer(text):
            words = m["name"].split(" ")
            if (redactor._plain_first_name(words[0]) or redactor._pet_name(words[0])
                    or redactor._unknown_first_name(words[0])) and all(_name_part(redactor, w) for w in words[1:]):
                spans.append(m.span("name"))
    spans += _comment_author_spans(redactor, text)
    if ", " in text and ("|" in text or ";" in text or "\t" in text):
        lex = redactor.lex
        for m in _LOWER_FIRST_CELL_END_RE.finditer(text):
            before = _LOWER_SURNAME_CELL_START_RE.search(text, max(0, m.start() - 40), m.start())
            if before is None:
                continue
            first, last = m["first"], before["last"]
            if all(p in lex.first_sv or p in lex.first_other for p in first.split("-")) \
                    and lex.zipf(first) < redactor.EVERYDAY_ZIPF \
                    and all(p in lex.surnames or not lex.is_common(p) for p in last.split("-")) \
                    and not redactor._is_place(last) and not _institution_word(last):
                spans.append((before.start("last"), m.end("first")))
    return spans


def _organisation_after(text: str, end: int) -> bool:
    """Whether a genitive and an organisation's word follow ``end`` ("Sten A| Olssons Stiftelse"): the name
    before is the organisation's."""
    m = _GENITIVE_ORG_AFTER_RE.match(text, end)
    return m is not None and _institution_word(m["word"])


_GENITIVE_ORG_AFTER_RE = plain_re.compile(r"[ \t][A-ZÅÄÖ][^\W\d_]+s[ \t](?P<word>[^\W\d_][\w\-]*)")


def _page_people_spans(redactor: "Redactor", text: str, ctx: "Context", found: list) -> list[tuple[int, int, str]]:
    """The page's people named again: a first name alone, a surname that is also a place's name coordinated with
    a name found (see the two functions below)."""
    spans = _page_first_name_spans(redactor, text, ctx.first_names, ctx.surnames) if ctx.first_names else []
    if ctx.surnames and (" och " in text or " & " in text):
        spans += _coordinated_surname_spans(redactor, text, ctx.surnames, _merge(found + spans))
    if ctx.surnames and " av " in text:
        spans += _agent_place_surname_spans(redactor, text, ctx.surnames)
    return spans


# a capitalised word after "av" and the passive verb before it (maybe a year or an adverb between): "reviderades
# av Berg och …", "leds också av Lund.", "skrevs 2021 av Holm"
_AGENT_VERB_BEFORE_RE = plain_re.compile(r"(?<![^\W\d_])[a-zåäö]{3,}s(?:[ \t](?:\d{4}|även|också|främst|senast))?$")
_AGENT_WORD_RE = plain_re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?![\w\-])")


def _agent_place_surname_spans(redactor: "Redactor", text: str, surnames) -> list[tuple[int, int, str]]:
    """A surname of the page's people that is also a place's name ("Berg", "Lund"), alone as the agent of a
    passive verb ("Planen skrevs av Berg och …", "Gruppen leds av Lund."): the person. Not before a capitalised
    word or an organisation's word ("finansieras av Lunds kommun" has no bare "Lund")."""
    spans = []
    position = text.find(" av ")
    while position >= 0:
        m = _AGENT_WORD_RE.match(text, position + 4)
        at, position = position, text.find(" av ", position + 4)
        if m is None or m[0].casefold() not in surnames or not redactor._is_place(m[0]) \
                or _AGENT_VERB_BEFORE_RE.search(text, max(0, at - 40), at) is None:
            continue
        after = _CAPITALISED_AFTER_RE.match(text, m.end())
        if after is not None and (after["word"] is None or _institution_word(after["word"])):
            continue
        spans.append((m.start(), m.end(), NAME))
    return spans


# --- round 11: the page's people named again by a first name, a surname that is also a place, a user name -------
def _page_first_names(redactor: "Redactor", text: str, spans, lower_words) -> frozenset:
    """The first words of the page's full names at ``spans`` ((start, end, …) of ``text``) that may stand for the
    person alone: title case, no place, no organisation's word, no word the page writes in lower case."""
    out = set()
    for start, end, *_ in spans:
        words = text[start:end].split()
        if len(words) < 2:
            continue
        first = words[0]
        if all(p[:1].isupper() and p[1:].islower() for p in first.split("-")) and len(first) >= 2 \
                and not redactor._is_place(first) and not _institution_word(first) \
                and first.casefold() not in lower_words:
            out.add(first)
        elif _lower_first_name(redactor, words):
            out.add(first)  # "kenneth åberg" … "kenneth berättade": a page that writes a name in lower case
    return frozenset(out)


_CAPITALISED_AFTER_RE = plain_re.compile(r"[ \t]{1,2}(?:[A-ZÅÄÖ\d]|(?P<word>[^\W\d_][\w\-]*))")


def _page_first_name_spans(redactor: "Redactor", text: str, first_names, surnames=frozenset()) -> list[tuple[int, int, str]]:
    """Where ``text`` writes a first name of the page's people (``Context.first_names``) alone as a word ("Bra
    jobbat Mette!"): not before a capitalised word or a number (a longer name, a date), nor before an
    organisation's word, nor after a capitalised word (unless an everyday word starting the sentence, "Tack X",
    or a surname of the page's, "Ek X"),
    nor joined by a hyphen
    ("Mette-modellen"); a very frequent word only inside a sentence."""
    spans = []
    lex = redactor.lex
    for name in first_names:
        position = text.find(name)
        while position >= 0:
            end = position + len(name)
            start, position = position, text.find(name, end)
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_.@/'’") \
                    or end < len(text) and (text[end].isalnum() or text[end] in "-_@'’"):
                continue
            after = _CAPITALISED_AFTER_RE.match(text, end)
            if after is not None and after["word"] is None:
                longer = _page_surname_end_after(redactor, text, end)
                if longer:
                    spans.append((start, longer, NAME))  # round 26: 'Nilsson, Kerstin ("Kicki")' … "Kicki Nilsson"
                    continue
                longer = _unknown_surname_after(redactor, text, end)
                if longer:
                    spans.append((start, longer, NAME))  # round 27: "Tekle, Semhar" … "Semhar Tekle (leg. …)"
                    continue
            if after is not None and (after["word"] is None or _institution_word(after["word"])) \
                    and not (after["word"] is None and text[after.end() - 1].isdigit() and _phone_after_name(text, end)):
                continue  # (but a phone number after it: "Frågor till X 070-…")
            before = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
            if before is not None and before["word"][:1].isupper() and before["word"].casefold() not in surnames \
                    and not (_before_is_sentence_start(text, before.start())
                             and (lex.zipf(before["word"]) >= redactor.EVERYDAY_ZIPF
                                  or _rare_name_after_word(redactor, name, before["word"]))):
                continue  # part of a longer name ("Klubb X"), unless after an everyday word ("Enligt X", "Tack X")
                # or after a surname of the page's (surname first: "Ek X")
            if _before_is_sentence_start(text, start) and lex.zipf(name) >= redactor.EVERYDAY_ZIPF \
                    and not _person_verb_after(text, end):
                continue  # (a person's verb after it says the person: "X nås på …")
            spans.append((start, end, NAME))
    return spans


# words before a place's name that read it as a place ("i Tierp", "från Falkenberg")
_PLACE_PREPOSITIONS = frozenset({"i", "från", "till", "mot", "på", "vid", "inom", "utanför", "nära", "kring", "runt",
                                 "genom", "över", "via", "mellan", "ur", "norr", "söder", "väster", "öster"})
_AND_BEFORE_NAME_RE = plain_re.compile(r"[ \t](?:och|&)[ \t]$")
_AND_AFTER_NAME_RE = plain_re.compile(r"[ \t](?:och|&)[ \t]")


def _coordinated_surname_spans(redactor: "Redactor", text: str, surnames, found: list) -> list[tuple[int, int, str]]:
    """A surname of the page's people that is also a place's name ("Lund", "Berg"), alone and coordinated with a
    name found ("Lund och [name] har", "var [name] och Berg."): the person. Not after a preposition of place ("i
    Lund och …"), nor before an organisation's word or a capitalised word."""
    names = [(s, e) for s, e, kind in found if kind == NAME]
    if not names or not surnames:
        return []
    spans = []
    for start, end in names:
        m = _AND_BEFORE_NAME_RE.search(text, max(0, start - 6), start)
        if m is not None:
            w_start, word = _word_span_before(text, m.start())
            if word and _coordinated_place_surname(redactor, text, word, w_start, m.start(), surnames):
                spans.append((w_start, m.start(), NAME))
        m = _AND_AFTER_NAME_RE.match(text, end)
        if m is not None:
            w = _TAIL_WORD_RE.match(text, m.end())
            word = w[0] if w is not None else ""
            if word and _coordinated_place_surname(redactor, text, word, m.end(), m.end() + len(word), surnames):
                spans.append((m.end(), m.end() + len(word), NAME))
    return spans


def _coordinated_place_surname(redactor: "Redactor", text: str, word: str, start: int, end: int, surnames) -> bool:
    if not (word[:1].isupper() and word[1:].islower()) or word.casefold() not in surnames \
            or not redactor._is_place(word):
        return False
    before = _word_span_before(text, start)[1]
    if before.casefold() in _PLACE_PREPOSITIONS or before[:1].isupper() and not _before_is_sentence_start(text, start):
        return False
    after = _CAPITALISED_AFTER_RE.match(text, end)
    return not (after is not None and (after["word"] is None or _institution_word(after["word"])))


def _initial_logins(text: str, spans) -> frozenset:
    """User names the page writes that are a full name's first initial and surname ("j.lund", "jlund" of "Jonas
    Lund") or its first name and the surname's initial ("jonas.l"), at ``spans`` ((start, end, …) of ``text``):
    five characters or more, in lower case."""
    out = set()
    for start, end, *_ in spans:
        words = text[start:end].split()
        if len(words) < 2:
            continue
        first, last = words[0].lower(), words[-1].lower()
        for candidate in (f"{first[0]}.{last}", f"{first[0]}_{last}", f"{first}.{last[0]}", f"{first}_{last[0]}"):
            for form in {candidate, _fold(candidate)}:
                if len(form) >= 5 and form in text:
                    out.add(form)
    return frozenset(out)


# --- round 13: names of any origin in a person's place, handles, profile addresses; places named after people ---
def _lower_first_name(redactor: "Redactor", words: list[str]) -> bool:
    """Whether ``words`` are a full name written in lower case ("kenneth åberg") whose first word is a first name
    the data knows and no everyday word: the page writes its people in lower case, so alone it is the person."""
    first = words[0]
    return all(w.islower() for w in words) and len(first) >= 3 and first.isalpha() \
        and redactor._plain_first_name(first.capitalize()) and redactor.lex.zipf(first) < 4.0


_PASSIVE_END_RE = plain_re.compile(r"[ \t]*(?:[.!?;]|$)", plain_re.MULTILINE)


def _passive_agent(redactor: "Redactor", text: str, av_start: int, first: str, end: int) -> bool:
    """Whether two words we do not know after "av" that a passive verb comes before and a sentence's end after
    ("Översättningen görs av X Y.", "granskades av X Y;") name the agent: a person."""
    verb = _word_span_before(text, av_start)[1]
    return len(verb) >= 4 and verb.endswith("s") and verb.islower() and not redactor.lex.is_common(first) \
        and redactor._unknown_word(first) and _PASSIVE_END_RE.match(text, end) is not None


# a name column's cell with initials: "s. lind", "Lind S.", "LIND S"
_CELL_INITIAL_RE = re.compile(
    r"(?:\p{Lu}\.?(?:-\p{Lu}\.?)?[ ](?P<after>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)"
    r"|(?P<before>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)[ ]\p{Lu}\.?(?:-\p{Lu}\.?)?)")


def _cased_name_cell(redactor: "Redactor", cell: str, names: set[str]) -> str:
    """A name column's cell written in capitals or in lower case, in title case ("JOHANSSON ANNA-KARIN" as
    "Johansson Anna-Karin"); with one initial ("a. lind") its surname, and of a lower-case full name a first name
    we know, go to ``names`` alone."""
    titled = cell.title()
    words = cell.split()
    if len(words) >= 2 and _lower_first_name(redactor, words):
        names.add(words[0])  # "kenneth åberg": the page may write "kenneth" alone, in lower case too
    m = _CELL_INITIAL_RE.fullmatch(titled)
    if m is not None:
        last = m["after"] or m["before"]
        if redactor.lex.zipf(last) < 4.0 and not redactor._is_place(last) and not _institution_word(last):
            names.add(last.lower() if cell.islower() else last)
    return titled


_FINITE_VERB_ENDINGS = ("ar", "er", "ir", "or", "ur", "de", "te", "dde", "tt")
_FINITE_VERBS = frozenset({"är", "har", "kan", "ska", "vill", "måste", "får", "fick", "blev", "var", "gick", "sa"})


def _unknown_pair_before_verb(text: str, m) -> bool:
    """Two words we do not know between commas before a verb ("En av dem, X Y, pratar …"): a person whatever the
    name's origin (words of the word list, places and organisations' words are no such words)."""
    words = m["name"].split(" ")
    if len(words) != 2 or _SWEDISH_ONLY_LETTERS.intersection(words[0].casefold()):
        return False
    after = _NEXT_WORD_RE.match(text, m.end("name") + 1)
    if after is None:
        return False
    verb = after[1]
    if not (verb in _FINITE_VERBS or verb.endswith(_FINITE_VERB_ENDINGS) and len(verb) >= 4):
        return False
    redactor = _default_redactor()
    return all(redactor._unknown_word(w) for w in words)


# a full name in the genitive (maybe after a title, with particles, two of them joined by "och") before a word
# of a building, a place or a foundation: "X Ys hus", "X von Ys Hammarby", "Prins X Ys och Prinsessan Zs Stiftelse"
_GEN_WORD = r"[A-ZÅÄÖ][a-zåäöéèü]+(?:-[A-ZÅÄÖ][a-zåäöéèü]+)?"
_GENITIVE_NAME = rf"{_GEN_WORD}(?: (?:von|af|van|de|der|den|du|la|le)){{0,2}}(?: {_GEN_WORD}){{1,2}}s"
# ("(?<![\w\-])" looked for after the first capital, on it and the character before: the engine then skips to
# the capitals, as for _GENITIVE_THING_RE; the same matches, tests/test_redact_fast_paths.py)
_GENITIVE_BUILDING_RE = plain_re.compile(
    rf"[A-ZÅÄÖ](?<![\w\-].){_GENITIVE_NAME[len('[A-ZÅÄÖ]'):]}(?: och {_GENITIVE_NAME})?"
    r" (?P<thing>[A-ZÅÄÖa-zåäö][a-zåäö]+)(?![\w\-])")
_BUILDING_ENDINGS = ("hus", "huset", "gård", "gården", "strand", "stranden", "plats", "platsen", "villa", "hage", "hagen", "stiftelse", "stiftelsen", "fond", "fonden", "förskola",
                     "skola", "skolan", "sjukhus", "sjukhuset", "park", "parken", "gata", "gatan",
                     "väg", "vägen", "torg", "torget", "sal", "salen", "minne", "museum", "museet", "center", "centrum",
                     "bibliotek", "biblioteket", "kyrka", "kyrkan", "bruk", "bruket")


def _genitive_building_spans(redactor: "Redactor", text: str, low: str) -> list[tuple[int, int]]:
    """Where ``text`` (``low``: in lower case, "" when unknown) names a building, a place or a foundation after a
    person (:data:`_GENITIVE_BUILDING_RE`): its words go with the building, not with the person."""
    if "s " not in text:
        return []
    spans = []
    for m in _GENITIVE_BUILDING_RE.finditer(text):
        if m["thing"].casefold().endswith(_BUILDING_ENDINGS):
            spans.append(m.span())
    return spans


# a handle after the name of the service it is on ("Instagram: @x", "Twitter: @x", "Teams-handle @x"), also an
# organisation's own ("Följ oss på Instagram: @region": a user name, which the tables need no more than a person's),
# a bracket, a dash or a word saying what it is between ("på Instagram under @x", "instagram (@x)", "TikTok – @x")
# (the service's name is looked for right before each "@" the text holds)
_SERVICE_BEFORE_RE = plain_re.compile(
    r"(?<![^\W\d_])(?i:instagram|twitter|tiktok|facebook|linkedin|threads|mastodon|snapchat|youtube|bluesky|teams|x)"
    r"(?:-?(?i:handle|konto|kontot|namn))?[ \t]*:?"
    r"(?:[ \t]{1,2}|[ \t]{1,2}(?i:under|som|via|heter|är|med)[ \t]{1,2}|[ \t]{0,2}\([ \t]?|[ \t]{1,2}[\u2013\u2014-][ \t]{1,2})$")
# a profile's address on a social medium; its path a person's user name ("facebook.com/anna.berg.12")
_PROFILE_URL_RE = plain_re.compile(
    r"(?<![\w.\-])(?:https?://)?(?:www\.|m\.)?(?i:facebook|instagram|twitter|x|linkedin|tiktok|threads)\.com/"
    r"(?:in/|@)?(?P<path>[A-Za-z0-9][A-Za-z0-9_.\-]{1,60}[A-Za-z0-9])(?![\w\-])")
_PROFILE_PATH_SPLIT_RE = plain_re.compile(r"[._\-\d]+")
# a list's item written surname first: "- Lind, Sara – Mora lasarett", "- Lind, S. (sekreterare)", "2. Lind, Sara";
# without a bullet, an item opening its line before a dash or a bracket ("de Groot, Anouk – BUP Lund") or one after a
# label's colon before a clause's end ("Ombud i Mora: Berg, T.; i Orsa: …"); particles may open the surname
_SURNAME_FIRST_ITEM = (
    r"(?P<name>(?P<particles>(?:(?:von|af|de|van|der|den|da|di|du|le|la|ter|ten)[ ]){0,2})(?P<last>" + _NAME_WORD + r"),[ ]"
    r"(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\.(?:-?\p{Lu}\.)?))")
_LIST_SURNAME_FIRST_RE = re.compile(
    r"(?:^[ \t]*(?P<bullet>[-•*·–][ \t]*|\d{1,2}[.)][ \t]*)" + _SURNAME_FIRST_ITEM
    + r"(?=[ \t]*(?:$|[(\u2013\u2014,;]|-[ \t]))"
    r"|^[ \t]*" + _SURNAME_FIRST_ITEM + r"(?=[ \t]{0,2}(?:[(\u2013\u2014]|-[ \t]))"
    r"|(?<=\p{L}):[ ]" + _SURNAME_FIRST_ITEM + r"(?=[ \t]*(?:$|[(\u2013\u2014,;.]|-[ \t])))", re.MULTILINE)
_COMMA_CAPITAL_RE = plain_re.compile(r", [A-ZÅÄÖ]")  # what every match of the hint below holds, found faster
_LIST_SURNAME_FIRST_HINT_RE = plain_re.compile(r"(?:^[ \t]*|: )[^,:\n]{1,40}, [A-ZÅÄÖ]", plain_re.MULTILINE)
# a surname and initials after "av" ("Besvarad av: Lind A-K / …", "Ifylld av Lind AK")
_AV_SURNAME_INITIALS_RE = re.compile(
    rf"(?<![\p{{L}}])(?i:av):?[ \t]{{1,2}}(?P<name>(?P<last>{_NAME_WORD})[ ]\p{{Lu}}(?:-?\p{{Lu}})?\.?)"
    r"(?=[ \t]*(?:$|[/,;(&]|och[ \t]))", re.MULTILINE)
# two capitalised words right before a personal identity number: "Tolvan Tolvansson, 19121212-1212"
_NAME_BEFORE_NUMBER_RE = re.compile(
    rf"(?<![\p{{L}}\-])(?P<name>(?P<first>{_NAME_WORD})[ ](?P<last>{_NAME_WORD}))[ \t]*[,:]?[ \t]{{1,2}}\(?"
    r"(?=(?:19|20)?\d{6}[-+ ]?\d{4}(?!\d))")


# a name written surname first after a role, "av", "med" or a contact's label, then a clause's end: "ansvarig
# Lind, Sara.", "leds av Nguyen, Thi och …", "Kontaktperson: Okafor, Chidi, tel …"
# (found from each ", " and a capital: the cue and the surname before it, the first name after it)
_CUED_SURNAME_BEFORE_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-])(?P<cue>\p{{L}}+):?[ \t]{{1,2}}(?P<last>{_NAME_WORD})$")
_CUED_FIRST_AFTER_RE = re.compile(
    r"(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:[.;,)]|$|(?:och|eller)[ \t]))", re.MULTILINE)
_SURNAME_FIRST_CUES = frozenset({"av", "med", "kontakt", "kontaktperson", "kontaktpersoner"})
# a first name in lower case right before its own e-mail address or a number, after a word of contact:
# "hör av er till lena (lena.holm@…)", "kontakta lena på 070-…", "mejla ali: ali.k@…"
# (found from the blank after the name: the name looked for before it)
_LOWER_CONTACT_AFTER_RE = plain_re.compile(r"(?:\(|på[ \t]|,[ \t]|via[ \t]|:[ \t])[ \t]?(?P<local>[\w.\-]+@|\+?\d)")
_LOWER_CONTACT_FIRST_RE = plain_re.compile(r"(?<![\w@.\-])(?P<first>[a-zåäöéü]{2,20})[ \t]{1,2}$")
_CONTACT_VERBS = frozenset({"till", "kontakta", "kontakt", "mejla", "maila", "ring", "ringa", "sms:a", "fråga"})
# initials in lower case signing after a role's or an editor's label: "Webbredaktör: sh", "Text: ak ·"
# (found from the colon: the label read before it)
_LOWER_INITIALS_RE = plain_re.compile(r":[ \t]{1,2}(?P<initials>[a-zåäö]{2,3})(?=[ \t]*(?:$|[|·,;)<]))", plain_re.MULTILINE)
_SIGNING_LABEL_ENDINGS = ("redaktör", "redaktören", "skribent", "skribenten", "fotograf", "fotografen", "författare",
                          "författaren", "redigerad av", "uppdaterad av", "av")


def _cued_surname_first_or_lowercase_names(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Persons placed by a cue on their line: a name written surname first after a role or "av" (each part a
    name's, the surname no place), a lower-case first name we know before its own e-mail address or after a
    word of contact before an address or a number, lower-case initials signing after a role's or an editor's
    label (no everyday word)."""
    spans: list[tuple[int, int]] = []
    lex = redactor.lex
    for comma in _COMMA_CAPITAL_RE.finditer(text) if ", " in text else ():
        after = _CUED_FIRST_AFTER_RE.match(text, comma.end() - 1)
        m = _CUED_SURNAME_BEFORE_RE.search(text, max(0, comma.start() - 60), comma.start()) if after else None
        if m is not None:
            cue, last, first = m["cue"].casefold(), m["last"], after["first"]
            if not (cue in _SURNAME_FIRST_CUES or _person_word(cue)
                    or cue in ("och", "eller") and redactor._plain_first_name(first)):  # "… och Lind, Sara"
                continue
            if not (last.casefold() in lex.surnames and lex.zipf(last) < 4.0 or redactor._unknown_word(last)) \
                    or redactor._is_place(last) or _institution_word(last):
                continue
            if (redactor._plain_first_name(first) or redactor._unknown_word(first)) and not redactor._is_place(first) \
                    and not _institution_word(first):
                spans.append((m.start("last"), after.end("first")))
    if "@" in text or "på " in text:
        for c in _LOWER_CONTACT_AFTER_RE.finditer(text):
            m = _LOWER_CONTACT_FIRST_RE.search(text, max(0, c.start() - 23), c.start())
            if m is None:
                continue
            first = m["first"]
            if not (first in lex.first_sv or first in lex.first_other) or lex.zipf(first) >= redactor.EVERYDAY_ZIPF:
                continue
            own = c["local"].endswith("@") and c["local"].casefold().startswith(first)
            if own or _word_span_before(text, m.start())[1].casefold() in _CONTACT_VERBS:
                spans.append(m.span("first"))
    if ":" in text:
        for m in _LOWER_INITIALS_RE.finditer(text):
            colon = m.start() - (m.start() > 0 and text[m.start() - 1] in " \t")  # ("Text : ak")
            label = _word_span_before(text, colon)[1].casefold()
            if (label.endswith(_SIGNING_LABEL_ENDINGS) or _person_word(label) or label in _MINUTES_LABELS) \
                    and lex.zipf(m["initials"]) < 4.0:  # (letter pairs count as rare words: "sh" 3.2, "ej" 5.3)
                spans.append(m.span("initials"))
    return spans


def _line_pattern_person_spans(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Persons placed by the line (each pattern reads one line): a handle after its service's name, a profile's
    address holding a user name, a list's item written surname first, a surname with initials after "av", a name
    pair before a personal identity number."""
    spans: list[tuple[int, int]] = []
    i = text.find("@")
    while i >= 0:
        m = _HANDLE_RE.match(text, i)
        i = text.find("@", i + 1)
        if m is not None and _SERVICE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) is not None:
            spans.append(m.span("handle"))
    if ".com/" in text:
        for m in _PROFILE_URL_RE.finditer(text):
            parts = [p for p in _PROFILE_PATH_SPLIT_RE.split(m["path"]) if p]
            if len(parts) >= 2 or parts and redactor._plain_first_name(parts[0].capitalize()):
                spans.append(m.span())
    if ", " in text and _COMMA_CAPITAL_RE.search(text) and _LIST_SURNAME_FIRST_HINT_RE.search(text):
        for m in _LIST_SURNAME_FIRST_RE.finditer(text):
            first, last = m["first"], m["last"]
            if _institution_word(last) or redactor.lex.zipf(last) >= redactor.EVERYDAY_ZIPF:
                continue
            if m["bullet"] is None and (redactor._is_place(last) or _person_word(last.casefold())
                                        or redactor._is_place(first.rstrip("."))):
                continue  # no bullet: a place's name is no surname ("Mora, Orsa – …")
            if first.endswith(".") or redactor._plain_first_name(first) \
                    or _name_part(redactor, first) and _name_part(redactor, last) and not redactor.lex.is_common(last):
                spans.append(m.span("name"))  # an initial or a first name we know say a person, a place's name or not
    if "av" in text or "Av" in text or "AV" in text:
        for m in _AV_SURNAME_INITIALS_RE.finditer(text):
            last = m["last"]
            if (redactor._known_surname(last, None) or redactor._unknown_word(last)) and not redactor._is_place(last) \
                    and not _institution_word(last) and redactor.lex.zipf(last) < 4.0:
                spans.append(m.span("name"))
    if _TEN_DIGITS_HINT_RE.search(text):
        for m in _NAME_BEFORE_NUMBER_RE.finditer(text):
            first = m["first"]
            if (redactor._plain_first_name(first) or _name_part(redactor, first) and not redactor.lex.is_common(first)) \
                    and _name_part(redactor, m["last"]):
                spans.append(m.span("name"))
    return spans


# what every match of _NAME_BEFORE_NUMBER_RE holds (the regex module's engine finds it faster than the standard
# library's; "\d" is a decimal digit, Nd, in both)
_TEN_DIGITS_HINT_RE = re.compile(r"\d{6}[-+ ]?\d{4}")


def _not_kept(redactor: "Redactor", text: str, spans: list[tuple[int, int, str]], full_firsts) -> list[tuple[int, int, str]]:
    """The genitives at ``spans`` of first names of the page, but for those inside a title, an institution's or a
    place's name (:func:`_kept_near`) whose first name the page writes alone only, never in a full name
    (``full_firsts``): a character ('filmen "Tovas hemlighet"' beside "Tova spelas av …"), not a person."""
    kept = _kept_near(redactor, text, spans)
    if not kept:
        return spans
    return [s for s in spans if not _inside(kept, s[0], s[1])
            or text[s[0]:s[1]] in full_firsts or text[s[0]:s[1] - 1] in full_firsts]


# an item of a list of people: two or three capitalised words first, then its end, a bracket, a comma or a dash
_PARTICIPANT_ITEM_RE = re.compile(
    rf"[ \t]*(?:[-•*·–][ \t]*|\d{{1,2}}[.)][ \t]*)?(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,2}})"
    r"[ \t]*(?:$|[(,;]|[\u2013\u2014-][ \t])")
_BULLET_RE = plain_re.compile(r"[ \t]*(?:[-•*·–]|\d{1,2}[.)])[ \t]")


def _participant_list_names(lines: list[str]) -> set[str]:
    """Names in a list of people after its label ("Deltagare: A B, C D", or one a line below it: "- A B, Norrby
    kommun"), whatever the name's origin: each word a name's part (:func:`_name_part`), the first no everyday
    word, the words together no place's name."""
    names: set[str] = set()
    redactor = None
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        if ":" not in line or _LIST_LABEL_RE.match(line) is None:
            continue
        items = plain_re.sub(r"\([^()\n]*\)", "", line.split(":", 1)[1]).split(",")
        if not items[-1].strip():
            while k < len(lines) and _BULLET_RE.match(lines[k]):
                items.append(lines[k])
                k += 1
        redactor = redactor or _default_redactor()
        for item in items:
            m = _PARTICIPANT_ITEM_RE.match(item)
            if m is None:
                continue
            words = m["name"].split(" ")
            if tuple(w.casefold() for w in words) in redactor.lex.place_phrases \
                    or not all(_name_part(redactor, w) for w in words):
                continue
            if redactor._plain_first_name(words[0]) or not redactor.lex.is_common(words[0]) \
                    and all(redactor._known_surname(w, None) or not redactor.lex.is_common(w) for w in words[1:]):
                names.add(m["name"])
    return names


# --- round 22 -------------------------------------------------------------------------------------------------
# a first name and a capitalised word after it (overlapping: each capitalised word is tried as a first name)
_FIRST_PLACE_PAIR_RE = re.compile(
    r"(?<![\p{L}\p{M}\-.])(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ ](?P<last>\p{Lu}\p{Ll}+)(?![\p{L}\p{M}\-]))")
# the same pattern for the standard library's engine, for a text of Latin-1 letters only (see _LATIN1_LETTERS); its
# capital first and the look-behind after it (the character before it read with it), so that the search skips
# to the capitals
_FAST_FIRST_PLACE_PAIR_RE = plain_re.compile(
    rf"(?P<first>[{_LATIN1_UPPER}](?<![{_LATIN1_LETTERS}\-.][{_LATIN1_UPPER}])[{_LATIN1_LOWER}]+(?:-{_L1_WORD})?)"
    rf"(?=[ ](?P<last>{_L1_WORD})(?![{_LATIN1_LETTERS}\-]))")
# a place's name first, a comma and a first name ("Tierp, Emelie – 08 …"): at a line's start or after a list's mark
_PLACE_COMMA_FIRST_RE = re.compile(
    r"(?m)^[ \t]*(?:[-–•*][ \t]{1,2})?(?P<last>\p{Lu}\p{Ll}+),[ ](?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}\-])")
# what a line holding such a match holds (the standard library's engine, no letter class, so that no letter the
# regex module's Unicode knows and the standard library's does not is missed: for a capital, no small letter of a-z
# and ß-ÿ; "Ja, det …" opens many lines)
_PLACE_COMMA_FIRST_HINT_RE = plain_re.compile(r"(?m)^[ \t]*(?:[-–•*][ \t]{1,2})?[^a-zß-ÿ\s,][^\s,]*, [^a-zß-ÿ]")
# words after a place's name that read it as a place ("Falkenberg kommun", "Tierp stad")
_PLACE_WORDS_AFTER = frozenset({"kommun", "kommuns", "stad", "stads", "län", "läns", "församling", "pastorat",
                                "centrum", "hamn", "station", "tätort"})
# words before a name that say a person is meant: speech, calling, writing ("sa Ingrid X", "Kontakt: Emelie X")
_SPEECH_VERBS = frozenset({"sa", "sade", "säger", "berättar", "berättade", "skriver", "skrev", "svarade", "hälsar"})
_PERSON_CUES_BEFORE = _SPEECH_VERBS | {"enligt", "av", "kontakt", "kontakta", "ring", "ringa", "mejla", "maila",
                                       "frågade", "hälsningar", "mvh", "intervjuade", "med"}
# verbs right after a name that a person does ("Ingrid X sa", "Emelie X jobbar")
_PERSON_VERBS_AFTER = _SPEECH_VERBS | {"hälsade", "jobbar", "arbetar", "föreläste", "föreläser", "tycker", "menar",
                                       "leder", "ledde", "samordnar", "nås"}
# a phone number or its label right after a name ("Emelie X på 08-…", "X Y, tel. 070-…", "X, Y – 08 …")
_PHONE_AFTER_NAME_RE = re.compile(
    r"[ \t]{0,2}(?:[,–\-:][ \t]{0,2})?(?:(?:på|tel|tfn|telefon|mobil|nås[ \t]på)\.?:?[ \t]{1,2})?(?:\+46|00|0)[ \t(]?\d")
# a role in the clause after a name and a comma ("Ingrid X, nätverkets sammankallande,")
_COMMA_CLAUSE_RE = re.compile(r",[ \t]{1,2}((?:[\p{Ll}\p{M}\-]+[ \t]){0,2}[\p{Ll}\p{M}\-]+)")


# a first name in lower case closing a message, an initial after it maybe ("Hälsningar sanna k", "mvh jonas")
_LOWER_GREETING_NAME_RE = re.compile(
    r"(?<![\p{L}])(?i:mvh|hälsningar|hälsar|kram|kramar)[,:]?[ \t]{1,2}(?P<first>\p{Ll}+(?:-\p{Ll}+)?)"
    r"(?:[ ](?P<initial>\p{Ll}))?(?=[ \t]*$|[ \t]*[,.;!)/])", re.MULTILINE)


def _phone_after_name(text: str, end: int) -> bool:
    return _PHONE_AFTER_NAME_RE.match(text, end) is not None


def _role_in_clause_after(text: str, end: int) -> bool:
    m = _COMMA_CLAUSE_RE.match(text, end)
    return m is not None and any(_person_word(w.casefold()) for w in m.group(1).split())


def _cued_names_read_as_other_words(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Persons placed by a cue on their line whose names the finder reads otherwise: a first name we know before
    a municipality's name used as a surname ("Emelie Tierp", "Tierp, Emelie – 08 …"): not read as a place
    (no place's preposition before, no "kommun" or capitalised word after) and a person's cue around (speech,
    a contact's word, "av" or a role before; a role after a comma, a person's verb or a phone number after);
    two words we do not know before a phone number ("Anmälan: Oluwaseun Adebayo, tel. 070-…"); a first name we
    know in lower case closing a message, with an initial or no everyday word ("Hälsningar sanna k")."""
    spans: list[tuple[int, int]] = []
    lex = redactor.lex
    for m in (_FIRST_PLACE_PAIR_RE if _beyond_latin1(text) else _FAST_FIRST_PLACE_PAIR_RE).finditer(text):
        first, last = m["first"], m["last"]
        end = m.end("last")
        if redactor._is_place(last) and not redactor._known_surname(last, None):
            if not (first.casefold() in lex.first_sv and redactor._plain_first_name(first)) \
                    or lex.zipf(first) >= redactor.EVERYDAY_ZIPF:
                continue
            at, before = _word_span_before(text, m.start())
            phone = _phone_after_name(text, end)
            if before.casefold() in _PLACE_PREPOSITIONS and not (before.casefold() == "till" and phone):
                continue  # (a phone number after it makes "till" a contact's: "Anmälan till Agneta X, tel. …")
            if before[:1].isupper() and not _person_word(before.casefold()) \
                    and before.casefold() not in _PERSON_CUES_BEFORE and not _before_is_sentence_start(text, at):
                continue  # a longer proper name ("Sankta Maria Ystad")
            after = _NEXT_WORD_RE.match(text, end)
            after_word = after.group(1) if after is not None else ""
            if after_word.casefold() in _PLACE_WORDS_AFTER or _institution_word(after_word) or after_word[:1].isupper():
                continue
            if before.casefold() in _PERSON_CUES_BEFORE or _person_word(before.casefold()) \
                    or after_word.casefold() in _PERSON_VERBS_AFTER or phone \
                    or _role_in_clause_after(text, end):
                spans.append((m.start(), end))
        elif _phone_after_name(text, end) and redactor._unknown_word(first) and redactor._unknown_word(last) \
                and not _SWEDISH_ONLY_LETTERS.intersection((first + last).casefold()) \
                and first.casefold() not in lex.first_sv and len(first) >= 3 and len(last) >= 3:
            at, before = _word_span_before(text, m.start())
            if before[:1].isupper() and not _before_is_sentence_start(text, at) and text[at + len(before):m.start()] == " ":
                continue  # inside a longer proper name
            spans.append((m.start(), end))
    if _GREETING_HINT_RE.search(text) is not None:
        for m in _LOWER_GREETING_NAME_RE.finditer(text):
            first = m["first"]
            if all(p in lex.first_sv or p in lex.first_other for p in first.split("-")) and not redactor._is_place(first) \
                    and (m["initial"] or lex.zipf(first) < redactor.EVERYDAY_ZIPF):
                spans.append((m.start("first"), m.end()))
    if "," in text:
        for m in _matches_on_hinted_lines(_PLACE_COMMA_FIRST_HINT_RE, _PLACE_COMMA_FIRST_RE, text):
            first, last = m["first"], m["last"]
            if redactor._is_place(last) and not redactor._is_place(first) and redactor._plain_first_name(first) \
                    and first.casefold() in lex.first_sv and _phone_after_name(text, m.end()):
                spans.append((m.start("last"), m.end("first")))
    return spans


# a first name (ours or one we do not know) before the particles of a Dutch, German or French surname: "Thabo van
# der Merwe", "Aiko von Berg", "Lucía de la Fuente" (found from the particles, the words around them read after)
_PARTICLE_NAME_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<first>{_NAME_WORD})[ ](?:van|von)(?:[ ](?:der|den|de))?[ ](?P<last>{_NAME_WORD})"
    rf"|(?<![\p{{L}}\p{{M}}\-])(?P<first>{_NAME_WORD})[ ]de[ ]la[ ](?P<last>{_NAME_WORD})")
_PARTICLE_HINT_RE = plain_re.compile(r" (?:van|von|de la) ")
# a word of contact (maybe "gärna" after it) before a lower-case name: "mejla gärna kajsa …", "… eller thabo på"
_CONTACT_LOWER_NAME_RE = re.compile(r"(?<![\w@.\-])(?P<name>\p{Ll}{3,20})(?![\w@.\-])")


def _particle_and_own_address_names(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Persons placed on their line: a first name before "van der", "von" or "de la" and a surname (no organisation's
    word; a place's name only if a surname we know: "van der Berg"); a lower-case first name whose own e-mail address (two parts or more, the first the
    name, a first name we know or no word of the word list) follows on its line, the name after a word of contact ("mejla gärna x …: x.y[at]…") or right before
    the address ("eller x på x.y@…"), never a very frequent word."""
    spans: list[tuple[int, int]] = []
    if _PARTICLE_HINT_RE.search(text):
        for m in _PARTICLE_NAME_RE.finditer(text):
            first, last = m["first"], m["last"]
            after = _NEXT_WORD_RE.match(text, m.end())
            if not (redactor._plain_first_name(first) or redactor._unknown_word(first)) \
                    or not (redactor._known_surname(last, None) or redactor._unknown_word(last)) \
                    or redactor._is_place(first) or _institution_word(first) or _institution_word(last) \
                    or redactor._is_place(last) and not redactor._known_surname(last, None) \
                    or after is not None and _institution_word(after.group(1)):
                continue
            spans.append((m.start("first"), m.end("last")))
    if "@" not in text and not _AT_RE.search(text):
        return spans
    for start, end in _email_spans(text):
        local = plain_re.split(r"[._\-]", text[start:end], maxsplit=1)
        head = local[0]
        if len(local) < 2 or not head.isalpha() or not head.islower() or len(head) < 3 \
                or redactor.lex.zipf(head) >= 4.0 or _person_word(head) or redactor._is_place(head.capitalize()) \
                or not (head in redactor.lex.first_sv or head in redactor.lex.first_other or not redactor.lex.is_common(head)):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        for m in _CONTACT_LOWER_NAME_RE.finditer(text, max(line_start, start - 80), start):
            if m["name"] != head:
                continue
            before = _word_span_before(text, m.start())
            cue = before[1].casefold()
            if cue == "gärna":
                cue = _word_span_before(text, before[0])[1].casefold()
            if cue in _CONTACT_VERBS or text[m.end():start].strip(" \t") in ("på", ":", "(", "via", ","):
                spans.append(m.span("name"))
    return spans


# --- round 24 -------------------------------------------------------------------------------------------------
def _person_verb_after(text: str, end: int) -> bool:
    """Whether a person's verb follows ``end`` ("X nås på …", "X berättade"): :data:`_PERSON_VERBS_AFTER`."""
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and m.group(1) in _PERSON_VERBS_AFTER


_QUOTED_WORD_RE = plain_re.compile(r"[\"\u201c\u201d\u00ab\u00bb](?P<nick>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)[\"\u201c\u201d\u00ab\u00bb]")


def _add_page_people_lone_names(redactor: "Redactor", text: str, positions, named, ctx: "Context") -> None:
    """What the names the page's words place (``positions``; ``named``: those of two words or more, not kept) add
    to ``ctx``: the first name of one written surname first ("Abdi, Hodan" … "skickas av Hodan"), the nickname
    in quotes of one ('Krzysztof "Kris" Nowak' … "Kris nås på"), a first name we know found alone in lower case
    ("till aisha på aisha.m@…" … "bengt och aisha har"), each standing for the person alone in the rest of the
    page (``Context.first_names``); and the surname of a full name found so, no place, organisation's or
    everyday word, never written in lower case ("Sunita Rai" … "utförd av Rai": ``Context.surnames``)."""
    lex = redactor.lex
    firsts: set[str] = set()
    for start, end, _ in named:
        name = text[start:end]
        if ", " in name:
            word = name.split(", ", 1)[1].split(" ")[0]
        elif '"' in name or "\u201c" in name or "\u201d" in name or "\u00ab" in name:
            m = _QUOTED_WORD_RE.search(name)
            if m is not None and not redactor._is_place(m["nick"]) and not _institution_word(m["nick"]):
                firsts.add(m["nick"])  # (the page writes it as a name: also a word it writes in lower case)
            continue
        else:
            word = name.rsplit(" ", 1)[-1]
            if len(word) >= 3 and word[:1].isupper() and word[1:].islower() and not redactor._is_place(word) \
                    and not _institution_word(word) and not lex.is_common(word) \
                    and word.casefold() not in ctx.lower_words and isinstance(ctx.surnames, set):
                ctx.surnames.add(word.casefold())
            continue
        if len(word) >= 2 and word[:1].isupper() and word[1:].islower() and word.isalpha() \
                and not redactor._is_place(word) and not _institution_word(word) \
                and word.casefold() not in ctx.lower_words and lex.zipf(word) < redactor.EVERYDAY_ZIPF:
            firsts.add(word)
    for start, end in positions:
        word = text[start:end]
        if word.isalpha() and word.islower() and len(word) >= 3 and (word in lex.first_sv or word in lex.first_other) \
                and lex.zipf(word) < redactor.EVERYDAY_ZIPF and not redactor._is_place(word.capitalize()):
            firsts.add(word)
    if firsts:
        ctx.first_names = ctx.first_names | firsts


# a title's abbreviation before a name: "Dr. Raj Patel", "dr Anna Ek", "Prof. Lena Berg", "Dr. Patel"
_TITLE_ABBREVIATION_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}.])(?:[Dd]r|[Pp]rof|[Dd]ocent)\.?[ \t]{{1,2}}(?P<name>(?P<first>{_NAME_WORD})"
    rf"(?:[ ]\p{{Lu}}\.)?(?:[ ](?P<last>{_NAME_WORD}))?)(?![\p{{L}}\p{{M}}\-])")
_TITLE_ABBREVIATION_HINTS = ("Dr.", "Dr ", "dr.", " dr ", "Prof", "prof.", "ocent ")
# initials with dots closing a line after a date and a comma or a dash (a byline: "Publicerat 2020-11-20, Å.L.")
_DATED_INITIALS_RE = plain_re.compile(
    r"(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[ \t][a-zåäö]{3,9}\.?[ \t](?:19|20)\d\d)(?:,|[ \t]?/|[ \t][\u2013\u2014\-])?[ \t]{1,2}"
    r"(?P<initials>[A-ZÅÄÖ]\.[ ]?(?:-?[A-ZÅÄÖ]\.[ ]?){1,2})[ \t]*$", plain_re.MULTILINE)
# after a name found: a nickname in quotes in brackets ('Ersson, Anders ("Mora-Anders")'), and a list's next item
# written surname first with an initial ("…; Kowalczyk, B.")
_BRACKET_QUOTED_NICK_RE = re.compile(
    rf"[ \t]?\([ \t]?[{_QUOTES}](?P<nick>{_NAME_WORD}(?:[ ]{_NAME_WORD})?)[{_QUOTES}][ \t]?\)")
_SIBLING_INITIAL_RE = re.compile(
    rf"[ \t]?;[ \t]{{1,2}}(?P<name>(?P<last>{_NAME_WORD}),[ ]\p{{Lu}}\.(?:-?\p{{Lu}}\.)?)"
    r"(?=[ \t]{0,2}(?:[(;|\t,]|[\u2013\u2014\-][ \t]|$))", re.MULTILINE)


def _titled_names_and_byline_initials(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Persons placed by a cue on their line: a name after a title's abbreviation ("Dr. Raj Patel", "Prof. Lena
    Berg"; a first word no place or organisation's word, a surname we know or a word we do not know, or the
    abbreviation and one surname we know that is no everyday word: "Dr. Patel"); initials with dots closing a
    byline's line after its date ("Publicerat 2020-11-20, Å.L.")."""
    spans: list[tuple[int, int]] = []
    if any(hint in text for hint in _TITLE_ABBREVIATION_HINTS):
        for m in _TITLE_ABBREVIATION_RE.finditer(text):
            first, last = m["first"], m["last"]
            if redactor._is_place(first) or _institution_word(first) or _person_word(first.casefold()):
                continue
            if last is None:
                if redactor._known_surname(first, None) and not redactor.lex.is_common(first):
                    spans.append(m.span("first"))
                continue
            if (redactor._known_surname(last, None) or redactor._unknown_word(last)) \
                    and not (redactor._is_place(last) and not redactor._known_surname(last, None)) \
                    and not _institution_word(last):
                spans.append(m.span("name"))
    if "." in text:
        spans += [m.span("initials") for m in _DATED_INITIALS_RE.finditer(text)]
    return spans


def _nicknames_and_list_items_beside_found(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Beside a name found: its nickname in quotes in brackets after it ('Ersson, Anders ("Mora-Anders")': a word
    of it a first name we know or the name's own, or no word of the word list; no organisation's word), and the
    list's next item after a semicolon written surname first with an initial ("…; Kowalczyk, B.")."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in found:
        if label != NAME:
            continue
        m = _BRACKET_QUOTED_NICK_RE.match(text, end)
        if m is not None:
            nick = m["nick"]
            own = {w.casefold() for w in plain_re.split(r"[\s,\-]+", text[start:end]) if w}
            parts = plain_re.split(r"[ \-]", nick)
            if not any(_institution_word(p) for p in parts) and any(
                    p.casefold() in own or redactor._plain_first_name(p) or not redactor.lex.is_common(p) for p in parts):
                out.append((m.start("nick"), m.end("nick"), NAME))
                end = m.end()
        m = _SIBLING_INITIAL_RE.match(text, end)
        if m is not None and redactor._list_surname(m["last"]) and not redactor._is_place(m["last"]):
            out.append((m.start("name"), m.end("name"), NAME))
    return out


# --- round 25 -----------------------------------------------------------------------------------------------------
_RARE_FIRST_ZIPF = 4.2  # a first name used less than this as a word stands for the page's person in lower case too
_RARE_PART_ZIPF = 3.0  # a part of a double first name ("Ingá-Máret") this rare stands for the person alone


def _lowercase_or_rare_first_words(redactor: "Redactor", text: str, spans) -> frozenset:
    """More first words of the page's full names at ``spans`` that stand for the person alone: one the page also
    writes in lower case, in both spellings, when it is no everyday word ("Hodan Farah" … "kontakta Hodan" …
    "arbetsgrupp: hodan, …"; not "Stig": "stig" is a path); a rare part of a double first name ("Ingá-Máret
    Kitti" … "leds av Máret")."""
    out = set()
    lex = redactor.lex
    for start, end, *_ in spans:
        name = text[start:end]
        m = _NICK_IN_NAME_RE.search(name) if '"' in name or "\u201d" in name else None
        if m is not None:  # 'Ove "Obbe" Bengtsson' … "obbe nås på"; 'Per-Anders "PA" Wikström' … "PA har"
            nick = m["nick"]
            if nick.isupper():  # (in quotes inside a name: the person's, a word or not)
                out.add(nick)
            elif len(nick) >= 3 and lex.zipf(nick) < _RARE_FIRST_ZIPF and not redactor._is_place(nick) \
                    and not _institution_word(nick):
                out.add(nick)
                if nick.lower() in text:
                    out.add(nick.lower())
            continue
        if ", " in name:  # written surname first: "Abdullahi, Faadumo"
            name = name.split(", ", 1)[1]
            if not name:
                continue
            words = [name.split()[0], ""]
        else:
            words = name.split()
        if len(words) == 1 and start >= 2 and text[start - 2] == "(" and text[start - 1] in _QUOTES \
                and name[:1].isupper() and name[1:].islower() and name.isalpha() and not redactor._is_place(name) \
                and not _institution_word(name):
            out.add(name)  # round 26: a nickname in quotes in brackets after a name ('Nilsson, Kerstin ("Kicki")')
            continue
        if len(words) < 2:
            continue
        first = words[0]
        parts = first.split("-")
        if not all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts) or len(first) < 3 \
                or redactor._is_place(first) or _institution_word(first):
            continue
        if len(parts) == 1:
            if lex.zipf(first) < _RARE_FIRST_ZIPF:
                out.add(first)
                if first.lower() in text:  # (a spelling the page never writes is looked for in none of its parts)
                    out.add(first.lower())
            elif lex.zipf(first) < redactor.EVERYDAY_ZIPF and first.casefold() in lex.first_sv:
                out.add(first)  # round 26: a first name that is also a word ("Sanna"), in title case only
            continue
        for part in parts:
            if len(part) >= 4 and lex.zipf(part) < _RARE_PART_ZIPF and not redactor._is_place(part) \
                    and not _institution_word(part):
                out.add(part)
    return frozenset(out)


def _rare_name_after_word(redactor: "Redactor", name: str, word: str) -> bool:
    """Whether the page's person's first name ``name``, a word nowhere in the word list ("Hevin"), after ``word``
    starting a sentence is the person: ``word`` an everyday word, no organisation's word ("Ring Hevin på …",
    "Kontakt: Eyerusalem, …")."""
    return not redactor.lex.is_common(name) and redactor.lex.is_common(word) and not _institution_word(word) \
        and not redactor._is_place(word)


def _joined_name_spans(text: str, found: list) -> list[tuple[int, int]]:
    """The name spans of ``found`` with those one space apart joined (a first name and surnames found apart:
    "Eyerusalem" "Haile Bekele")."""
    out: list[list[int]] = []
    for start, end, label in found:
        if label != NAME:
            continue
        if out and start == out[-1][1] + 1 and text[out[-1][1]] == " ":
            out[-1][1] = end
        else:
            out.append([start, end])
    return [(a, b) for a, b in out]


_NICK_IN_NAME_RE = re.compile(r"[\"\u201c\u201d](?P<nick>\p{Lu}(?:\p{Lu}{1,3}|[\p{Ll}\p{M}]+))[\"\u201c\u201d]")
# a list's item written surname first with an initial, inside a sentence ("Kontakt: Berg, A. och …", "ersätter
# Holm, K."): one or two surnames, a comma, one or two initials; no capitalised word after (another item's name)
_SURNAME_INITIAL_HINT_RE = plain_re.compile(r", [A-ZÅÄÖ]\.")
_SURNAME_INITIAL_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-.])(?P<name>(?P<last>{_NAME_WORD})(?:[ ](?P<last2>{_NAME_WORD}))?,[ ]\p{{Lu}}\.(?:-?\p{{Lu}}\.)?)"
    r"(?=[ \t]{0,2}(?:[(;|\t,.)]|[\u2013\u2014\-][ \t]|\p{Ll}|$))", re.MULTILINE)
# a lower-case initial and surname ("m. eriksson skickade", "Tranås: j. bergkvist")
_LOWER_INITIAL_HINT_RE = plain_re.compile(r"\. (?P<last>[a-zåäö]{3,}(?:-[a-zåäö]{3,})?)(?![\w\-])")
_QUOTED_NICK_HINT_RE = plain_re.compile(r"[\"\u201c\u201d][A-ZÅÄÖ]\w{1,12}[\"\u201c\u201d] ")
# a first name, a nickname in quotes and particles before a surname ('Mikael "Micke" af Ekenstam', 'Per-Anders
# "PA" Wikström')
_NICK_PARTICLE_NAME_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<first>{_NAME_WORD})[ ][\"\u201c\u201d](?P<nick>\p{{Lu}}(?:\p{{Lu}}{{1,3}}|[\p{{Ll}}\p{{M}}]+))"
    rf"[\"\u201c\u201d][ ](?:(?:af|von|van|de|der|den|da|di|el|al)[ ]){{0,2}}(?P<last>{_NAME_WORD})(?![\p{{L}}\p{{M}}\-])")


def _surname_or_unknown_word(redactor: "Redactor", word: str) -> bool:
    """A surname we know or a word we do not know, no place, organisation's or everyday word."""
    return not redactor._is_place(word) and not _institution_word(word) \
        and (redactor._known_surname(word, None) and redactor.lex.zipf(word) < 4.0 or redactor._unknown_word(word))


def _names_by_own_form(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Persons placed by their name's own form (each pattern after a plain look-up): written surname first with
    an initial inside a sentence ("Kontakt: Lind, P. och …", "Hon ersätter Ng, W."); a lower-case initial before
    a surname we know that is no word ("m. eriksson skickade"); a first name we know and a nickname in quotes
    before particles or a surname we know ('Mikael "Micke" af Ekenstam', 'Per-Anders "PA" Wikström')."""
    spans: list[tuple[int, int]] = []
    for hint in _SURNAME_INITIAL_HINT_RE.finditer(text):
        m = None
        for m in _SURNAME_INITIAL_RE.finditer(text, max(0, hint.start() - 80), hint.end() + 4):
            if m.end("last2" if m["last2"] else "last") == hint.start():
                break
        else:
            m = None
        if m is not None:
            start, words = m.start("name"), (m["last"], m["last2"]) if m["last2"] else (m["last"],)
            if len(words) == 2 and not _surname_before_surname(redactor, text, m):
                start, words = m.start("last2"), words[1:]  # "Kuratorn Nilsson, A.", "Idag Hadžić, A.": the word stays
            if all(_initial_surname(redactor, w) and not _is_thing_word(redactor, w) for w in words):
                spans.append((start, m.end("name")))
                b = _BRACKET_OWN_FIRST_RE.match(text, m.end())  # "Warsame, H. (hodan)": the first name in brackets
                if b is not None and b["first"][0].casefold() == m["name"][-2].casefold():
                    spans.append(b.span("first"))
    for m in _LOWER_INITIAL_HINT_RE.finditer(text):  # (". x" first: the letter before it read after)
        at, last = m.start(), m["last"]
        if at < 1 or not text[at - 1].islower() or at >= 2 and (text[at - 2].isalnum() or text[at - 2] in "._-"):
            continue
        if redactor._known_surname(last, None) and (redactor.lex.zipf(last) < 3.0 or last.endswith(_SURNAME_ENDINGS)) \
                and not redactor._is_place(last.capitalize()):
            spans.append((at - 1, m.end()))
    nicknamed: set[tuple[int, int]] = set()  # (each name once: the windows of two hints close together overlap)
    for hint in _QUOTED_NICK_HINT_RE.finditer(text):
        for m in _NICK_PARTICLE_NAME_RE.finditer(text, max(0, hint.start() - 40), hint.end() + 60):
            if m.span() not in nicknamed and redactor._plain_first_name(m["first"]) \
                    and _surname_or_unknown_word(redactor, m["last"]) and not _institution_word(m["nick"]):
                nicknamed.add(m.span())
                spans.append(m.span())
    return spans + _byline_and_phrase_cued_names(redactor, text)


# the first name of a name written surname first with an initial, in brackets after it: "Warsame, H. (hodan)"
_BRACKET_OWN_FIRST_RE = re.compile(r"[ \t]\((?P<first>\p{L}[\p{Ll}\p{M}]{2,})\)")
# a byline "Text: X Y Foto: Z W"
_TEXT_PHOTO_BYLINE_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}])Text:[ \t]{{1,2}}(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,2}})[ \t,]{{1,3}}(?:Foto|Bild)(?:[ ]?:|[ ])")
# capitals signing a dated line after "av": "Senast uppdaterad 2023-09-30 av EHB"
_AV_CAPITALS_END_RE = plain_re.compile(r"[A-ZÅÄÖ]{2,4}[ \t.]*(?:\n|$)")
_DATED_AV_INITIALS_RE = plain_re.compile(
    r"(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[ \t][a-zåäö]{3,9}\.?[ \t](?:19|20)\d\d)[ \t]+av[ \t]+"
    r"(?P<initials>[A-ZÅÄÖ]{2,4})[ \t.]*$", plain_re.MULTILINE)
# an abbreviated first name before a surname: "Ch. Wiklander", "Th. Berg"
_ABBREVIATED_FIRST_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-.])(?:Ch|Chr|Th)\.[ ](?P<last>{_NAME_WORD})(?![\p{{L}}\p{{M}}\-])")
# "Det är X Y", "det var X Y"
_IT_IS_NAME_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}])[Dd]et[ ](?:är|var)[ ](?P<name>(?P<first>{_NAME_WORD})[ ](?P<last>{_NAME_WORD}))(?![\p{{L}}\p{{M}}\-])")


def _surname_before_surname(redactor: "Redactor", text: str, m) -> bool:
    """Whether the first of two capitalised words before a comma and an initial ("Persson Bäck, A.") is a first
    surname: no role's word ("Kuratorn Nilsson, A.", "Barnrättsstrategen Hadžić, A."), no word that cannot be a
    surname (a place, an organisation's or a frequent word: "Idag Hadžić, A.") and, opening a sentence, no everyday
    word the name data does not know as a surname."""
    word = m["last"]
    if _person_word(word.casefold()) or not _initial_surname(redactor, word) or _is_thing_word(redactor, word):
        return False
    return not (redactor.lex.is_common(word) and not redactor._known_surname(word, None)
                and _before_is_sentence_start(text, m.start("last")))


def _initial_surname(redactor: "Redactor", word: str) -> bool:
    """A word before a comma and an initial that is a surname: one we know, or a capitalised word no place,
    organisation's word or frequent word ("Ng, W.")."""
    return not redactor._is_place(word) and not _institution_word(word) \
        and (redactor._known_surname(word, None) or redactor.lex.zipf(word) < 3.5)


def _unknown_or_name(redactor: "Redactor", word: str) -> bool:
    """A first name or surname we know, or a word we do not know."""
    return redactor._unknown_word(word) or redactor._plain_first_name(word) \
        or redactor._known_surname(word, None) and not redactor._is_place(word)


def _byline_and_phrase_cued_names(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Persons placed by a cue on their line (each after a plain look-up): a byline "Text: X Y Foto: …"; capitals
    signing a dated line after "av" ("Senast uppdaterad 2023-09-30 av EHB"; no word or name we keep); an
    abbreviated first name before a surname ("Ch. Wiklander"); "Det är X Y" with a first name we know or a word we
    do not know and a surname we know or a word we do not know ("Det är Rojda Amedi sedan mars")."""
    spans: list[tuple[int, int]] = []
    if "Text:" in text and ("Foto" in text or "Bild" in text):
        for m in _TEXT_PHOTO_BYLINE_RE.finditer(text):
            if all(_unknown_or_name(redactor, w) for w in m["name"].split()):
                spans.append(m.span("name"))
    position = text.find(" av ")
    while position >= 0:
        if _AV_CAPITALS_END_RE.match(text, position + 4):
            line_start = text.rfind("\n", 0, position) + 1
            m = _DATED_AV_INITIALS_RE.search(text, line_start)
            if m is not None and m.start("initials") == position + 4 and not _known_abbreviation(m["initials"]):
                spans.append(m.span("initials"))
        position = text.find(" av ", position + 4)
    if "Ch" in text or "Th." in text:
        for m in _ABBREVIATED_FIRST_RE.finditer(text):
            if (_surname_or_unknown_word(redactor, m["last"])
                    or redactor._known_surname(m["last"], None) and not redactor._is_place(m["last"])) \
                    and not _is_thing_word(redactor, m["last"]):
                spans.append(m.span())
    if "linkedin.com/in/" in text:  # "Mehmet Yıldız (linkedin.com/in/mehmet-yildiz-…)": the name its page spells
        for m in _LINKEDIN_NAME_RE.finditer(text):
            if m["slug"].casefold().startswith(f"{_fold(m['first'].casefold())}-{_fold(m['last'].casefold())}"):
                spans.append(m.span("name"))
    for cue in ("et är ", "et var "):
        position = text.find(cue)
        while position >= 0:
            m = _IT_IS_NAME_RE.match(text, max(0, position - 1))
            position = text.find(cue, position + 6)
            if m is not None and (redactor._unknown_word(m["first"]) or redactor._plain_first_name(m["first"])) \
                    and _surname_or_unknown_word(redactor, m["last"]) \
                    and not _is_thing_word(redactor, m["first"]) and not _is_thing_word(redactor, m["last"]) \
                    and not _thing_word_follows(redactor, text, m.end("name")):
                spans.append(m.span("name"))
    return spans


# a number whose area code alone ends a line after a phone's cue, the subscriber's digits in groups opening the
# next ("Ring Anna på 08" / "465 004 29."): _WRAPPED_SHORT_PHONE_RE needs digits after the code's dash
_WRAPPED_AREA_CODE_RE = plain_re.compile(
    r"0(?<![\d\-/+.:]0)\d{1,3}(?:[\-\u2010-\u2015\u2212])?[ \t]{0,2}\n[ \t]{0,4}\d{2,3}(?:[ \t]\d{2,3}){1,3}(?![\d\-])")
_PHONE_CUE_BEFORE_RE = plain_re.compile(r"(?i:(?<![^\W\d_])(?:på|tel\.?|tfn|telefon|mobil|nr|ring|nås))[ \t]{1,2}$")


def _wrapped_area_code_spans(text: str) -> list[tuple[int, int, str]]:
    """Phone numbers wrapped right after their area code (:data:`_WRAPPED_AREA_CODE_RE`), after a phone's cue,
    eight to ten digits in all (looked for where a line ends in a number)."""
    out = []
    if "\n" not in text:
        return out
    for m in _WRAPPED_AREA_CODE_RE.finditer(text):
        if 8 <= sum(c.isdigit() for c in m.group(0)) <= 10 \
                and _PHONE_CUE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            out.append((m.start(), m.end(), PHONE))
    return out


# a lower-case full name coordinated after a name found: "av [Leila Moradi] och per lindgren"
_AND_LOWER_NAME_AFTER_RE = re.compile(
    r"[ \t](?:och|eller|samt|&)[ \t](?P<name>(?P<first>\p{Ll}{2,}(?:-\p{Ll}{2,})?)[ ](?P<last>\p{Ll}{3,}))(?![\p{L}\p{M}\-])")


def _lowercase_names_coordinated_after_found(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """A full name in lower case coordinated after a name found ("Planerad av X Y och per lindgren."): a first
    name we know (also an everyday word: "per") and a surname we know that is no word or is made as surnames are."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in found:
        if label != NAME:
            continue
        m = _AND_LOWER_NAME_AFTER_RE.match(text, end)
        if m is None:
            continue
        first, last = m["first"], m["last"]
        if all(p in redactor.lex.first_sv or p in redactor.lex.first_other for p in first.split("-")) \
                and redactor._known_surname(last, None) \
                and (redactor.lex.zipf(last) < 3.0 or last.endswith(_SURNAME_ENDINGS)) \
                and not redactor._is_place(last.capitalize()):
            out.append((m.start("name"), m.end("name"), NAME))
    return out


# a name before its own profile's address in brackets: "Mehmet Yıldız (linkedin.com/in/mehmet-yildiz-halmstad)"
_LINKEDIN_NAME_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<name>(?P<first>{_NAME_WORD})[ ](?P<last>{_NAME_WORD}))[ \t]{{0,2}}\([ \t]?(?:https?://)?(?:www\.)?"
    r"linkedin\.com/in/(?P<slug>[\w\-]{3,80})")


def _plain_name_part(redactor: "Redactor", word: str) -> bool:
    """A capitalised word that may be a name's part where a role stands right before it: no place, organisation's
    word or frequent everyday word ("Wang", "Lihua", "Aziz", "Sara"), each part of a hyphenated one too."""
    return all(p[:1].isupper() and p[1:].islower() and len(p) >= 2 for p in word.split("-")) \
        and not redactor._is_place(word) and not _institution_word(word) \
        and (redactor.lex.zipf(word) < 4.0 or redactor._plain_first_name(word))


def _name_pair_after_role(redactor: "Redactor", text: str, first: str, last: str, end: int) -> bool:
    """Round 26: two capitalised words right after a role's word ("Marte Meo-terapeut Wang Lihua har", "Skolkurator
    Helin Aziz och", "Ledare är Máret Sara och") are a name when neither is a place, an organisation's word or a
    frequent everyday word, no organisation's word follows, and the pair is no place's phrase (a family name first,
    a surname that is a first name elsewhere: the role says a person). Methods and organisations named after a
    role ("terapeut Marte Meo") are kept by the keep-names afterwards."""
    if not (_plain_name_part(redactor, first) and _plain_name_part(redactor, last)):
        return False
    after = _NEXT_WORD_RE.match(text, end)
    return not (after is not None and (_institution_word(after.group(1)) or redactor._is_place(after.group(1))
                                       and after.group(1)[:1].isupper()))


def _address_first_last_pairs(line: str) -> list[tuple[str, str]]:
    """The "first.last" local parts of a line's e-mail addresses as two words of letters (any case)."""
    pairs = []
    for start, end in _email_spans(line):
        address = line[start:end]
        at = _AT_RE.search(address)
        if at is None:
            continue
        pieces = address[: at.start()].split(".")
        if len(pieces) == 2 and all(p.isalpha() and len(p) >= 2 for p in pieces):
            pairs.append((pieces[0].lower(), pieces[1].lower()))
    return pairs


def _is_common_pair(a: str, b: str) -> bool:
    """Whether both words of an address's local part are everyday words ("info.barn"): no name's evidence."""
    lex = _default_redactor().lex
    return lex.is_common(a) and lex.is_common(b)


# the ends of compounds that name an authority, a body or a building ("Sjöfartsverket", "Idrottsförbundet")
_THING_COMPOUND_ENDINGS = ("verket", "förbundet", "rådet", "institutet", "centret", "centrum", "huset", "gården",
                          "kliniken", "skolan", "kyrkan", "nämnden", "styrelsen", "akademin", "byrån", "bolaget")


def _is_thing_word(redactor: "Redactor", word: str) -> bool:
    """The person check of the broad cues of :func:`_names_by_own_form` and :func:`_byline_and_phrase_cued_names`
    (round 26): a word that names a place, an organisation, a method or a
    programme, not a person: a place, an organisation's word or compound ("Sjöfartsverket"), or a word of a name
    of :func:`keep_names` that no name data knows as a first name or surname ("Ersta", "Meo")."""
    if redactor._is_place(word) or _institution_word(word) or word.casefold().endswith(_THING_COMPOUND_ENDINGS):
        return True
    key = word.casefold()
    return key in _keep_names_by_word() and not redactor._known_surname(word, None) \
        and key not in redactor.lex.first_sv and key not in redactor.lex.first_other


def _thing_word_follows(redactor: "Redactor", text: str, end: int) -> bool:
    """Whether a capitalised word right after a name at ``end`` makes it a longer name: an organisation's word, a
    place ("Trappan Malmö") or a word of a kept name."""
    after = _NEXT_NAME_WORD_RE.match(text, end)
    return after is not None and _is_thing_word(redactor, after.group(1))


def _page_surname_end_after(redactor: "Redactor", text: str, end: int) -> int:
    """The end of a surname we know, no place, organisation's or frequent word, that right after a first name of
    the page's people (ending at ``end``) ends the name ("Kicki Nilsson och …"); else 0."""
    m = _NEXT_NAME_WORD_RE.match(text, end)
    if m is None:
        return 0
    word = m.group(1)
    if redactor._known_surname(word, None) and not redactor._is_place(word) and not _institution_word(word) \
            and (redactor.lex.zipf(word) < 4.0 or word.endswith(_SURNAME_ENDINGS)) \
            and not _CAPITAL_NEXT_RE.match(text, m.end()):
        return m.end()
    return 0


# a list's item written surname first with a trailing initial and no comma, before a bracket: "- Kidane M.
# (Beroendecentrum)", "Zając K. (Enköpings lasarett)" (opening its line, maybe after a bullet)
_SURNAME_TRAILING_INITIAL_RE = re.compile(
    rf"^[ \t]*(?:[\-\u2013\u2022*][ \t]+)?(?P<name>(?P<last>{_NAME_WORD})(?:[ ](?P<last2>{_NAME_WORD}))?[ ]\p{{Lu}}\.(?:-?\p{{Lu}}\.)?)"
    r"[ \t]\(", re.MULTILINE)


def _surname_initial_list_items(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Round 26: list items "Surname I. (…)" (:data:`_SURNAME_TRAILING_INITIAL_RE`; looked for where the text
    holds ". ("): the surname one we know (no place) or a word we do not know, no organisation's or kept word."""
    spans = []
    for m in _SURNAME_TRAILING_INITIAL_RE.finditer(text):
        words = [w for w in (m["last"], m["last2"]) if w]
        if all((redactor._known_surname(w, None) and not redactor._is_place(w) or redactor._unknown_word(w))
               and not _is_thing_word(redactor, w) for w in words):
            spans.append(m.span("name"))
    return spans


# a table's row opening with a name written surname first, then tabs and a phone number: "Sultani, Mursal<TAB>070-…"
_SURNAME_FIRST_PHONE_ROW_RE = re.compile(
    rf"^[ \t]*(?P<name>(?P<last>{_NAME_WORD})(?:[ ](?P<last2>{_NAME_WORD}))?,[ ](?P<first>{_NAME_WORD}))\t[ \t]*"
    r"(?:(?:tel|tfn|mobil)\.?:?[ \t]*)?(?:\+46|0)[ \d\-\u2013()]{6,}", re.MULTILINE)


def _surname_first_phone_rows(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Round 26: a row "Surname, First<TAB>phone" (looked for in a text holding a tab and ", "): both words names
    we know or words we do not know, no place, organisation's or kept word."""
    spans = []
    for m in _SURNAME_FIRST_PHONE_ROW_RE.finditer(text):
        words = [w for w in (m["last"], m["last2"], m["first"]) if w]
        if all(_unknown_or_name(redactor, w) and not _is_thing_word(redactor, w) for w in words):
            spans.append(m.span("name"))
    return spans


# a first name, a nickname in quotes and a surname, the address's local part spelling the last two: 'Thanakorn
# "Tan" Srisuk, tan.srisuk@…'
_NICK_NAME_OF_ADDRESS_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<first>{_NAME_WORD})[ ][{_QUOTES}](?P<nick>{_NAME_WORD})[{_QUOTES}][ ](?P<last>{_NAME_WORD})")


# words before a noun: after one a lower-case word is a thing, not a person's first name ("en stig", "den stig")
_ARTICLE_WORDS = frozenset({"en", "ett", "den", "det", "de", "denna", "detta", "dessa", "min", "din", "sin", "vår",
                            "er", "deras", "samma", "varje", "någon", "något", "ingen", "inget", "annan", "ny", "nya"})


# --- round 27: the words around a name found, the page's people named again ------------------------------------
# particles before a further surname after a name found ("Rosalie dela Cruz", "Ahmed Jabbar al-Tamimi")
_SURNAME_PARTICLE = r"(?:dela|de[ ]la|del|della|delos|da|das|do|dos|de|di|van|von|bin|ibn|ben|abu|al|el|ul|ur)"
_NAME_WORD_BESIDE_FOUND = r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?"
_FURTHER_SURNAME_AFTER_RE = re.compile(
    rf"[ ](?:(?P<part>{_SURNAME_PARTICLE})(?P<sep>[ ]|-))?(?P<w>{_NAME_WORD_BESIDE_FOUND})(?![\p{{L}}\p{{M}}\-])")
# a list's item opening its line, written surname first: the given name after the surname found ("[X], Hibaaq"),
# before the end of the line, a tab, two blanks or a dash
_GIVEN_NAME_AFTER_SURNAME_ITEM_RE = re.compile(rf",[ ](?P<w>{_NAME_WORD_BESIDE_FOUND})(?=[ ]?\t|[ ]{{2}}|[ ]?$|[ ][\u2013\u2014\-][ ])", re.MULTILINE)
_TRAILING_PARTICLE_RE = re.compile(rf"[ ]{_SURNAME_PARTICLE}(?=[.,;:)]|[ ](?:och|eller|samt)[ ]|$)", re.MULTILINE)
_NAME_WORD_BEFORE_FOUND_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-.])(?P<w>{_NAME_WORD_BESIDE_FOUND})[ ]$")
# a nickname in brackets right after a name found: "X Y (Jo)", 'X Y ("Jao")'
_BRACKETED_NICKNAME_AFTER_RE = re.compile(r"[ ]\((?P<q>[\"\u201c\u201d]?)(?P<w>\p{Lu}[\p{Ll}\p{M}]{1,9})(?P=q)\)")
# a list's line written surname first: "Tekle, Semhar", "Lindqvist, M-L. – …", "Nurmi, Aino"
_SURNAME_FIRST_LIST_LINE_RE = re.compile(
    rf"(?P<name>(?P<last>{_NAME_WORD_BESIDE_FOUND}),[ ](?P<first>{_NAME_WORD_BESIDE_FOUND}|\p{{Lu}}\.(?:-?\p{{Lu}}\.)?|\p{{Lu}}-\p{{Lu}}\.))"
    r"(?=[ \t]*$|[ ]?\t|[ ]{2}|[ ][\u2013\u2014\-][ ])")
# "kallas X" and '"X" kallas' after a name found in the sentence: the person's pet name
_PET_NAME_AFTER_KALLAS_RE = re.compile(r"[ ]kallas[ ](?:hon[ ]|han[ ]|hen[ ])?(?P<q>[\"\u201c\u201d]?)(?P<w>\p{Lu}[\p{Ll}\p{M}]{1,9})(?P=q)(?![\p{L}\p{M}\-])")
_PET_NAME_BEFORE_KALLAS_RE = re.compile(r"[\"\u201c\u201d](?P<w>\p{Lu}[\p{Ll}\p{M}]{1,9})[\"\u201c\u201d][ ]kallas[ ]")


def _name_word_beside_found(redactor: "Redactor", word: str) -> bool:
    """Whether ``word`` may be a part of a person's name beside a name found: no common word, place or
    organisation's word (each part of a hyphened word)."""
    if redactor._is_place(word) or _institution_word(word) or _person_word(word.casefold()):
        return False
    lex = redactor.lex
    for part in word.split("-"):
        key = part.casefold()
        if lex.is_common(key) and not (lex.zipf(part) < _BESIDE_FOUND_SURNAME_ZIPF and key in lex.surnames or lex.zipf(part) < _BESIDE_FOUND_RARE_ZIPF):
            return False
    return True


_BESIDE_FOUND_RARE_ZIPF = 3.5  # a word this rare or rarer may be a name's part beside a name found ("Butt", "Cruz")
_BESIDE_FOUND_SURNAME_ZIPF = 4.0  # a surname we know this rare or rarer too ("Lindqvist")


def _longer_name_words_around_found(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Round 27: the words a name found leaves of a longer name, read only at the ends of the names found.

    - a further surname after a full name, maybe after a particle ("[Tariq Mehmood] Butt", "[Zeynep Yılmaz]
      Öztürk", "[Rosalie] dela Cruz", "[Ahmed Jabbar] al-Tamimi"): a word we do not know as a common word, a place
      or an organisation's word, with no capitalised word after it;
    - up to two such words before a name found (a first name and a father's name: "Sagal Hirsi [Warsame]", "Biret
      [Máret Sparrok]", "Tuğba [Aksoy]"), after no capitalised word;
    - the given name of a list's item opening its line, after the surname found ("[Abdulkadir], Hibaaq   Ljusdal");
    - a nickname in brackets right after a name, with the first name's initial ("[Jyoti V.] (Jo)", '("Jao")');
    - a list's line written surname first ("Tekle, Semhar", "Lindqvist, M-L.") next to a line that opens with a
      name found (the list's other items)."""
    names = [(s, e) for s, e, kind in found if kind == NAME]
    if not names:
        return []
    spans = []
    taken = {(s, e) for s, e in names}
    for start, end in names:
        name = text[start:end]
        words = name.split()
        m = _FURTHER_SURNAME_AFTER_RE.match(text, end)
        after = _CAPITALISED_AFTER_RE.match(text, m.end()) if m is not None else None
        if m is not None and (m["part"] is not None or len(words) >= 2) and _name_word_beside_found(redactor, m["w"]) \
                and (after is None or after["word"] is not None) \
                and not (m["part"] is None and m["w"].casefold() not in redactor.lex.surnames
                         and m["w"].casefold().endswith(_PLACE_ENDINGS)):  # "Kalle Berg Ersboda": a district's
            if m["part"] is None or m["sep"] == "-" or len(m["part"]) >= 3 or len(words) >= 2:
                spans.append((m.start() + 1, m.end(), NAME))
        if ", " in name:  # written surname first, its particle after the given name: "Cruz, R. dela"
            p = _TRAILING_PARTICLE_RE.match(text, end)
            if p is not None:
                spans.append((p.start() + 1, p.end(), NAME))
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip():
            t = _GIVEN_NAME_AFTER_SURNAME_ITEM_RE.match(text, end)
            if t is not None and _name_word_beside_found(redactor, t["w"]):
                spans.append((start, t.end(), NAME))
        at, words_before = start, []
        for _ in range(2):
            b = _NAME_WORD_BEFORE_FOUND_RE.search(text, max(line_start, at - 40), at)
            if b is None or not _name_word_beside_found(redactor, b["w"]) or (b.start(), at - 1) in taken:
                break
            words_before.append((b.start(), at - 1))
            at = b.start()
        if words_before:
            before = _WORD_BEFORE_RE.search(text, max(0, at - 30), at)
            if before is None or not before["word"][:1].isupper() or _before_is_sentence_start(text, before.start()):
                spans += [(a, z, NAME) for a, z in words_before]  # (after a capitalised word: a longer name's)
        q = _QUOTED_NICKNAME_BEFORE_RE.search(text, max(line_start, start - 14), start)
        if q is not None and not redactor._is_place(q["w"]) and not _institution_word(q["w"]) \
                and not redactor.lex.is_common(q["w"].casefold()):
            spans.append((q.start("w"), q.end("w"), NAME))  # a nickname in quotes before a name: '"Bettan" [X]'
        n = _BRACKETED_NICKNAME_AFTER_RE.match(text, end)
        if n is not None and words and n["w"][0] == words[0][0] and not redactor._is_place(n["w"]) \
                and not _institution_word(n["w"]) and (n["q"] or len(n["w"]) <= 6):
            spans.append((n.start("w"), n.end("w"), NAME))
    spans += _surname_first_list_lines(redactor, text, names)
    for start, end in _joined_name_spans(text, _merge(found + spans)):  # the initials of a name of three words
        words = text[start:end].split()
        if len(words) == 3 and all(w[:1].isupper() for w in words):
            initials = "".join(w[0] + "." for w in words)
            position = text.find(initials)
            while position >= 0:
                after = position + len(initials)
                if (position == 0 or not text[position - 1].isalnum()) and not text[after:after + 1].isalnum():
                    spans.append((position, after, NAME))
                position = text.find(initials, after)
    return spans


_QUOTED_NICKNAME_BEFORE_RE = re.compile(r"[\"\u201c\u201d](?P<w>\p{Lu}[\p{Ll}\p{M}]{1,9})[\"\u201c\u201d][ ]$")
_NEXT_CAPITALISED_WORD_RE = re.compile(rf"[ ](?P<w>{_NAME_WORD_BESIDE_FOUND})(?![\p{{L}}\p{{M}}\-])")


def _unknown_surname_after(redactor: "Redactor", text: str, end: int) -> int | None:
    """Where a word nowhere in the word list ends right after a first name of the page's people ("Semhar Tekle"),
    before no capitalised word: the person's surname; None otherwise."""
    m = _NEXT_CAPITALISED_WORD_RE.match(text, end)
    if m is None or redactor.lex.zipf(m["w"]) > 0 or not _name_word_beside_found(redactor, m["w"]):
        return None
    after = _CAPITALISED_AFTER_RE.match(text, m.end())
    return None if after is not None and after["word"] is None else m.end()


def _line_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _surname_first_list_lines(redactor: "Redactor", text: str, names) -> list[tuple[int, int, str]]:
    """Lines "Surname, Given" (or initials) next to a line that opens with a name found (see above)."""
    spans = []
    seen = set()
    for start, _ in names:
        line_start, line_end = _line_bounds(text, start)
        if text[line_start:start].strip():
            continue
        for neighbour in (line_start - 2, line_end + 1):
            if neighbour < 0 or neighbour >= len(text):
                continue
            a, b = _line_bounds(text, neighbour)
            if a in seen:
                continue
            seen.add(a)
            k = a
            while k < b and text[k] in " \t":
                k += 1
            m = _SURNAME_FIRST_LIST_LINE_RE.match(text, k, b)
            if m is None or not _name_word_beside_found(redactor, m["last"]):
                continue
            first = m["first"]
            if first[-1] != "." and not _name_word_beside_found(redactor, first):
                continue
            spans.append((m.start("name"), m.end("name"), NAME))
    return spans


def _bracket_nicknames_and_pet_names(redactor: "Redactor", text: str, found: list) -> frozenset:
    """Round 27: more words that stand for a person of the page alone: a nickname in brackets after a name (see
    :func:`_longer_name_words_around_found`) and a pet name after "kallas" in a sentence holding a name found ("X kallas Fati av
    barnen", '("Ludde" kallas hon …'), each in lower case too where the page writes it so."""
    out = set()
    names = [(s, e) for s, e, kind in found if kind == NAME]
    for start, end in names:
        n = _BRACKETED_NICKNAME_AFTER_RE.match(text, end)
        if n is not None:
            out.add(n["w"])
        if start > 0 and text[start - 1] in "\"\u201c\u201d" and end < len(text) and text[end] in "\"\u201c\u201d" \
                and text.startswith(" kallas ", end + 1):
            out.add(text[start:end])
    if " kallas " in text and names:
        position = text.find(" kallas ")
        while position >= 0:
            m = _PET_NAME_AFTER_KALLAS_RE.match(text, position)
            b = _PET_NAME_BEFORE_KALLAS_RE.search(text, max(0, position - 14), position + 8)
            sentence = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position))
            near = any(sentence < s and e <= position for s, e in names)
            for w in (m["w"] if m else None, b["w"] if b else None):
                if w and (near or b is not None) and not redactor._is_place(w) and not _institution_word(w) \
                        and redactor.lex.zipf(w) < _BESIDE_FOUND_RARE_ZIPF:
                    out.add(w)
            position = text.find(" kallas ", position + 7)
    for w in list(out):  # (a rare word only: a pet name "Ludde", "Jao" is one; "jo", "bo" are everyday words)
        if w.lower() in text and redactor.lex.zipf(w) < _BESIDE_FOUND_RARE_ZIPF:
            out.add(w.lower())
    return frozenset(out)


# a street address with postcode and town marked a home after it: "Storgatan 31, 871 30 Härnösand (postadress,
# privat)", "… (privat)", "… (hem)"; an office's address carries no such mark
_HOME_ADDRESS_MARK_RE = plain_re.compile(r"[ \t]?\((?:[^()\n]{0,30}[ ,])?(?:privat|privatadress|hem|hemadress|bostad)\)")


def _marked_home_addresses(text: str) -> list[tuple[int, int, str]]:
    """Round 27: a street address with postcode and town right before a bracket that marks it a home (see above);
    looked for only in the line before such a mark."""
    spans = []
    for mark in _HOME_ADDRESS_MARK_RE.finditer(text):
        line_start = text.rfind("\n", 0, mark.start()) + 1
        last = None
        for m in _STREET_ADDRESS_RE.finditer(text, line_start, mark.start()):
            last = m
        if last is not None and last.end() == mark.start():
            spans.append((last.start(), last.end(), ADDRESS))
    return spans


# ----------------------------------------------------------------- round 28
# Evidence for names the name data does not know ("Senait Tesfamariam", "Olusegun Adebayo"): each rule starts at a
# cue found by a plain substring look-up (" av ", ": ", a quote, a name found) and reads a few words from there.
_UNKNOWN_NAME_WORD = _NAME_WORD_BESIDE_FOUND  # (one capitalised word, one hyphen at most: the same shape)
_QUOTE_CHARS = "\"\u201c\u201d"
# two or three capitalised words from a cue on (a run ends before a word that is no capitalised word)
_CAPITALISED_RUN_RE = re.compile(rf"(?P<run>{_UNKNOWN_NAME_WORD}(?:[ ]{_UNKNOWN_NAME_WORD}){{1,2}})(?![\p{{L}}\p{{M}}\-])(?![ ]\p{{Lu}})")
# a nickname in quotes between a given name and a surname, maybe bracketed and of two words ('Aroha "Ro" Tane',
# 'Lars-Göran ("Lasse G") Mattsson'); the given name is read before it
_QUOTED_NICKNAME_BEFORE_SURNAME_RE = re.compile(
    rf"[ ](?P<open>\([ ]?)?[{_QUOTE_CHARS}](?P<nick>\p{{Lu}}[\p{{Ll}}\p{{M}}]{{0,9}}(?:[ ]\p{{Lu}})?)[{_QUOTE_CHARS}](?(open)[ ]?\))"
    rf"[ ](?P<last>{_UNKNOWN_NAME_WORD})(?![\p{{L}}\p{{M}}\-])")
_GIVEN_NAME_BEFORE_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-])(?P<w>{_UNKNOWN_NAME_WORD})$")
# a surname of the page's people with initials after it, maybe after a comma: "Adebayo O.", "Iyer, R. V."
_INITIALS_AFTER_SURNAME_RE = re.compile(r",?[ ](?P<i>\p{Lu}\.(?:[ ]?\p{Lu}\.){0,2})(?![\p{L}\p{N}\-])")
# a bracketed or quoted word inside a name found ('Mohammed (Hamody) Ali', 'X "Nat" Y'): a nickname
_NICKNAME_INSIDE_NAME_RE = re.compile(rf"(?:\([{_QUOTE_CHARS}]?|[{_QUOTE_CHARS}])(?P<w>\p{{Lu}}[\p{{Ll}}\p{{M}}]{{0,9}}(?:[ ]\p{{Lu}})?)[{_QUOTE_CHARS}]?\)?")
_UNKNOWN_NAME_RARE_ZIPF = 3.0  # each word of a name without a known first name is this rare or rarer


def _unknown_name_word(redactor: "Redactor", word: str) -> bool:
    """A word that may be a part of a name the name data does not know: no place, organisation's or role word;
    each hyphened part a surname we know or a word rarer than _UNKNOWN_NAME_RARE_ZIPF."""
    if redactor._is_place(word) or _institution_word(word) or _person_word(word.casefold()):
        return False
    lex = redactor.lex
    parts = word.split("-")  # (a surname we know however frequent as a part of a double one: "Nowak-Eriksson")
    if any(_ends_in_everyday_word(redactor, part) for part in parts):
        return False
    return all(part.casefold() in lex.surnames and (lex.zipf(part) < _BESIDE_FOUND_SURNAME_ZIPF or len(parts) > 1)
               or lex.zipf(part) < _UNKNOWN_NAME_RARE_ZIPF for part in parts)


def _ends_in_everyday_word(redactor: "Redactor", word: str) -> bool:
    """Whether ``word``, in no word list, ends in a word of six letters or more, no name, as frequent as
    _UNKNOWN_NAME_RARE_ZIPF or more ("Familjeintervention", "Barnhälsovården"), or is two everyday words joined: a thing's or a place's name, not a person's."""
    lex, low = redactor.lex, word.casefold()
    if lex.zipf(low) > 0 or low in lex.surnames:
        return False
    return any(lex.zipf(low[k:]) >= _UNKNOWN_NAME_RARE_ZIPF and low[k:] not in lex.first_sv and low[k:] not in lex.first_other
               and low[k:] not in lex.surnames for k in range(2, len(low) - 5)) or _everyday_compound(redactor, word)


def _reads_as_unknown_name(redactor: "Redactor", words: list[str]) -> bool:
    """Two or three words that read as a person's name with no cue the name data gives: each a name's word (above),
    one of them in no word list at all."""
    if all(_unknown_name_word(redactor, w) for w in words):
        return any(redactor.lex.zipf(p) == 0 for w in words for p in w.split("-"))
    return len(words) == 3 and _middle_framed_by_unknown_words(redactor, words)


def _middle_framed_by_unknown_words(redactor: "Redactor", words: list[str]) -> bool:
    """Round 30: three words whose first and last are in no word list at all and whose middle is a less frequent
    capitalised word (below _BESIDE_FOUND_SURNAME_ZIPF), no place, organisation's or role word ("Faadumo Cali Xasan")."""
    lex = redactor.lex
    first, middle, last = words
    return all(lex.zipf(p) == 0 and _unknown_name_word(redactor, w) for w in (first, last) for p in w.split("-")) \
        and middle[:1].isupper() and middle.isalpha() and lex.zipf(middle) < _BESIDE_FOUND_SURNAME_ZIPF \
        and not (redactor._is_place(middle) or _institution_word(middle) or _person_word(middle.casefold()))


def _unknown_name_run_at(redactor: "Redactor", text: str, position: int) -> tuple[int, int] | None:
    m = _CAPITALISED_RUN_RE.match(text, position)
    if m is None or not _reads_as_unknown_name(redactor, m["run"].split()):
        return None
    return m.span("run")


# a label before a colon that says people follow: a role's word, a label of people or a place's name heading a row
_PEOPLE_LABELS = frozenset({"ansvarig", "ansvariga", "ledare", "samordnare", "kontakt", "kontaktperson",
                                "deltagare", "närvarande", "inbjudan", "sammankallande", "utbildare", "kursledare",
                                "gruppledare", "arbetsgrupp", "arbetsgruppen", "handledare", "föreläsare"})


def _people_label_before(redactor: "Redactor", text: str, colon: int) -> bool:
    start = colon
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    label = text[start:colon]
    if not label:
        return False
    key = label.casefold()
    if key in _PEOPLE_LABELS or _person_word(key) or key in _MINUTES_LABELS:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return start == line_start and redactor._is_place(label)  # "Älvdalen: X Y" (a row of participants)


def _unknown_names_placed_by_text(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Round 28: names the name data does not know where the text's own words place a person.

    - two or three words that read as a name (:func:`_reads_as_unknown_name`) after "av" ("Leds av Olusegun Adebayo och
      …") or after a people's label and a colon ("Samordnare: X Y Z", "Älvdalen: X Y" opening a row);
    - such words coordinated or listed with a name found (", X Y Z,", "och X Y Z", "X Y och [name]");
    - a nickname in quotes between two such words or names ('Aroha "Ro" Nilsson-Tane', 'Lars-Göran ("Lasse G")
      Mattsson'), a given name we know or not;
    - every other place in the text that writes a name found here again."""
    spans: list[tuple[int, int, str]] = []
    if " av " in text:
        position = text.find(" av ")
        while position >= 0:
            run = _unknown_name_run_at(redactor, text, position + 4)
            if run is not None:
                spans.append((*run, NAME))
            position = text.find(" av ", position + 4)
    if ": " in text:
        position = text.find(": ")
        while position >= 0:
            if _people_label_before(redactor, text, position):
                run = _unknown_name_run_at(redactor, text, position + 2)
                if run is not None:
                    spans.append((*run, NAME))
            position = text.find(": ", position + 2)
    if any(q in text for q in _QUOTE_CHARS):
        for q in _QUOTE_CHARS:
            position = text.find(q)
            while position >= 0:
                start = position - 1 if text[position - 1:position] == " " else position - 2
                m = _QUOTED_NICKNAME_BEFORE_SURNAME_RE.match(text, start) if start > 0 else None
                if m is not None:
                    b = _GIVEN_NAME_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
                    if b is not None and _unknown_name_word(redactor, m["last"]) \
                            and (_unknown_name_word(redactor, b["w"]) or redactor._first_name(_Token(b["w"], 0, 0))) \
                            and not redactor._is_place(m["nick"]) and not _institution_word(m["nick"]):
                        spans.append((b.start(), m.end(), NAME))
                position = text.find(q, position + 1)
    spans += _found_names_written_again(text, spans)
    siblings = _unknown_names_listed_with_found(redactor, text, _merge(found + spans))
    return spans + siblings + _found_names_written_again(text, siblings)


def _found_names_written_again(text: str, spans: list) -> list[tuple[int, int, str]]:
    """Every other place where ``text`` writes the name of a span again (whole words)."""
    return _whole_word_spans(text, {text[s:e] for s, e, _ in spans})


def _whole_word_spans(text: str, strings) -> list[tuple[int, int, str]]:
    """Every place where ``text`` writes one of ``strings`` with no letter or digit just before or after it."""
    out = []
    for name in strings:
        position = text.find(name)
        while position >= 0:
            end = position + len(name)
            if (position == 0 or not text[position - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                out.append((position, end, NAME))
            position = text.find(name, end)
    return out


_NAME_LIST_SEPARATORS = (", ", " och ", " samt ", " eller ", " & ")
_LIST_JOINT_BEFORE_RE = re.compile(r"(?:,|[ ](?:och|samt|eller))[ ]$")
_CAPITALISED_RUN_BEFORE_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-])(?P<run>{_UNKNOWN_NAME_WORD}(?:[ ]{_UNKNOWN_NAME_WORD}){{1,2}})$")


def _unknown_names_listed_with_found(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Two or three words that read as a name (:func:`_reads_as_unknown_name`) listed or coordinated with a name found,
    after it (maybe after its bracket: "[X Y] (Tanum), Senait Tesfamariam (…)") or before it ("X Y och [name]")."""
    names = [(s, e) for s, e, kind in found if kind == NAME]
    spans = []
    for start, end in names:
        at = end
        if text.startswith(" (", at):
            close = text.find(")", at, at + 40)
            at = close + 1 if close > 0 else at
        for sep in _NAME_LIST_SEPARATORS:
            if text.startswith(sep, at):
                run = _unknown_name_run_at(redactor, text, at + len(sep))
                if run is not None:
                    spans.append((*run, NAME))
                break
        m = _LIST_JOINT_BEFORE_RE.search(text, max(0, start - 6), start)
        if m is not None:
            b = _CAPITALISED_RUN_BEFORE_RE.search(text, max(0, m.start() - 50), m.start())
            if b is not None:
                words = b["run"].split()
                for k in range(len(words) - 2, -1, -1):  # the longest run that reads as a name
                    if len(words) - k >= 2 and _reads_as_unknown_name(redactor, words[k:]):
                        tail = " ".join(words[k:])
                        spans.append((m.start() - len(tail), m.start(), NAME))
                        break
    return spans


def _inner_nicknames_and_given_names(redactor: "Redactor", text: str, found: list) -> frozenset:
    """Round 28: nicknames inside a name found ('Aroha "Ro" Tane', 'Mohammed (Hamody) Ali', '("Lasse G")'), in
    lower case too where the page writes them so and they are rare words, and the given name of a name found that
    round 28's rules found (its first word)."""
    out = set()
    for start, end, kind in found:
        if kind != NAME:
            continue
        name = text[start:end]
        if "(" in name or any(q in name for q in _QUOTE_CHARS):
            for m in _NICKNAME_INSIDE_NAME_RE.finditer(name):
                w = m["w"]
                if m.start() == 0 or redactor._is_place(w) or _institution_word(w):
                    continue
                out.add(w)
    for start, end in _joined_name_spans(text, found):
        words = text[start:end].split()
        if len(words) >= 3 and all(w[:1].isupper() for w in words[:2]) \
                and redactor._first_name(_Token(words[1], 0, 0)) and _unknown_name_word(redactor, words[0]):
            out.add(" ".join(words[:2]))  # a double given name: "Máret Inga" of "Máret Inga Labba-Persson"
    if '("' in text or "(kall" in text or "(\u201c" in text:  # '[X Y] (kallas "Tsege")', 'Olusegun ("Segun")'
        given = {text[s:e].split()[0] for s, e, kind in found if kind == NAME and text[s:e][:1].isupper()}
        for n in _BRACKETED_CALLED_NAME_RE.finditer(text):
            b = _GIVEN_NAME_BEFORE_RE.search(text, max(0, n.start() - 30), n.start())
            if (b is not None and b["w"] in given or any(e == n.start() for _, e, _ in found)) \
                    and not redactor._is_place(n["w"]) and not _institution_word(n["w"]):
                out.add(n["w"])
    for w in list(out):  # in lower case too where the page writes it so: a rare word, or a word and an initial
        if w.lower() in text and (all(redactor.lex.zipf(p) < _BESIDE_FOUND_RARE_ZIPF for p in w.split())
                                  or len(w.split()) == 2 and len(w.split()[1]) == 1):
            out.add(w.lower())
    return frozenset(out)


_BRACKETED_CALLED_NAME_RE = re.compile(rf"[ ]\((?:(?:kallas|kallad|kallat)[ ])?(?P<q>[{_QUOTE_CHARS}])(?P<w>\p{{Lu}}[\p{{Ll}}\p{{M}}]{{1,9}})(?P=q)\)")


def _found_name_words(redactor: "Redactor", text: str, found: list) -> frozenset:
    """Round 28: the words of the page's names found (capitalised, three letters or more, no place, organisation's
    or common word): with initials after them they name the person again ("Adebayo O.")."""
    out = set()
    for start, end, kind in found:
        if kind != NAME:
            continue
        for w in text[start:end].split():
            w = w.strip("(),\"\u201c\u201d")
            if len(w) >= 3 and w[:1].isupper() and w[1:].replace("-", "").isalpha() and _unknown_name_word(redactor, w):
                out.add(w)
    return frozenset(out)


def _name_words_with_initials(redactor: "Redactor", text: str, words) -> list[tuple[int, int, str]]:
    """A word of the page's names (:func:`_found_name_words`) with initials after it, maybe after another such
    word or a comma: "Adebayo O.", "Kidane Tesfay T.", "Iyer, R. V.", "Kourosh B.N."."""
    spans = []
    for w in words:
        position = text.find(w)
        while position >= 0:
            end = position + len(w)
            at, position = position, text.find(w, end)
            if at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-"):
                continue
            m = _INITIALS_AFTER_SURNAME_RE.match(text, end)
            if m is not None:
                spans.append((at, m.end(), NAME))
    return spans


# --- round 29 -----------------------------------------------------------------------------------------------------
# the pieces of an e-mail address's local part ("tuula.rantanen", "f.cali.warsame", "gosia.wojcik-lind")
_EMAIL_LOCAL_PART_RE = re.compile(r"(?<![\p{L}\p{N}._%+\-])(?P<local>[\p{L}][\p{L}\-]*(?:[._][\p{L}][\p{L}\-]*){1,2})(?=[ \t]?(?:@|\[at\]|\(at\)|＠|&#64;|\(a\)|[ \t]at[ \t]|[ \t]snabel))")
# a word of the page (letters, hyphens, an apostrophe inside)
_PAGE_WORD_RE = re.compile(r"(?<![\p{L}\p{M}\p{N}])\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*")
# initials right after a name's word: "Wójcik-Lind M.", "faadumo c.w.", "Pimchanok S."
_INITIALS_AFTER_NAME_WORD_RE = re.compile(r"[ \t](?:\p{L}\.){1,3}(?![\p{L}\p{N}])|,[ \t]\p{Lu}(?:-\p{Lu}|\p{Ll})?\.?(?![\p{L}\p{N}])")


def _email_key(word: str) -> str:
    """A word as an e-mail address writes it: casefolded, without diacritics, hyphens or apostrophes."""
    return _fold(word).replace("-", "").replace("'", "").replace("’", "")


def _page_word_may_be_name(redactor: "Redactor", word: str) -> bool:
    """Whether a word of the page may be a person's name's word: no place, no organisation's word, no very frequent
    word, and in lower case no everyday word at all."""
    lex = redactor.lex
    if redactor._is_place(word) or _institution_word(word) or lex.zipf(word) >= redactor.EVERYDAY_ZIPF:
        return False
    return word[:1].isupper() or not lex.is_common(word)


# what an e-mail address's local part stands right before (the look-ahead of _EMAIL_LOCAL_PART_RE without its optional blank)
_EMAIL_AT_MARKS = ("@", "[at]", "(at)", "＠", "&#64;", "(a)", " at ", " at\t", "\tat ", "\tat\t", " snabel", "\tsnabel")
_EMAIL_LOCAL_PUNCTUATION = frozenset("._%+-")


def _email_local_part_matches(text: str) -> list:
    """The matches of :data:`_EMAIL_LOCAL_PART_RE` in ``text``, tried only before the marks its look-ahead needs. (Its
    look-behind excludes every character the local part may hold, so a match starts where such a run of characters
    starts and ends where it ends, right before a mark or a blank and a mark: one try per run that a mark follows.)"""
    starts = set()
    for mark in _EMAIL_AT_MARKS:
        q = text.find(mark)
        while q >= 0:
            for e in ((q, q - 1) if q and text[q - 1] in " \t" else (q,)):
                k = e
                while k and (text[k - 1].isalnum() or text[k - 1] in _EMAIL_LOCAL_PUNCTUATION):
                    k -= 1
                if k < e:
                    starts.add(k)
            q = text.find(mark, q + 1)
    found = []
    for k in sorted(starts):
        m = _EMAIL_LOCAL_PART_RE.match(text, k)
        if m is not None:
            found.append(m)
    return found


_PAGE_WORD_RES_BY_HEADS: dict = {}  # the ASCII letters a word may start with -> _PAGE_WORD_RE held to those words
_WORD_INNER_MARKS = frozenset("'’-")


def _page_words_with_heads(text: str, heads) -> list:
    """The matches of :data:`_PAGE_WORD_RE` in ``text`` whose first character is in ``heads`` or not ASCII, found by
    the regex engine (not a Python test at every word of the page). A word skipped whole may leave a tail after its
    hyphen or apostrophe that the held regex matches ("x-ray" … "ray") but the full scan reads as part of the word:
    such a match is kept only where the full scan of its run of letters, marks, hyphens and apostrophes starts one
    there."""
    ascii_heads = "".join(sorted(h for h in heads if len(h) == 1 and h.isascii()))
    pattern = _PAGE_WORD_RES_BY_HEADS.get(ascii_heads)
    if pattern is None:
        if len(_PAGE_WORD_RES_BY_HEADS) > 512:
            _PAGE_WORD_RES_BY_HEADS.clear()
        # (a set of first characters first, for the engine's fast scan; then the look-behind of _PAGE_WORD_RE)
        pattern = _PAGE_WORD_RES_BY_HEADS[ascii_heads] = re.compile(
            rf"[{re.escape(ascii_heads)}\x80-\U0010FFFF](?<![\p{{L}}\p{{M}}\p{{N}}].)(?<=\p{{L}})"
            r"[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*")
    out = []
    for m in pattern.finditer(text):
        p = m.start()
        if p and text[p - 1] in _WORD_INNER_MARKS:  # (rare: maybe the tail of a word the full scan reads whole)
            r = p - 1
            while r and (text[r - 1].isalpha() or text[r - 1] in _WORD_INNER_MARKS
                         or unicodedata.category(text[r - 1])[0] == "M"):
                r -= 1
            if not any(w.start() == p for w in _PAGE_WORD_RE.finditer(text, r, m.end())):
                continue
        out.append(m)
    return out


def _words_spelled_by_addresses(redactor: "Redactor", text: str) -> frozenset:
    """Round 29: the words of the page that an e-mail address's local part of two or three pieces spells as a
    person's: the pieces stand as consecutive words of the page ("tuula rantanen" … "tuula.rantanen (at) …",
    "Faadumo Cali Warsame" … "f.cali.warsame@…": a one-letter piece is the initial of a word), or each piece is
    written capitalised somewhere on the page and one is a surname or first name we know ("Wójcik-Lind M.
    (Gosia)" … "gosia.wojcik-lind[at]…"). Such a word then names the person anywhere in the page, in any case
    (``Context.address_forms``: the words as the page writes them). Read only on a page with an "at"."""
    lex = redactor.lex
    locals_ = []
    for m in _email_local_part_matches(text):
        pieces = [p for p in re.split(r"[._]", m["local"])]
        keys = [_email_key(p) for p in pieces]
        if sum(len(k) >= 2 for k in keys) >= 2 and not all(lex.is_common(k) for k in keys if len(k) >= 2):
            parts = [_fold(q) for p in pieces for q in p.split("-") if len(q) >= 2]  # "wojcik", "lind"
            locals_.append((keys, parts))
    if not locals_:
        return frozenset()
    # only the words that may be a piece: their first letter one a piece starts with (most words are not folded)
    heads = {k[0] for keys, _ in locals_ for k in keys}
    heads |= {h.upper() for h in heads}
    # of those, only the words whose key is a piece's or starts with a one-letter piece: the only ones a row, a piece
    # or a word wanted below can be (a row's words stand one blank apart, so none between them is left out)
    all_keys = {k for keys, _ in locals_ for k in keys}
    initials = {k for k in all_keys if len(k) == 1}
    keys_of: dict = {}  # (a page writes most words more than once: each folded once)
    words = []
    for w in _page_words_with_heads(text, heads):
        word = w[0]
        key = keys_of.get(word)
        if key is None:
            key = keys_of[word] = _email_key(word)
        if key in all_keys or key[:1] in initials:
            words.append((word, key, w.start(), w.end()))
    by_key: dict = {}
    at_key: dict = {}  # a key's places in ``words``: the rows below start only there
    for i, (w, key, _, _) in enumerate(words):
        by_key.setdefault(key, set()).add(w)
        at_key.setdefault(key, []).append(i)
    wanted = set()
    row_words = set()
    for keys, parts in locals_:
        long_keys = [k for k in keys if len(k) >= 2]
        # every piece a word of the page that may be a name's (else only a row of them, round 30, below)
        plain = not any(not any(_page_word_may_be_name(redactor, w) for w in by_key.get(k, ())) for k in long_keys)
        # the pieces in a row as words of the page (an initial as any word with that letter)
        n = len(keys)
        in_row = None
        if len(keys[0]) >= 2:
            starts = at_key.get(keys[0], ())
        else:  # an initial: any word of two letters or more it starts
            starts = sorted(i for key, places in at_key.items() if key[:1] == keys[0] and len(key) > 1 for i in places)
        for i in starts:
            if i > len(words) - n:
                break
            row = words[i:i + n]
            if all((len(k) == 1 and row[j][1][:1] == k and len(row[j][1]) > 1) or row[j][1] == k
                   for j, k in enumerate(keys)) \
                    and all(text[row[j][3]:row[j + 1][2]] in (" ", "\t") for j in range(n - 1)):
                in_row = row
                break
        if in_row is not None:
            if all(not redactor._is_place(r[0]) and not _institution_word(r[0]) for r in in_row) \
                    and any(_page_word_may_be_name(redactor, r[0]) for r in in_row):
                # round 30: the address spells the words the page writes in a row, so each is the person's, an
                # everyday word too ("lisa nordin-eklund" … "Lisa nås", "chen meiling" … "chen.meiling@")
                wanted.update(r[1] for r in in_row)
                row_words.update(r[0] for r in in_row)
            elif plain:
                wanted.update(r[1] for r in in_row if _page_word_may_be_name(redactor, r[0]))
            continue
        if not plain:
            continue
        capitalised = all(any(w[:1].isupper() for w in by_key.get(k, ())) for k in long_keys)
        known = any(k in lex.surnames or redactor._first_name(_Token(k.capitalize(), 0, len(k)), known_only=True)
                    for k in parts)
        if capitalised and known:
            wanted.update(long_keys)
    return frozenset(w for key in wanted for w in by_key.get(key, ()) if _page_word_may_be_name(redactor, w)) | row_words


def _address_spelled_word_spans(text: str, forms) -> list[tuple[int, int, str]]:
    """Where ``text`` writes a word of :func:`_words_spelled_by_addresses` as a word of its own (not inside an address
    or a longer word), with the initials right after it ("Wójcik-Lind M.", "faadumo c.w.")."""
    spans = []
    for w in forms:
        position = text.find(w)
        while position >= 0:
            end = position + len(w)
            at, position = position, text.find(w, end)
            if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-_.@/'’") \
                    or end < len(text) and (text[end].isalnum() or text[end] in "-_@'’"):
                continue
            if end < len(text) and text[end] == "." and text[end + 1:end + 2].isalpha():
                continue  # a piece of an address ("tuula.rantanen")
            m = _INITIALS_AFTER_NAME_WORD_RE.match(text, end)
            spans.append((at, m.end() if m is not None else end, NAME))
    return spans


# round 29: a street address whose postcode no town follows ("Glömstavägen 12, 141 52 eller …"), after a person's name
# and a comma or "på", maybe after the person's other name in brackets ("X (Y) på Storgatan 48 B, 921 31, …")
_ADDRESS_AFTER_NAME_RE = re.compile(
    rf"(?:\)|[ \t]\([^()\n]{{1,40}}\))?(?:,[ \t]|[ \t]på[ \t])(?P<address>{_STREET}(?:{_FLOOR})?(?:{_FLAT})?"
    r",?[ \t]\d{3}[ \t]?\d{2}(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{N}])")


class _AddressAfterNameMatch:
    def __init__(self, m):
        self._span = m.span("address")

    def start(self) -> int:
        return self._span[0]

    def end(self) -> int:
        return self._span[1]


def _street_address_after_name(text: str, end: int) -> "_AddressAfterNameMatch | None":
    """Round 29: a street address with its postcode right after a person's name (``end``: the name's end) and a
    comma or "på": the person's (an office's address follows an office's name, not a person's)."""
    if text[end:end + 1] not in (",", " ", ")"):
        return None
    m = _ADDRESS_AFTER_NAME_RE.match(text, end)
    return _AddressAfterNameMatch(m) if m is not None else None


# a name after a label's colon, right before a comma and a phone number found: "Ansvarig: Mustafa al-Ani, +46 …",
# "Ansvarig för mallen: Xiaoling Wang, 090-…" (two or three words, an Arabic or other particle before the last)
_LABELLED_NAME = (r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?:[ \t](?:(?:al|el|ul|bin|ibn|abu|van|von|de|da|af)[\-  ])?"
             r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){1,2}")
_LABELLED_NAME_BEFORE_PHONE_RE = re.compile(rf"(?<=[\p{{L}}\)]:[ \t])(?P<name>{_LABELLED_NAME}),[ \t]?$")
# a full name in brackets after a word that shortens its first name: "Pim (Pimchanok Srisuk)"
_SHORT_NAME_BRACKETED_FULL_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<w>\p{Lu}[\p{Ll}\p{M}]{2,})[ \t]\((?P<name>(?P<a>\p{Lu}[\p{Ll}\p{M}]+)[ \t]"
    r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\)")
# a nickname the text says people call someone: "Coté, som alla kallar henne, …"
_NAME_PEOPLE_CALL_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<w>\p{Lu}[\p{Ll}\p{M}]+),?[ \t]som[ \t](?:alla|vi|många|de[ \t]flesta|kollegorna|man|"
    r"barnen)[ \t](?:kallar|brukar[ \t]kalla)[ \t](?:henne|honom|hen)(?![\p{L}])")
# a lower-case full name after "av": "sköts av mirja heikkinen på …"
_LOWERCASE_NAME_AFTER_AV_RE = re.compile(r"(?<![\p{L}])av[ \t](?P<a>\p{Ll}{3,})[ \t](?P<b>\p{Ll}{3,}(?:-\p{Ll}{3,})?)(?![\p{L}\p{M}\-])")
# a full name between commas after a role's word: "Gemensam anhörigkonsulent, Chinwe Okonkwo-Berg, som …"
_NAME_BETWEEN_COMMAS_AFTER_ROLE_RE = re.compile(
    r"(?<![\p{L}])(?P<role>\p{Ll}{4,}),[ \t](?P<name>(?P<a>\p{Lu}[\p{Ll}\p{M}]+)[ \t](?P<b>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)),[ \t]som$")


def _no_place_or_everyday_word(redactor: "Redactor", words) -> bool:
    """No word a place, an organisation's word or a very frequent word (a name's words, not a phrase's)."""
    lex = redactor.lex
    return all(not redactor._is_place(w) and not _institution_word(w) and lex.zipf(w) < redactor.EVERYDAY_ZIPF
               for w in words)


def _has_known_name_part(redactor: "Redactor", word: str) -> bool:
    """A surname or first name we know, or a part of a hyphenated one ("Okonkwo-Berg")."""
    lex = redactor.lex
    return any(p.casefold() in lex.surnames or redactor._first_name(_Token(p, 0, len(p)), known_only=True)
               for p in word.split("-") if len(p) >= 2)


def _cued_names_and_reversed_pairs(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Round 29: names where the text's words place a person, each looked for only where its cue stands: a label's
    colon before and a comma and a phone number found after ("Ansvarig: Mustafa al-Ani, +46 …"); a full name in
    brackets after a word that shortens its first name ("Pim (Pimchanok Srisuk)"); a nickname "som alla kallar
    henne"; a lower-case full name after "av" whose second word is a surname we know and no everyday word ("av
    mirja heikkinen"); a full name between a role's comma and ", som" with a part we know ("anhörigkonsulent,
    Chinwe Okonkwo-Berg, som"); and a two-word name found written the other way round ("Xiaoling Wang" …
    "Wang Xiaoling")."""
    lex = redactor.lex
    spans = []
    for start, _, kind in found:
        if kind != PHONE:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        m = _LABELLED_NAME_BEFORE_PHONE_RE.search(text, max(line_start, start - 80), start)
        if m is not None and _no_place_or_everyday_word(redactor, re.split(r"[ \t\-]", m["name"].replace("al-", "").replace("el-", ""))):
            spans.append((m.start("name"), m.end("name"), NAME))
    position = text.find(" (")
    while position >= 0:  # a word, a blank and a bracket: the match starts within a word's length before it
        m = _SHORT_NAME_BRACKETED_FULL_RE.search(text, max(0, position - 30), min(len(text), position + 80))
        position = text.find(" (", position + 2)
        if m is not None and m["a"].startswith(m["w"]) and m["a"] != m["w"] \
                and _no_place_or_everyday_word(redactor, [m["w"], *m["name"].split()]):
            spans += [(m.start("w"), m.end("w"), NAME), (m.start("name"), m.end("name"), NAME)]
    if "kalla" in text:
        for m in _NAME_PEOPLE_CALL_RE.finditer(text):
            if _no_place_or_everyday_word(redactor, [m["w"]]) and not lex.is_common(m["w"]):
                spans.append((m.start("w"), m.end("w"), NAME))
    if " av " in text:
        position = text.find(" av ")
        while position >= 0:
            m = _LOWERCASE_NAME_AFTER_AV_RE.match(text, position + 1)
            position = text.find(" av ", position + 3)
            if m is not None and not lex.is_common(m["a"]) and not lex.is_common(m["b"]) \
                    and _has_known_name_part(redactor, m["b"].capitalize()) and not redactor._is_place(m["a"]):
                spans.append((m.start("a"), m.end("b"), NAME))
    if ", som " in text:
        position = text.find(", som ")
        while position >= 0:
            m = _NAME_BETWEEN_COMMAS_AFTER_ROLE_RE.search(text, max(0, position - 80), position + 5)
            position = text.find(", som ", position + 5)
            if m is not None and _person_word(m["role"]) and not lex.is_common(m["a"]) \
                    and _has_known_name_part(redactor, m["b"]) and _no_place_or_everyday_word(redactor, [m["a"], m["b"]]):
                spans.append((m.start("name"), m.end("name"), NAME))
    if ", " in text and any(label in text for label in _PEOPLE_NAMES_LABEL_HINTS):
        for m in _PEOPLE_NAMES_LABEL_RE.finditer(text):
            at = m.start("items")
            while True:
                item = _SURNAME_COMMA_INITIAL_RE.match(text, at)
                if item is None or not _no_place_or_everyday_word(redactor, [item["s"]]):
                    break
                spans.append((item.start(), item.end(), NAME))
                joint = _ITEM_JOINT_RE.match(text, item.end())
                if joint is None:
                    break
                at = joint.end()
    if " av " in text and ("ansvarig" in text or "utgivare" in text):
        for m in _BYLINE_CAPITALS_RE.finditer(text):
            if not _known_abbreviation(m["i"]):
                spans.append((m.start("i"), m.end("i"), NAME))
    if " från " in text:
        position = text.find(" från ")
        while position >= 0:
            m = _NAME_BEFORE_FRAN_RE.search(text, max(0, position - 60), position + 7)
            position = text.find(" från ", position + 5)
            if m is not None and not any(lex.is_common(w) for w in (m["a"], m["b"])) \
                    and _no_place_or_everyday_word(redactor, [m["a"], m["b"]]) and lex.zipf(m["b"]) == 0 \
                    and m["b"].casefold() in lex.surnames and _at_sentence_start(text, _Token(m["a"], m.start("a"), m.end("a"))):
                spans.append((m.start("name"), m.end("name"), NAME))
    for start, end, kind in found + spans:
        words = text[start:end].split(" ")
        if kind == NAME and len(words) == 2 and all(w[:1].isupper() for w in words):
            swapped = f"{words[1]} {words[0]}"
            position = text.find(swapped)
            while position >= 0:
                after = position + len(swapped)
                if (position == 0 or not text[position - 1].isalnum()) and (after == len(text) or not text[after].isalnum()):
                    spans.append((position, after, NAME))
                position = text.find(swapped, after)
    return spans


def _shortened_and_labelled_first_names(redactor: "Redactor", text: str, found: list) -> frozenset:
    """Round 29: names that stand for one of the page's people alone in the rest of the page: a word that shortens
    a first name found and is no everyday word ("Krzysztof Nowak" … "Krzysiek har", "Pim (Pimchanok …)"), a
    nickname "som alla kallar henne", and the first word of a full name found after a label (see
    :func:`_cued_names_and_reversed_pairs`), each in lower case too when that is no everyday word ("coté", "mirja")."""
    lex = redactor.lex
    out = set()
    firsts = set()
    for start, end, kind in found:
        if kind != NAME:
            continue
        words = text[start:end].split()
        if len(words) >= 2 and len(words[0]) >= 4 and words[0][:1].isalpha():
            firsts.add(words[0])
        elif len(words) == 1 and (text[end:end + 2] == " (" or text[end:end + 1] == ","):
            w = words[0]
            if w[:1].isupper() and w.isalpha() and _no_place_or_everyday_word(redactor, [w]) \
                    and (_SHORT_NAME_BRACKETED_FULL_RE.match(text, start) or _NAME_PEOPLE_CALL_RE.match(text, start)):
                out.add(w)
    for first in firsts:
        if not _no_place_or_everyday_word(redactor, [first]):
            continue
        if first[:1].isupper():
            out.add(first)
        elif first.isalpha() and not lex.is_common(first) and _no_place_or_everyday_word(redactor, [first]):
            out.add(first.capitalize())  # "mirja heikkinen" … "mirja nås på"
        stem = first[:4].capitalize()
        position = text.find(stem)
        while position >= 0:
            m = _PAGE_WORD_RE.match(text, position)
            position = text.find(stem, position + 4)
            if m is None or m.start() > 0 and text[m.start() - 1].isalpha():
                continue
            w = m[0]
            if w == first.capitalize() or not 4 <= len(w) <= len(first) + 1 \
                    or w.casefold().startswith(first.casefold()):
                continue  # (the cheap tests first: most places the stem stands are the first name itself)
            if w.endswith("s") and redactor._first_name(_Token(w[:-1], 0, len(w) - 1), known_only=True) \
                    or redactor._first_name(_Token(w, 0, len(w)), known_only=True):
                continue  # another first name or its genitive ("Hanna-Maria" … "Hannas hemlighet")
            if not lex.is_common(w) and _no_place_or_everyday_word(redactor, [w]):
                out.add(w)
    for w in list(out):
        low = w.lower()
        if not lex.is_common(low) and not redactor._is_place(w):
            out.add(low)
    return frozenset(out)


def _lowercase_found_name_words(redactor: "Redactor", text: str, found: list) -> frozenset:
    """Round 29: the words of a full name found in lower case ("mirja heikkinen"), capitalised, no everyday word,
    place or organisation's word: with initials after them they name the person again ("Heikkinen M.")."""
    out = set()
    for start, end, kind in found:
        words = text[start:end].split()
        if kind == NAME and len(words) >= 2 and all(w.isalpha() and w.islower() for w in words):
            out.update(w.capitalize() for w in words
                       if len(w) >= 3 and not redactor.lex.is_common(w) and _no_place_or_everyday_word(redactor, [w]))
    return frozenset(out)


# the rest of a number wrapped after its area code's dash, on the next line: "-" / "044 12 98"
_WRAPPED_NUMBER_REST_RE = re.compile(r"[\-\u2010-\u2015\u2212][ \t]*\n[ \t]{0,4}\d{2,3}(?:[ \t]\d{2,3}){1,3}(?![\d\-])")
_SECOND_AREA_CODE_RE = re.compile(r"/[ \t]?(?P<area>0\d{1,3})$")


def _wrapped_second_phone_spans(text: str) -> list[tuple[int, int, str]]:
    """Round 29: the second of two numbers joined by a slash, wrapped after its area code's dash ("0640-161 00 /
    073-" / "044 12 98"): the phone pattern reads "… / 073" as one number and leaves the rest of the second."""
    out = []
    position = text.find("-\n")
    while position >= 0:
        head = _SECOND_AREA_CODE_RE.search(text, max(0, position - 8), position)
        rest = _WRAPPED_NUMBER_REST_RE.match(text, position) if head is not None else None
        if rest is not None and 8 <= len(head["area"]) + sum(c.isdigit() for c in rest[0]) <= 10:
            out.append((head.start("area"), rest.end(), PHONE))
        position = text.find("-\n", position + 2)
    return out


_DOTTED_INITIALS_RE = re.compile(r"(?:\p{Lu}\.){2,3}")
_AT_HANDLE_RE = re.compile(r"(?<![\w.@])@(?P<h>[\p{L}\d_.]{3,30})(?<!\.)")


def _found_dotted_initials(text: str, found: list) -> frozenset:
    """Round 29: the initials with dots of the page that its redaction found as a name (a signature, "av Å.L.")."""
    return frozenset(text[a:b] for a, b, kind in found if kind == NAME and _DOTTED_INITIALS_RE.fullmatch(text, a, b))


def _initials_and_handles_of_page_people(text: str, ctx: "Context") -> list[tuple[int, int, str]]:
    """Round 29: where a text writes the page's people again: initials with dots that sign elsewhere in the page
    ("Dr. X och Å.L. från …" … "av Å.L."), and a social-media handle holding a word of the page's names found of
    four letters or more ("Dmitrij Sokolov" … "@DrSokolovMD")."""
    spans = _whole_word_spans(text, ctx.signed_initials)
    if "@" in text and ctx.name_words:
        words = [w.casefold() for w in ctx.name_words if len(w) >= 4]
        for m in _AT_HANDLE_RE.finditer(text):
            handle = m["h"].casefold()
            if any(w in handle for w in words):
                spans.append((m.start(), m.end(), NAME))
    return spans


# surnames with initials after a label for people's names: "Namn: Lindqvist, P-O och Kovač, Dž."
_PEOPLE_NAMES_LABEL_RE = re.compile(r"(?<![\p{L}])(?:[Nn]amn|[Dd]eltagare|[Nn]ärvarande|[Uu]tbildade|[Aa]nsvariga|[Kk]ontaktpersoner):[ \t](?P<items>)")
_PEOPLE_NAMES_LABEL_HINTS = ("amn:", "eltagare:", "ärvarande:", "tbildade:", "nsvariga:", "ontaktpersoner:")
_SURNAME_COMMA_INITIAL_RE = re.compile(
    r"(?P<s>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?),[ \t](?P<i>\p{Lu}(?:\p{Ll}|-\p{Lu})?\.?(?:[ ]?\p{Lu}\.)?)(?![\p{L}\p{N}])")
_ITEM_JOINT_RE = re.compile(r"[ \t](?:och|samt|&)[ \t]|[,;][ \t]")
# capitals signing a dated byline before the publisher: "Senast uppdaterad 2025-01-20 av AHB, ansvarig utgivare …"
_BYLINE_CAPITALS_RE = re.compile(r"\d[ \t]av[ \t](?P<i>\p{Lu}{2,4})(?=,[ \t](?:ansvarig|utgivare))")
# a name opening a sentence before "från" and a word in lower case: "Hodan Jama från socialtjänsten var …"
_NAME_BEFORE_FRAN_RE = re.compile(r"(?P<name>(?P<a>\p{Lu}[\p{Ll}\p{M}]{2,})[ \t](?P<b>\p{Lu}[\p{Ll}\p{M}]{2,}))[ \t]från[ \t]\p{Ll}")


# --- round 30 -----------------------------------------------------------------------------------------------------
# a list's item that reads as a name: one to three capitalised words (hyphens inside), an initial after maybe
_NAME_LIST_ITEM_RE = re.compile(r"[ \t]*(?P<name>\p{Lu}[\p{L}\p{M}]+(?:[\-'’]\p{L}[\p{L}\p{M}]*)*(?:[ \t]\p{Lu}[\p{L}\p{M}]+"
                          r"(?:[\-'’]\p{L}[\p{L}\p{M}]*)*){0,2}(?:,?[ \t]\p{Lu}(?:-\p{Lu}|\p{Ll})?\.)?)[ \t]*[.)]?[ \t]*$")
# dotted initials right before their own address, in brackets or after a comma: "J.K.L. (jkl@…)"
_INITIALS_BEFORE_ADDRESS_RE = re.compile(r"(?<![\p{L}\p{N}.])(?P<ini>(?:\p{Lu}\.){2,4})(?:[ \t]\(|,[ \t]|[ \t]|:[ \t])$")


def _other_items_of_name_lists(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Round 30: the other items of a list split by semicolons in which two items or more are names found ("Hadžić,
    Amra; Kovač, Dž.; Räsänen J.; …", "(Lind, Eva; Park Ji-hoon; Ánne Risten Partapuoli; …)"): an item of one to
    three capitalised words, no place's or organisation's word among them, maybe with an initial. Read only on a
    line with a semicolon that holds a name found."""
    spans = []
    names = [(a, b) for a, b, kind in found if kind == NAME]
    done = set()
    for a, b in names:
        if text.find(";", b, b + 4) < 0 and text.rfind(";", max(0, a - 3), a) < 0:
            continue  # (the cue: a semicolon right after or before a name found)
        lo = text.rfind("\n", 0, a) + 1
        hi = text.find("\n", b)
        hi = len(text) if hi < 0 else hi
        if lo in done:
            continue
        done.add(lo)
        items, start = [], lo
        for k in [i for i in range(lo, hi) if text[i] == ";"] + [hi]:
            items.append((start, k))
            start = k + 1
        held = [any(s <= x < e for x, _ in names) for s, e in items]
        if sum(held) < 2:
            continue
        for (s, e), has in zip(items, held):
            if has:
                continue
            m = _NAME_LIST_ITEM_RE.match(text, s, e)
            if m is None:
                continue
            words = m["name"].replace(",", " ").split()
            long_words = [w for w in words if not w.endswith(".")]
            lex = redactor.lex
            rare = any(not lex.is_common(w) for w in long_words)
            if any(redactor._is_place(w) or lex.zipf(w) >= redactor.EVERYDAY_ZIPF
                   or _institution_word(w) and not (rare and w.casefold() in lex.surnames) for w in long_words):
                continue  # (an organisation's word that is a surname we know beside a rare word: "Park Ji-hoon")
            if len(long_words) == 1 and len(words) == 1:
                continue  # one word alone: a place or a thing as often as a name
            if len(long_words) >= 2 and all(redactor.lex.is_common(w) for w in long_words):
                continue
            spans.append((m.start("name"), m.end("name"), NAME))
    return spans


def _initials_before_own_address(text: str) -> list[tuple[int, int, str]]:
    """Round 30: dotted initials right before the address whose local part they spell ("Frågor till J.K.L.
    (jkl@…)", "A.B., ab@…"). Read only where an "@" stands."""
    spans = []
    q = text.find("@")
    while q >= 0:
        k = q
        while k and text[k - 1].isalpha():
            k -= 1
        local = text[k:q]
        if 2 <= len(local) <= 4:
            m = _INITIALS_BEFORE_ADDRESS_RE.search(text, max(0, k - 12), k)
            if m is not None and m["ini"].replace(".", "").casefold() == local.casefold():
                spans.append((m.start("ini"), m.end("ini"), NAME))
        q = text.find("@", q + 1)
    return spans


def _full_names_written_lower(text: str, found: list) -> frozenset:
    """Round 30: the page's full names found, of two words or more with letters outside ASCII or none an everyday
    word's, written in lower case: the page writes them so elsewhere too ("Ánne Risten Partapuoli" … "översatt av
    ánne risten partapuoli")."""
    out = set()
    for a, b, kind in found:
        if kind != NAME:
            continue
        name = text[a:b]
        words = name.split()
        if len(words) >= 2 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
                and sum(len(w) for w in words) >= 9:
            out.add(name.lower())
    return frozenset(out)


# a full name in brackets right after a name found (its quotes closed): '"Sasha" (Oleksandr Bondarenko)'
_BRACKETED_FULL_NAME_RE = re.compile(r"[\"”’']?[ \t]\((?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?"
                                  r"(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?){1,2})\)")


def _bracketed_full_names_after_found(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Round 30: two or three capitalised words in brackets right after a name found, none a place, an organisation's
    or a frequent word and one in no word list: the person's full name after a nickname or a shortening ('kollega
    "Sasha" (Oleksandr Bondarenko)'). Read only where a bracket follows a name found."""
    spans = []
    lex = redactor.lex
    for _, b, kind in found:
        if kind != NAME or "(" not in text[b:b + 3]:
            continue
        m = _BRACKETED_FULL_NAME_RE.match(text, b)
        if m is None:
            continue
        words = m["name"].split()
        if any(redactor._is_place(w) or _institution_word(w) or lex.zipf(w) >= redactor.EVERYDAY_ZIPF for w in words):
            continue
        if any(not lex.is_common(w) for w in words):
            spans.append((m.start("name"), m.end("name"), NAME))
    return spans


# --- what a page's own evidence places: file names, wrapped addresses and numbers, hyphenated initials -------------
# Each function starts where a plain substring look-up finds its cue ("_", "@\n", "+46", "-"), never at every word.

_FILE_EXTENSIONS = (".pdf", ".doc", ".xls", ".ppt", ".odt", ".ods", ".txt", ".csv", ".rtf", ".jpg", ".png")
_FILE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzåäöéüABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÜ0123456789_.-")
_FILE_PART_RE = plain_re.compile(r"[^_.\-]+")
# a first name that is also a very frequent word ("per", "hans") names a person in a file name only before a
# surname we know or an initial
_FILE_FIRST_MAX_ZIPF = 5.0


def _file_name_tokens(text: str) -> list[tuple[int, int]]:
    """(start, end) of every token made of letters, digits, "_", "." and "-" that holds a "_" or ends with a file's
    extension ("rutin_bsa_karin_dahlgren_2019.pdf", "deltagarlista-ali-k.xlsx"), found from those substrings."""
    seeds = []
    position = text.find("_")
    while position >= 0:
        seeds.append(position)
        position = text.find("_", position + 1)
    lowered = _lower(text)
    for ext in _FILE_EXTENSIONS:
        position = lowered.find(ext)
        while position >= 0:
            seeds.append(position)
            position = lowered.find(ext, position + 1)
    tokens = set()
    for seed in seeds:
        start = seed
        while start > 0 and text[start - 1] in _FILE_CHARS:
            start -= 1
        end = seed + 1
        while end < len(text) and text[end] in _FILE_CHARS:
            end += 1
        while end > start and text[end - 1] in ".-_":
            end -= 1
        if start > 0 and text[start - 1] in "@/:" or end < len(text) and text[end] == "@":
            continue  # an e-mail address or a web address: read elsewhere
        tokens.add((start, end))
    return sorted(tokens)


@lru_cache(maxsize=1)
def _kept_word_pairs() -> frozenset:
    """Two words in a row of a name :func:`keep_names` keeps ("marte meo"), folded: no person's in a file name."""
    out = set()
    for name, _ in keep_names():
        words = [_fold(w.casefold()) for w in re.split(r"[\s\-]+", name) if w]
        out.update(zip(words, words[1:]))
    return frozenset(out)


def _initials_of(name: str) -> str:
    """The capitals that open the words and hyphen-joined parts of ``name`` ("I. Adeyemi-Lund" -> "IAL")."""
    return "".join(p[:1] for w in name.replace("-", " ").split() for p in [w.strip(".,()")] if p[:1].isupper())


_NAME_PART_SPLIT_RE = re.compile(r"[\s\-.,()\"\u201c\u201d]+")  # (compiled once: a module-level call compiles it at every name)


def _page_name_parts(text: str, found: list) -> tuple[frozenset, frozenset]:
    """(the words of the names found in ``text``, folded; the initials of those names, three letters or more)."""
    words, initials = set(), set()
    for start, end, kind in found:
        if kind == NAME:
            name = text[start:end]
            words.update(_fold(w.casefold()) for w in _NAME_PART_SPLIT_RE.split(name) if len(w) >= 2)
            letters = _initials_of(name)
            if len(letters) >= 3:
                initials.add(letters)
    return frozenset(words), frozenset(initials)


def _attachment_file_name_spans(redactor: "Redactor", text: str, found: list,
                                page_parts: tuple | None = None) -> list[tuple[int, int, str]]:
    """A person's name inside a file name ("bilaga rutin_bsa_karin_dahlgren_2019.pdf", "checklista_ayse_k.pdf"):
    two parts joined by "_", "." or "-" where the first is a first name of the name data and the second a surname
    we know, an initial or a word in no word list ("maria_ekblad"), or both are words of the page's names found
    ("xu_heikkinen" after "Lijuan Xu och Sirpa Heikkinen"); and capitals that are the initials of a name found
    ("barnrutin_IAL_NU.pdf" … "I. Adeyemi-Lund"). Words of methods, places and programmes stay ("arvika", "bsa")."""
    if "_" not in text and not any(ext in _lower(text) for ext in _FILE_EXTENSIONS):
        return []
    tokens = _file_name_tokens(text)
    if not tokens:
        return []
    lex = redactor.lex
    page_words, page_initials = _page_name_parts(text, found)
    if page_parts is not None:
        page_words, page_initials = page_words | page_parts[0], page_initials | page_parts[1]

    def first_name(word: str) -> bool:
        key = word.casefold()
        return (key in lex.first_sv or key in lex.first_other) and not redactor._is_place(key)

    def surname_like(word: str) -> bool:
        key = word.casefold()
        if len(key) == 1:
            return key.isalpha()
        if not key.isalpha() or redactor._is_place(key) or _institution_word(key) or _person_word(key):
            return False
        return redactor._known_surname(key, None) or lex.zipf(key) == 0

    spans = []
    for t_start, t_end in tokens:
        parts = [(m.start(), m.end(), m.group(0)) for m in _FILE_PART_RE.finditer(text, t_start, t_end)]
        if len(parts) < 2:
            continue
        for k, (a_start, a_end, a) in enumerate(parts):
            if a.isupper() and len(a) >= 3 and a in page_initials:
                spans.append((a_start, a_end, NAME))
                continue
            if k + 1 >= len(parts) or not a.isalpha():
                continue
            b_start, b_end, b = parts[k + 1]
            if b_end == t_end and text[a_end:b_start] == ".":
                continue  # "anna.pdf": an extension, no surname
            a_key, b_key = _fold(a.casefold()), _fold(b.casefold())
            if (a_key, b_key) in _kept_word_pairs():
                continue  # a method's or a title's words ("marte_meo")
            if a_key in page_words and b_key in page_words and len(a) >= 2 and len(b) >= 2:
                spans.append((a_start, b_end, NAME))
            elif first_name(a) and surname_like(b) and (
                    lex.zipf(a) < _FILE_FIRST_MAX_ZIPF or len(b) == 1 or redactor._known_surname(b, None)):
                spans.append((a_start, b_end, NAME))
            elif first_name(a) and b_key in page_words and len(b) >= 2:
                spans.append((a_start, b_end, NAME))
    return spans


# an e-mail address wrapped right after its "at" ("sehriban.dogan@" / "vanersborg.se" on the next line)
_WRAPPED_AT_EMAIL_RE = re.compile(
    r"(?<![\p{L}\p{N}_.%+\-])[\p{L}\p{N}_%+\-]+(?:\.[\p{L}\p{N}_%+\-]+)*@[ \t]{0,2}\n[ \t]{0,4}"
    r"[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,62})(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,62}))*\.\p{L}{2,6}(?![\p{L}\p{N}])")


def _wrapped_at_email_spans(text: str) -> list[tuple[int, int]]:
    """E-mail addresses a line break cuts right after the "@" (looked for only where "@" ends a line)."""
    if "@\n" not in text and "@ \n" not in text:
        return []
    spans = []
    for cut in ("@\n", "@ \n"):
        position = text.find(cut)
        while position >= 0:
            line_start = text.rfind("\n", 0, position) + 1
            m = _WRAPPED_AT_EMAIL_RE.search(text, max(line_start, position - 80), min(len(text), position + 90))
            if m is not None and m.start() <= position < m.end():
                spans.append(m.span())
            position = text.find(cut, position + 1)
    return spans


# a Swedish number with its country code or area code in brackets: "(+46) 70-613 44 28", "+46 (23) 49 21 05"
_BRACKETED_CODE_PHONE_RE = re.compile(
    r"(?<![\p{N}+(])(?:\([ \t]?(?:\+|00)46[ \t]?\)[ \t]?(?:\([ \t]?0[ \t]?\)[ \t]?)?|(?:\+|00)46[ \t]?\([ \t]?0?\d{1,3}[ \t]?\)[ \t]?)"
    r"\d(?:[ \t]{0,2}[\-\u2010-\u2015\u2212./]?[ \t]{0,2}\d){4,10}(?![\p{N}])")


def _bracketed_code_phone_spans(text: str) -> list[tuple[int, int, str]]:
    """Phone numbers whose country code or area code stands in brackets after "+46" (:data:`_BRACKETED_CODE_PHONE_RE`),
    seven to nine digits after the country code (looked for only where the text holds "46" and a bracket)."""
    if "46" not in text or ("(+46" not in text and "(0046" not in text and "46 (" not in text and "46(" not in text):
        return []
    spans = []
    for m in _BRACKETED_CODE_PHONE_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        national = digits[2:] if digits.startswith("46") else digits[4:]
        national = national[1:] if national.startswith("0") else national
        if 7 <= len(national) <= 9:
            spans.append((m.start(), m.end(), PHONE))
    return spans


# initials of a double first name with a hyphen and dots: "M-L.H.", "J-P. K." (at a "-" between two capitals)
_HYPHEN_INITIALS_RE = re.compile(r"(?<![\p{L}\p{N}\-.])\p{Lu}-\p{Lu}\.(?:[ \t]?\p{Lu}\.){1,2}(?![\p{L}\p{N}])")
_INITIALS_CHAIN_RE = re.compile(
    r"[ \t]{0,2}(?:/|,|&|och)[ \t]{0,2}(?P<initials>\p{Lu}(?:-\p{Lu})?\.(?:[ \t]?\p{Lu}(?:-\p{Lu})?\.){1,2})(?![\p{L}\p{N}])")
_INITIALS_CUE_BEFORE_RE = re.compile(r"(?<![\p{L}])(?P<word>\p{L}+)(?P<colon>:?)[ \t]{1,2}$")


def _hyphen_initials_spans(text: str) -> list[tuple[int, int, str]]:
    """Initials of a double first name written with a hyphen and dots ("M-L.H.", "J-P. K.") after "av", a role's word
    or a minutes label and its colon ("Anteckningar: M-L.H. / D.P.", "hålls av J-P. K. och …"), with the initials
    chained after them ("/ D.P.")."""
    spans = []
    position = text.find("-")
    while position >= 0:
        if 0 < position < len(text) - 2 and text[position - 1].isupper() and text[position + 1].isupper() \
                and text[position + 2] == ".":
            m = _HYPHEN_INITIALS_RE.match(text, position - 1)
            if m is not None:
                cue = _INITIALS_CUE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
                word = cue["word"].casefold() if cue is not None else ""
                if word == "av" or cue is not None and cue["colon"] and (word in _MINUTES_LABELS or _person_word(word)) \
                        or _person_word(word) and len(word) > 3:
                    end = m.end()
                    spans.append((m.start(), end, NAME))
                    chained = _INITIALS_CHAIN_RE.match(text, end)
                    while chained is not None:
                        spans.append((*chained.span("initials"), NAME))
                        chained = _INITIALS_CHAIN_RE.match(text, chained.end())
        position = text.find("-", position + 1)
    return spans


# verbs after a part of a name found that make it the person again ("Glad tar emot anmälningar", "Mai Anh träffar")
_NAME_PART_VERBS = _PERSON_VERBS_AFTER | {"tar", "träffar", "är", "har", "bor", "kan", "ansvarar", "håller", "hade",
                                          "var", "ska", "deltar", "sitter", "svarar", "tog", "nåddes", "skickar",
                                          "skickade", "ringer", "samlar", "bjuder", "ordnar"}


def _found_name_part_verb_spans(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """A word of a full name found, or two of its words in a row, written capitalised again and followed by a
    person's verb ("[Rasmus Glad] … Glad tar emot anmälningar", "[Thi Mai Anh Tran] … Mai Anh träffar barnen"):
    the person named alone, though the word is an everyday one the page writes in lower case ("väldigt glad").
    No place's or organisation's word, none after a capitalised word ("Klubb Viggo har"); looked for only where the
    page writes the word (a substring look-up)."""
    candidates = set()
    for start, end, kind in found:
        if kind != NAME:
            continue
        words = text[start:end].split()
        if len(words) < 2 or len(words) > 5:
            continue
        written = not all(w.islower() for w in words)
        if not written:  # a full name found in lower case ("mona hedström"): "Mona är"
            words = [w[:1].upper() + w[1:] for w in words]
        elif 2 <= len(words[0]) < 3 and words[0].istitle() and words[0].isalpha() \
                and words[0].casefold() in redactor.lex.first_sv and not redactor._is_place(words[0]):
            candidates.add(words[0])  # a short first name ("Bo", "Mo"): before a person's verb, "och jag"
        for k, w in enumerate(words):
            # (a word of a name as written that the text writes once is written only in this name: no match
            # outside the names found; a word capitalised here from a name found in lower case may stand once)
            if len(w) >= 3 and w[:1].isupper() and w[1:].replace("-", "").isalpha() and w[1:].islower() \
                    and (not written or text.find(w) != text.rfind(w)) \
                    and not redactor._is_place(w) and not _institution_word(w) and not _person_word(w.casefold()):
                candidates.add(w)
            if len(words) >= 3 and k + 1 < len(words):  # two words in a row of a longer name ("Mai Anh")
                pair = (w, words[k + 1])
                if all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in pair):
                    candidates.add(" ".join(pair))
    spans = []
    for a, b, _ in _whole_word_spans(text, candidates):
        if _person_verb_after_part(text, b) and not _inside_any(found, a, b) \
                and not _word_span_before(text, a)[1][:1].isupper():  # not "Klubb Viggo har": an institution's name
            spans.append((a, b, NAME))
    return spans


def _person_verb_after_part(text: str, end: int) -> bool:
    if text.startswith(_PRONOUN_PAIR_AFTER, end):  # "Bo och jag ringer"
        return True
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and m.group(1) in _NAME_PART_VERBS


def _inside_any(spans: list, start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b, _ in spans)


# a given name of two syllables joined by a hyphen, the second in lower case (romanized Korean: "Hyun-woo",
# "Jin-hee"), with a capitalised family name before or after it
_SYLLABLE_PAIR_NAME_RE = re.compile(
    r"(?:(?P<given>\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4})[ ](?P<family>\p{Lu}\p{Ll}{1,9})"
    r"|(?P<family2>\p{Lu}\p{Ll}{1,9})[ ](?P<given2>\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}))(?![\p{L}\p{M}\-])")
_WORDS_BEFORE_RE = re.compile(r"((?:[\p{L}\-]+[ \t,:]{1,3}){1,3})$")
# a lower-case part after the hyphen this frequent is a compound's word ("E-post", "Tv-serie"), no syllable of a name
_SYLLABLE_WORD_ZIPF = 4.2


def _syllable_pair_name_spans(redactor: "Redactor", text: str) -> list[tuple[int, int, str]]:
    """A romanized given name of two syllables with a hyphen ("Hyun-woo", "Jin-hee") beside a capitalised family name
    after a role's word or a person's cue within three words ("Barnrättsstrategen Hyun-woo Park", "kontakt
    bibliotekarien, Jin-hee Yoon") or before a person's verb; the same two words the other way round elsewhere in
    the text name the person too ("Park Hyun-woo har"). Looked for at a "-" between two lower-case letters only."""
    spans, names = [], set()
    position = text.find("-")
    while position >= 0:
        if 1 < position < len(text) - 2 and text[position - 1].islower() and text[position + 1].islower():
            word_start = position - 1
            while word_start > 0 and text[word_start - 1].isalpha():
                word_start -= 1
            if text[word_start].isupper() and position - word_start <= 5:
                for begin in (word_start, _word_span_before(text, word_start)[0]):
                    m = _SYLLABLE_PAIR_NAME_RE.match(text, begin)
                    if m is None or not (m.start("given") == word_start or m.start("given2") == word_start):
                        continue
                    given = m["given"] or m["given2"]
                    family = m["family"] or m["family2"]
                    if redactor._is_place(family) or _person_word(family.casefold()) \
                            or redactor.lex.zipf(given.split("-")[1]) >= _SYLLABLE_WORD_ZIPF:
                        continue  # (a compound's lower-case part is a word: "E-post", "Tv-serie")
                    before = _WORDS_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
                    cue = before is not None and any(
                        _person_word(w.casefold()) or w.casefold() in _PERSON_CUES_BEFORE
                        for w in re.split(r"[ \t,:]+", before.group(1)) if w)
                    if cue or _person_verb_after_part(text, m.end()):
                        spans.append((m.start(), m.end(), NAME))
                        names.update({f"{given} {family}", f"{family} {given}"})
                    break
        position = text.find("-", position + 1)
    if names:
        spans += _whole_word_spans(text, names)
    return spans


# a bracket after a list of names that says the people are a family: "(syskon …)", "(gifta)", "(makar)", "(bröder)"
_FAMILY_BRACKET_CUES = ("(syskon", "(gifta", "(makar", "(bröder", "(systrar", "(far och", "(mor och", "(sambo")
_NAME_LIST_BEFORE_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<list>(?:{_NAME_WORD},[ ]){{0,3}}{_NAME_WORD}[ ](?:och|samt|&)[ ]{_NAME_WORD}"
    rf"(?:[ ]{_NAME_WORD})?)[ ]?$")


def _family_bracket_list_spans(redactor: "Redactor", text: str) -> list[tuple[int, int, str]]:
    """Names listed and coordinated before a bracket that makes them a family ("Aziz, Shilan och Kawa Mahmoud (syskon
    …)", "Olga samt Yaroslav Shevchenko (gifta)"): each word capitalised, no place, organisation's or role word, none
    a frequent everyday word. Looked for only where such a bracket stands."""
    spans = []
    for cue in _FAMILY_BRACKET_CUES:
        position = text.find(cue)
        while position >= 0:
            m = _NAME_LIST_BEFORE_RE.search(text, max(0, position - 90), position)
            if m is not None:
                words = [w for w in re.split(r"[ ,]+", m["list"]) if w and w not in ("och", "samt", "&")]
                if all(not redactor._is_place(w) and not _institution_word(w) and not _person_word(w.casefold())
                       and redactor.lex.zipf(w.split("-")[0]) < _RARE_FIRST_ZIPF for w in words):
                    spans.append((*m.span("list"), NAME))
            position = text.find(cue, position + 1)
    return spans


def _rare_word_before_name_spans(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """A capitalised word in no word list right before a full name found, opening a bracket or after a role's word
    ("Samordnare ([Oyelaran] Babatunde "Tunde" Adebayo)"): one more word of the name (a surname written first)."""
    spans = []
    for start, end, kind in found:
        if kind != NAME or " " not in text[start:end]:
            continue
        b_start, word = _word_span_before(text, start)
        if len(word) < 3 or not (word[:1].isupper() and word[1:].islower()) or b_start == start:
            continue
        if text[b_start:start] != word + " " or redactor.lex.zipf(word) > 0 or redactor._is_place(word) \
                or _institution_word(word) or _person_word(word.casefold()):
            continue
        before = text[max(0, b_start - 1):b_start]
        _, role = _word_span_before(text, b_start - 1 if before == "(" else b_start)
        if _person_word(role.casefold()):
            spans.append((b_start, end, NAME))
    return spans


# --- the page's found names written again: whole, with initials, signed, in capitals, by a quoted pet name -------
# dotted initials alone on a line, maybe after a greeting and a slash ("Å.M.J.", "mvh /R.K-L."): a part may be
# hyphenated ("K-L.") and its letters carry diacritics the name does not ("Å" for "Á")
_LINE_INITIALS_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:[Mm]vh|MVH|[Hh]älsningar|[Hh]älsning)[ \t,]*)?/?[ \t]?"
    r"(?P<i>\p{Lu}\.(?:[ ]?-?\p{Lu}\.?){1,3})[ \t]*$")
# a first name signing after a slash at a line's end ("Hälsningar /Isabel", "mvh /Kalle")
_LINE_END_SLASH_NAME_RE = re.compile(r"(?<![\p{L}\p{N}/])/[ ]?(?P<w>\p{Lu}[\p{Ll}\p{M}\-]{1,20})[ \t]*$", re.MULTILINE)
# two or three words in capitals (three letters or more the first, a hyphen allowed): "HEVAL ZANGANA"
_CAPS_RUN = r"\p{Lu}{3,}(?:[ ]\p{Lu}[\p{Lu}\-]{1,20}){1,2}"
_CAPS_RUN_BEFORE_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-])(?P<run>{_CAPS_RUN})[ ](?:och|samt|eller|&)[ ]$")
_CAPS_RUN_AFTER_RE = re.compile(rf"[ ](?:och|samt|eller|&)[ ](?P<run>{_CAPS_RUN})(?![\p{{L}}\p{{M}}\-])")
_CAPS_RUN_LABEL_RE = re.compile(rf"(?P<label>[\p{{L}}\-]+):[ ](?P<run>{_CAPS_RUN})(?![\p{{L}}\p{{M}}\-])")
# a pet name in quotes that the text says the person is called ('(alla säger "Tumppi")', ', "Kalle" kallad',
# 'kallas "Mo"'): one to ten letters
_QUOTED_PET_NAME_RE = re.compile(
    r"(?:\b(?:säger|kallar|kallas|kallad|kallat)[ ](?:honom[ ]|henne[ ]|hen[ ]|alla[ ])?[\"\u201c\u201d]"
    r"(?P<a>\p{Lu}[\p{Ll}\p{M}]{1,9})[\"\u201c\u201d]"
    r"|[\"\u201c\u201d](?P<b>\p{Lu}[\p{Ll}\p{M}]{1,9})[\"\u201c\u201d][ ](?:kallad|kallat|kallas)\b)")


def _caps_run_is_name(redactor: "Redactor", run: str) -> bool:
    """Whether words in capitals read as a person's name: each of three letters or more, none a word of the word
    list, a place or an organisation's word in title case ("HEVAL ZANGANA"; not "BUP OCH BRIS", "KOMMUN")."""
    lex = redactor.lex
    for word in run.split():
        for part in word.split("-"):
            title = part[:1] + part[1:].lower()
            if len(part) < 3 or lex.zipf(part.lower()) >= redactor.EVERYDAY_ZIPF or redactor._is_place(title) \
                    or _institution_word(title):
                return False
    return True


def _capitals_name_spans(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Two or three words in capitals coordinated with a name found ("HEVAL ZANGANA och [Nilufar Rahimi]") or
    after a role's label and a colon ("Gruppledare: HEVAL ZANGANA"): a name written in capitals in running text.
    Looked for only beside a name found and after a colon a role's word ends."""
    spans = []
    for start, end, kind in found:
        if kind != NAME:
            continue
        m = _CAPS_RUN_BEFORE_RE.search(text, max(0, start - 60), start)
        if m is not None and _caps_run_is_name(redactor, m["run"]):
            spans.append((m.start("run"), m.end("run"), NAME))
        m = _CAPS_RUN_AFTER_RE.match(text, end)
        if m is not None and _caps_run_is_name(redactor, m["run"]):
            spans.append((m.start("run"), m.end("run"), NAME))
    position = text.find(": ")
    while position >= 0:
        if position + 2 < len(text) and text[position + 2].isupper() and text[position + 3:position + 4].isupper():
            m = _CAPS_RUN_LABEL_RE.match(text, text.rfind(" ", 0, position) + 1)
            if m is not None and m["label"].lower().endswith(_ROLE_ENDINGS) and _caps_run_is_name(redactor, m["run"]):
                spans.append((m.start("run"), m.end("run"), NAME))
        position = text.find(": ", position + 2)
    return spans


def _found_name_forms(redactor: "Redactor", text: str, found: list) -> tuple[frozenset, frozenset]:
    """What the page's names found (``found``, spans of ``text``) make of a person written again: (the full names
    and their forms with initials: "Kateryna Bondarenko-Ek", "Kateryna B-E", "Kateryna B.-E.", "Bondarenko-Ek K";
    the words that stand for the person alone: the title case of a name in capitals' first word, "Heval", and a pet
    name in quotes the text says the person is called, in lower case too where the page writes it so, "jenny")."""
    forms, alone = set(), set()
    names = [(s, e) for s, e, kind in found if kind == NAME]
    # a surname and the given names found apart, a comma between ("[Palta], [Áile Sunná], samordnare"): one name
    joined = [(a, d) for (a, b), (c, d) in zip(names, names[1:]) if text[b:c] == ", "]
    for start, end in names + joined:
        name = text[start:end]
        words = name.split()
        if len(words) < 2 or "\n" in name or not all(w[:1].isupper() for w in (words[0], words[-1])):
            continue
        if words[0].isupper() and len(words[0]) >= 3:  # "HEVAL ZANGANA" … "Heval har"
            alone.add(words[0][:1] + words[0][1:].lower())
            continue
        if "," in name and not any(q in name for q in _QUOTES) and name.count(",") == 1:
            surname, given = (part.strip() for part in name.split(","))
            if surname and given:  # "Palta, Áile Sunná": also "Áile Sunná Palta" (and its initials, "Á.S.P.")
                forms.update({name, f"{given} {surname}"})
            continue
        if any(q in name for q in _QUOTES):
            for q in _QUOTES:
                if name.count(q) >= 2:
                    inner = name.split(q)[1]
                    if inner and inner.isalpha() and inner[:1].isupper() and not redactor._is_place(inner) \
                            and not _institution_word(inner):
                        alone.add(inner)  # 'Jennifer "Jenny" Mwangi-Holm' … "jenny"
            continue
        forms.add(name)
        first, last = words[0], words[-1]
        if len(first) < 3 or not last[:1].isupper():
            continue
        parts = [p for p in last.split("-") if p]
        if len(parts) > 1:  # a double surname's initials after the first name: "Kateryna B-E", "Kateryna B.-E."
            forms.add(f"{first} {'-'.join(p[0] for p in parts)}")
            forms.add(f"{first} {'-'.join(p[0] + '.' for p in parts)}")
        initial = first[0]
        forms.add(f"{last} {initial}")  # surname first with the first name's initial: "Bondarenko-Ek K"
    for m in _QUOTED_PET_NAME_RE.finditer(text) if ("kalla" in text or "säger" in text) else ():
        word = m["a"] or m["b"]
        # right after a name found ("Tuomas (alla säger", "Karl-Axel, "), no everyday word nor a place's name
        if any(0 <= m.start() - e <= 8 and k == NAME for _, e, k in found) and not redactor._is_place(word) \
                and not _institution_word(word) and redactor.lex.zipf(word.lower()) < redactor.EVERYDAY_ZIPF:
            alone.add(word)  # 'Tuomas (alla säger "Tumppi")', 'Karl-Axel, "Kalle" kallad', 'X kallas "Mo"'
    if "kalla" in text and "(" in text:
        alone.update(_bracketed_pet_names(redactor, text, found))  # "[X Y] (kallas Joy)", "[X] (Mo kallas han"
    for word in list(alone):
        lower = word.lower()
        if lower in text:  # (a frequent word only before a person's verb: _found_name_again_spans)
            alone.add(lower)
    return frozenset(forms), frozenset(alone)


# a person's doings after a pet name written in lower case ("jenny deltar i …"), with _person_verb_after's verbs
_PET_NAME_VERBS_AFTER = _PERSON_VERBS_AFTER | {"deltar", "ansvarar", "ordnar", "planerar", "håller", "träffar", "svarar"}


def _found_name_again_spans(redactor: "Redactor", text: str, ctx: "Context") -> list[tuple[int, int, str]]:
    """The page's people written again in ``text`` (``Context.found_forms``, see :func:`_found_name_forms`): a full
    name found, with its initials, surname first with an initial; a word standing for the person alone (title case:
    not before a capitalised word); a first name of the page's signed after a slash at a line's end ("/Isabel");
    a first name's genitive ("Merhawis", a rare word); dotted initials alone on a line that a name found spells
    ("Å.M.J." of "Ánne Márjá Jåma", "/R.K-L." of "Reza Karimi-Lindahl"). Each where a substring finds it."""
    forms, alone = ctx.found_forms
    spans = _whole_word_spans(text, [f for f in forms if f in text]) if forms else []
    for word in alone:
        if word not in text:
            continue
        for start, end, _ in _whole_word_spans(text, (word,)):
            if text[start - 1:start] in "-_.@/" and start > 0 or text[end:end + 1] in "-_@":
                continue
            after = _CAPITALISED_AFTER_RE.match(text, end)
            if after is not None and (after["word"] is None and word[:1].isupper() or _institution_word(after["word"] or "")):
                continue  # (a longer name; an organisation's: "Ale kommun")
            if word.islower() and redactor.lex.zipf(word) >= _BESIDE_FOUND_RARE_ZIPF and not _person_verb_after(text, end):
                verb = _NEXT_WORD_RE.match(text, end)
                if verb is None or verb.group(1) not in _PET_NAME_VERBS_AFTER:
                    continue
            spans.append((start, end, NAME))
    if "/" in text and ctx.first_names:
        for m in _LINE_END_SLASH_NAME_RE.finditer(text):
            if m["w"] in ctx.first_names:
                spans.append((m.start("w"), m.end("w"), NAME))
    for name in ctx.first_names:
        if len(name) >= 4 and name[:1].isupper() and name + "s" in text and redactor.lex.zipf((name + "s").lower()) == 0:
            for start, end, label in _whole_word_spans(text, (name + "s",)):
                after = _CAPITALISED_AFTER_RE.match(text, end)
                if after is not None and (after["word"] is None or _institution_word(after["word"])) \
                        or text[max(0, start - 6):start].rstrip().endswith(("S:t", "St.", "Sankt", "s:t")):
                    continue  # a saint's or an organisation's ("S:t Eskils gymnasium", "Annas Gård")
                spans.append((start, end, label))
    if "." in text and forms:
        for m in _LINE_INITIALS_RE.finditer(text):
            letters = _fold(m["i"].replace(".", "").replace(" ", "").replace("-", ""))
            for name in forms:
                words = [w for w in name.split() if w[:1].isupper()]
                spelled = _fold("".join(p[:1] for w in words for p in w.split("-") if p))
                if len(words) >= 2 and spelled == letters:
                    spans.append((m.start("i"), m.end("i"), NAME))
                    break
    return spans


# a mobile number wrapped inside its subscriber part, no dash ("070 66" / "42 190"): ten digits in all
_WRAPPED_MOBILE_RE = plain_re.compile(
    r"(?<![\d\-/+.])07[02369](?:[ \t]?\d{1,4})?[ \t]{0,2}\n[ \t]{0,2}\d{2,4}(?:[ \t]\d{2,3}){0,2}(?![\d\-])")


def _wrapped_mobile_spans(text: str) -> list[tuple[int, int, str]]:
    """Mobile numbers ("07…") wrapped anywhere in their subscriber part without a dash, ten digits in all."""
    return [(m.start(), m.end(), PHONE) for m in _WRAPPED_MOBILE_RE.finditer(text)
            if sum(c.isdigit() for c in m.group(0)) == 10]


# --- a home address "c/o" a person, initials listed after a people's label, pet names in brackets after "kallas" --
# a street address with "c/o" and a name, before or after the street, a postcode and a town maybe after:
# "Ekvägen 22 c/o Warsame, 371 33 Storby", "c/o Lind, Ekvägen 4, 123 45 By": post sent to someone's home
_CARE_OF_NAME = rf"c/o[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}"
_CARE_OF_ADDRESS_RE = re.compile(
    rf"{_STREET}(?:{_FLOOR})?(?:{_FLAT})?,?[ ]{_CARE_OF_NAME}(?:,?[ ]{_POSTCODE_TOWN})?"
    rf"|(?<![\p{{L}}\p{{N}}/]){_CARE_OF_NAME},?[ ]{_STREET}(?:{_FLOOR})?(?:{_FLAT})?(?:,?[ ]{_POSTCODE_TOWN})?")


def _care_of_address_spans(text: str) -> list[tuple[int, int, str]]:
    """A street address with "c/o" and a person's name (a home's: post goes there to the person), with its
    postcode and town; looked for only in a text holding "c/o"."""
    return [(m.start(), m.end(), ADDRESS) for m in _CARE_OF_ADDRESS_RE.finditer(text)]


# a list of two to six initials in capitals after a label's colon: "Volontärer: KJ, MB och SA", "Kontakt: FAN, HJA
# och EÇ" (two or three capitals each, commas between and "och", "samt" or "&" before the last)
_INITIALS_ITEM = r"\p{Lu}{2,3}"
_LABELLED_INITIALS_LIST_RE = re.compile(
    rf"(?P<label>[\p{{L}}\-]+):[ ](?P<list>{_INITIALS_ITEM}(?:,[ ]{_INITIALS_ITEM}){{0,4}}[ ](?:och|samt|&)[ ]{_INITIALS_ITEM})"
    r"(?![\p{L}\p{M}\-])")
# labels of people besides round 28's (_PEOPLE_LABELS) and a role's word: a list of initials after them is of persons
_INITIALS_LIST_LABELS = frozenset({
    "kontakter", "kontaktuppgifter", "kontaktpersoner", "volontärer", "volontärerna", "deltagarna", "frånvarande",
    "uppgiftslämnare", "medverkande", "styrgrupp", "styrgruppen", "justerare", "intervjuare", "referensgrupp",
    "referensgruppen", "ledamöter", "anmälda"})


def _labelled_initials_list_spans(redactor: "Redactor", text: str) -> list[tuple[int, int, str]]:
    """A list of initials in capitals after a colon that a people's label (:data:`_INITIALS_LIST_LABELS`, round 28's) or a role's word
    ends ("volontärer: KJ, MB och SA", "Kontaktuppgifter: FAN, HJA och EÇ"): persons, though an item is a word ("SA",
    "FAN"), when one at least is no word of the word list and none an abbreviation of :func:`keep_names`, a place's or
    an organisation's name ("Kontakt: BUP, BVC och MVC" stays). Looked for only at each ": " before two capitals."""
    spans = []
    position = text.find(": ")
    while position >= 0:
        if text[position + 2:position + 4].isupper():
            m = _LABELLED_INITIALS_LIST_RE.match(text, max(text.rfind(" ", 0, position), text.rfind("\n", 0, position)) + 1)
            if m is not None:
                label = m["label"].casefold()
                items = re.findall(_INITIALS_ITEM, m["list"])
                lex = redactor.lex
                if (label in _PEOPLE_LABELS or label in _INITIALS_LIST_LABELS or label.endswith(_ROLE_ENDINGS)) \
                        and any(lex.zipf(item.lower()) == 0 for item in items) \
                        and not any(_keep_names_by_word().get(item.casefold()) or redactor._is_place(item)
                                    or redactor._is_place(item[:1] + item[1:].lower()) for item in items):
                    spans += [(a.start(), a.end(), NAME) for a in re.finditer(_INITIALS_ITEM, text[:m.end("list")])
                              if a.start() >= m.start("list")]
        position = text.find(": ", position + 2)
    return spans


# a pet name in brackets that the text says the person is called, right after a name found, no quotes:
# "[Jocelyn Bautista Reyes] (kallas Joy)", "[Mohammed] (Mo kallas han i gruppen)"
_BRACKETED_PET_NAME_RE = re.compile(
    r"[ ]?\((?:(?:kallas|kallad|kallat)[ ](?P<a>\p{Lu}[\p{Ll}\p{M}]{1,9})[),]"
    r"|(?P<b>\p{Lu}[\p{Ll}\p{M}]{1,9})[ ](?:kallas|kallad|kallat)[ ])")


def _bracketed_pet_names(redactor: "Redactor", text: str, found: list) -> frozenset:
    """The pet names of :data:`_BRACKETED_PET_NAME_RE` right after a name found: they stand for the person alone in
    the rest of the page (no place's or organisation's word). Looked for only in a text holding "(kalla" or
    "kallas" after a bracket."""
    names = set()
    for start, end, kind in found:
        if kind != NAME or text[end:end + 2] not in (" (", "("):
            continue
        m = _BRACKETED_PET_NAME_RE.match(text, end)
        if m is not None:
            word = m["a"] or m["b"]
            if not redactor._is_place(word) and not _institution_word(word):
                names.add(word)
    return frozenset(names)


# dotted initials in brackets right after a name found, spelling some of its words' first letters, the last
# word's among them: "[Erik Å. Larsson] (Å.L. i protokollen)", "[Anna Berg] (AB)"
_BRACKETED_INITIALS_RE = re.compile(r"[ ]?\((?P<i>\p{Lu}\.?(?:-?\p{Lu}\.?){1,3})(?=[ ),;])")


def _bracketed_initials_of_found(text: str, found: list) -> list[tuple[int, int, str]]:
    """The initials of :data:`_BRACKETED_INITIALS_RE`, and the same initials elsewhere in ``text`` as a whole word.
    Looked for only right after a name found that a bracket follows."""
    spans, written = [], set()
    for start, end, kind in found:
        if kind != NAME or text[end:end + 2] not in (" (", "("):
            continue
        m = _BRACKETED_INITIALS_RE.match(text, end)
        if m is None:
            continue
        letters = _fold(m["i"].replace(".", "").replace("-", ""))
        firsts = [_fold(p[:1]) for w in text[start:end].replace(",", " ").split() for p in w.split("-") if p[:1].isupper()]
        if len(firsts) < 2 or not letters.endswith(firsts[-1]):
            continue
        k = 0  # the letters a subsequence of the name's first letters
        for ch in firsts:
            if k < len(letters) and letters[k] == ch:
                k += 1
        if k == len(letters):
            written.add(m["i"])
    if written:
        spans = [s for s in _whole_word_spans(text, written)]
    return spans


# a found first name that is also a short word standing for the person before a pronoun coordinated with it:
# "[Bo Lindgren] … "Bo och jag ringer""
_PRONOUN_PAIR_AFTER = (" och jag ", " och vi ", " och mig ", " och hon ", " och han ")


def _table_name_spans(redactor: "Redactor", text: str) -> list[tuple[int, int, str]]:
    """The names of a page's tables' name columns (:func:`_table_names`, names of the build) in the page itself,
    wherever it writes them, and a full name's first word that is in no word list alone ("Ansvarig: Folake."; not
    before a capitalised word). Only a page with two separators on a line and a header's hint is read."""
    names = _table_names(text)
    if not names:
        return []
    firsts = set()
    for name in names:
        words = name.split(" ")
        if len(words) >= 2 and redactor._unknown_word(words[0]) and redactor.lex.zipf(words[0]) == 0:
            firsts.add(words[0])
    spans = _whole_word_spans(text, [n for n in names if n in text])
    for start, end, label in _whole_word_spans(text, [w for w in firsts if w in text]):
        after = _CAPITALISED_AFTER_RE.match(text, end)
        if after is None or after["word"] is not None and not _institution_word(after["word"]):
            spans.append((start, end, label))
    return spans


_FULL_NAME_WORD_RE = re.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’]*(?:-[\p{L}\p{M}'’]+)*(?![\p{L}\p{M}])")


@lru_cache(maxsize=1)
def _kept_name_words() -> frozenset:
    """The words of the names :func:`keep_names` keeps, folded, but for titles' (a title is kept where it is written:
    "Kan du vissla Johanna?" keeps no Johanna elsewhere)."""
    return frozenset(w.casefold() for name, kind in keep_names() if kind != "title" for w in _TOKEN_RE.findall(name))


def _found_name_part_forms(redactor: "Redactor", text: str, found: list) -> frozenset:
    """The forms in which a full name found in the page (two or three capitalised words at a name's span) stands for
    the person alone in the rest of it: each word's genitive ("Rezans" of "Rezan Xoshnaw", "Huongs" of "Thanh Huong
    Le"), the word itself and its lower case when it is in no word list ("/Hodan", "Hodan W." of "Hodan Warsame"),
    and the initials of its first and last words with dots, spaced or not, with a genitive too ("L.K.s" of "Leila
    Karimi"). No word that is a place, an everyday word or a word of a kept name (:func:`keep_names`), none of two
    letters. Read once per page from its spans (a set the page's parts look up with ``str.find``)."""
    lex = redactor.lex
    kept = _kept_name_words()
    forms: set[str] = set()
    for start, end, kind in found:
        if kind != NAME:
            continue
        words = [m[0] for m in _FULL_NAME_WORD_RE.finditer(text, start, end)]
        if len(words) < 2 or len(words) > 4 or len(words) != len(text[start:end].split()):
            continue
        for word in words:
            for part in {word, *word.split("-")}:
                key = part.casefold()
                if len(part) < 3 or lex.is_common(key) or redactor._is_place(part) or key in kept:
                    continue
                forms.add(part)
                if not part.endswith(("s", "x", "z")):
                    forms.add(part + "s")
                lower = part.lower()
                if lower != part and not lex.is_common(lower):
                    forms.add(lower)
        first, last = words[0][0], words[-1][0]
        if first.isupper() and last.isupper():
            for joint in (".", ". "):
                initials = f"{first}{joint}{last}."
                forms.add(initials)
                forms.add(initials + "s")
            forms.add(_INITIALS_PAIR_MARK + first + last)  # (not a word: a text never writes it)
            if not lex.is_common(words[0].casefold()) and len(words[0]) >= 3:
                forms.add(words[0] + last)  # a file's or a user's name: "Anteckningar_ElifY.docx" of "Elif Yıldırım"
    if "(" in text:
        forms |= _role_bracket_first_name_forms(redactor, text)
    return frozenset(forms)


# a word, a blank and one capitalised word alone in brackets: "barnsamordnaren (Hanna)", "kuratorn (Jonas)"
_BRACKETED_WORD_AFTER_WORD_RE = re.compile(r"(?<![\p{L}\p{M}])(?P<role>\p{L}{4,})[ \t]\((?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\)")


_BRACKETED_NAME_MAX_ZIPF = 5.0  # "hanna" 4.3, "per" 6.3


def _role_bracket_first_name_forms(redactor: "Redactor", text: str) -> set[str]:
    """A first name alone in brackets right after a role's word ("samordnas av barnsamordnaren (Hanna)") names the
    person: the name, its genitive and its lower case ("anmäl dig till hanna") stand for the person in the page. No
    place, word of a kept name or everyday word but a first name we know that is not very frequent as a word."""
    lex = redactor.lex
    kept = _kept_name_words()
    forms: set[str] = set()
    for m in _BRACKETED_WORD_AFTER_WORD_RE.finditer(text):
        name = m["name"]
        if not m["role"].casefold().endswith(_ROLE_ENDINGS):
            continue
        key = name.casefold()
        if redactor._is_place(name) or key in kept:
            continue
        known = key in lex.first_sv or key in lex.first_other
        if lex.is_common(key) and not (known and lex.zipf(key) < _BRACKETED_NAME_MAX_ZIPF):
            continue  # an everyday word; a first name we know that is also one, unless very frequent ("Per")
        forms.update({name, name + "s", name.lower()})
    return forms


_INITIALS_PAIR_MARK = "\x00"  # marks the initials of a found name's first and last word in _found_name_part_forms


def _found_initials_token_spans(redactor: "Redactor", text: str, forms) -> list[tuple[int, int, str]]:
    """Initials in capitals of three or four letters (dots and blanks or none: "T.H.K.", "R X B", "RXB") whose first two
    are a found full name's first and last initials (``forms``' marked pairs): a middle name's or a second
    surname's initial after them ("Tuula Heikkinen" … "T.H.K.", "Rezan Xoshnaw" … "Hälsningar RXB"). Not an
    abbreviation of :func:`keep_names`, a place or a word. Looked for only where a pair's first letter and its second
    (or a dot) follow each other."""
    pairs = {f[1:] for f in forms if f.startswith(_INITIALS_PAIR_MARK)}
    if not pairs or not any(a + b in text or a + "." in text for a, b in pairs):
        return []
    spans = []
    for m in _INITIALS_TOKEN_RE.finditer(text):
        letters = _letters(m[0])
        if len(letters) < 3 or letters[:2] not in pairs:
            continue
        if "." not in m[0] and (redactor.lex.is_common(letters.lower()) or _keep_names_by_word().get(letters.casefold())
                                or redactor._is_place(letters[:1] + letters[1:].lower())):
            continue
        spans.append((m.start(), m.end(), NAME))
    return spans


_JOINT_AFTER_NAME_RE = re.compile(r"[ ]?(?:,|[ ]och|[ ]samt|[ ]eller|[ ]&)[ ]")


def _initials_coordinated_with_found(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Initials listed right after a name found ("Kontakt: [Elif Yıldırım] och O. K.", "[X Y], L.M. och …"): with dots
    in any spacing, or capitals that are no word, abbreviation of :func:`keep_names` or place."""
    spans = []
    for start, end, kind in found:
        if kind != NAME:
            continue
        joint = _JOINT_AFTER_NAME_RE.match(text, end)
        if joint is None:
            continue
        m = _INITIALS_TOKEN_RE.match(text, joint.end())
        if m is None:
            continue
        letters = _letters(m[0])
        if "." not in m[0] and (redactor.lex.is_common(letters.lower()) or _keep_names_by_word().get(letters.casefold())
                                or redactor._is_place(letters[:1] + letters[1:].lower())):
            continue
        spans.append((m.start(), m.end(), NAME))
    return spans


# one private person, in the singular, as a sentence's subject: "En mamma i X skrev …", "En förälder, X Y (…), …"
_PRIVATE_PERSON_HINTS = ("mamma", "pappa", "förälder", "föräldern", "vårdnadshavare", "Mamma", "Pappa", "Förälder",
                         "Föräldern", "Vårdnadshavare")
_PRIVATE_PERSON_RE = plain_re.compile(
    r"(?<![^\W\d_])(?:[Ee]n[ \t]{1,2}(?:mamma|pappa|förälder|vårdnadshavare|bonusmamma|bonuspappa)|[Mm]amman|[Pp]appan|"
    r"[Ff]öräldern|[Vv]årdnadshavaren)(?![^\W\d_])")
_STREET_QUALIFIER_BEFORE_RE = plain_re.compile(r"(?:Norra|Södra|Östra|Västra|Stora|Lilla|Gamla|Nya|Övre|Nedre)[ ]$")
_PRIVATE_ADDRESS_REACH = 240


def _private_person_address_spans(text: str) -> list[tuple[int, int, str]]:
    """A street address with a postcode and a town in a sentence about one private person ("En mamma i Sunne skrev
    från Storgatan 14 B, 686 30 Sunne", "En förälder, X Y (…), Västra gatan 3, 123 45 By, hörde av sig"): a home,
    with a "Norra", "Lilla", … before the street. Looked for only after such a person's word, up to the sentence's
    end; an office's or a venue's address is written after its own name, not after a parent's."""
    spans = []
    for cue in _PRIVATE_PERSON_RE.finditer(text):
        window_end = min(len(text), cue.end() + _PRIVATE_ADDRESS_REACH)
        stop = _HOME_SENTENCE_END_RE.search(text, cue.end(), window_end)
        m = _STREET_ADDRESS_RE.search(text, cue.end(), stop.start() if stop is not None else window_end)
        if m is None:
            continue
        start = m.start()
        before = _STREET_QUALIFIER_BEFORE_RE.search(text, max(0, start - 8), start)
        if before is not None:
            start = before.start()
        spans.append((start, m.end(), ADDRESS))
    return spans


_PAIR_AFTER_JOINT_RE = re.compile(
    r"(?P<first>\p{Lu}\p{Ll}+|\p{Ll}+)[ ](?P<last>\p{Lu}[\p{Ll}\p{M}]+|\p{Ll}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}\-])(?![ ]\p{Lu})")
_PAIR_BEFORE_JOINT_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<first>\p{Ll}+)[ ](?P<last>\p{Ll}[\p{Ll}\p{M}]+)(?:,|[ ]och|[ ]samt|[ ]eller)[ ]$")


def _first_name_pairs_coordinated_with_found(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """A first name we know and a second word listed right after a name found ("av [Amina X] och Petter Sommar",
    "Samordnare: [X Y] och lisa sommar"), or in lower case right before one ("chiara rossi och [X Y]"): a person,
    though the second word is an everyday word, when both are written in the same case and no capitalised word
    follows (an organisation's name: "… och Per Brahe Gymnasiet"). No place, no word of a kept name."""
    lex = redactor.lex
    kept = _kept_name_words()
    spans = []

    def person(first: str, last: str, before: bool) -> bool:
        if first[0].isupper() != last[0].isupper():
            return False
        key = first.casefold()
        if key not in lex.first_sv and key not in lex.first_other or key in kept or last.casefold() in kept:
            return False
        if redactor._is_place(last) or redactor._is_place(last[:1].upper() + last[1:]):
            return False
        if last[0].islower() and (lex.zipf(last) >= _BRACKETED_NAME_MAX_ZIPF or lex.zipf(first) >= _BRACKETED_NAME_MAX_ZIPF):
            return False  # "per telefon", "[X Y], som numera"
        return not (before and lex.is_common(last))

    for start, end, kind in found:
        if kind != NAME:
            continue
        joint = _JOINT_AFTER_NAME_RE.match(text, end)
        if joint is not None:
            m = _PAIR_AFTER_JOINT_RE.match(text, joint.end())
            if m is not None and person(m["first"], m["last"], False):
                spans.append((m.start(), m.end(), NAME))
        m = _PAIR_BEFORE_JOINT_RE.search(text, max(0, start - 60), start)
        if m is not None and person(m["first"], m["last"], True):
            spans.append((m.start(), m.end("last"), NAME))
    return spans


def _found_name_part_form_spans(redactor: "Redactor", text: str, forms) -> list[tuple[int, int, str]]:
    """Where ``text`` writes a form of the page's found full names (:func:`_found_name_part_forms`) as a word, and
    initials beginning with theirs (:func:`_found_initials_token_spans`)."""
    return _whole_word_spans(text, forms) + _found_initials_token_spans(redactor, text, forms)
