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
- a page's own structure, each where a substring finds its cue: a hyphenated two-syllable given name
  (:func:`_syllable_pair_name_spans`) also coordinated after a role's cue further back ("Ledare: [X Y] och Joon-ho
  Lee") or before a role after a comma ("Ji-woo Han, socialsekreterare"), then its given name alone and "Han J-W";
  two words before a labelled identity number ("X Y (pnr …)"); a relative's first name alone between commas ("Hans
  mamma, X, har"); a pet name in quotes before a bracketed name found (:func:`_quoted_pet_name_before_found_spans`:
  '"Mickan" ([X Y])' … "Mickan har"); a person's page in a site's staff folder ("www.ort.se/personal/anna-berg").
- where the text's structure places a person, each where a substring finds its cue (:func:`_signed_small_initials_spans`,
  :func:`_called_and_prefixed_name_spans`, :func:`_role_comma_and_agent_name_spans`, :func:`_street_beside_person_spans`):
  initials in small or mixed letters where a line's signature stands (after "av", a minutes or signing label and a
  colon, a slash, a dash, "mvh": "av els", "Anteckningar: tgw, cj", "av KML och sB"; words of the list stay: "av oss");
  a nickname a verb of calling gives in a found name's sentence ("kallad Majsan") and a word between a call and a
  phone number or address found ("ring Gosia på …"), both then alone in the text; a first name before an Arabic
  particle or a Gaelic prefix ("Mahmoud al-Jaberi", "Fiona McAllister"; not before an organisation's word: "Ronald
  McDonald Hus"); an everyday first word before a surname we know, a comma and a role ("Bosse Nyberg,
  IT-samordnare"); two or three capitalised words in no word list after "av", "med", "till", "hos", "genom", "och"
  ("av Maxamed Axmed Cali") and a name in small letters with a two-syllable given name ("av kim seo-jun"); a street
  address in a found person's sentence after a word of their own place ("hos [X] på mottagningen, Ekgatan 2"); a
  birth date after "f." and an eleven-digit number in a phone's shape with no other number's label before it.
- the page's structure, each gated by a substring or a cheap look-up (:func:`_dated_personal_number_spans`,
  :func:`_line_broken_phone_spans`, :func:`_name_pairs_listed_with_found`, :func:`_finite_verb_inside_sentence`):
  a ten-digit personal identity number with its dash or plus and no label ("120305+1234"), any form of
  "personnummer" ("personnumret", "personnumren") or "samordningsnummer" as a label; a nickname before "som" and a
  verb of calling, quoted or not, active or passive ('"Mo" som barnen kallar honom', "Lasse, som han kallas,"); a
  phone number a line break cuts anywhere, inside its area code too ("…, 0" / "8-520 737 00"); capitalised words
  listed between names found ("[X], Ask Lundmark och [Y]", though a word) or coordinated after one when each is a
  name we know ("[X] och Wang Li från …"); a found name's word written again inside a sentence before a finite verb
  ("… och Maj presenterar"); a street address after a name a page's part finds only from the page's context. A
  place that is no first name never stands for a page's person alone ("dela Cruz, Maricel (Eksjö)"); a postal box
  ("Box 1187, 751 41 Ort") is an organisation's address and stays.
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

Modules, each importing only from those before it: :mod:`.text` (the placeholders, the words of a text and the spans
found in it); :mod:`.contact_data` (e-mail addresses, phone numbers, personal identity numbers and home addresses);
:mod:`.name_data` (first names, surnames, places and the names redaction keeps); :mod:`.tokens` (a text's words read
once, and what a page's redaction shares with its parts); :mod:`.positions` (the patterns of names in person
positions, read by Redactor._person_position_spans); :mod:`.spelled` (what the page's e-mail addresses, user names
and file names spell); :mod:`.layout` (the names of a build from contact blocks and the page's layout); :mod:`.kept`
(names that are part of a title, an institution's, a method's or a place's name); :mod:`.cued` (persons the text's
own cue words place); :mod:`.found` (the page's own names found, written again); :mod:`.redactor` (the redactor and
the public entry points).
"""
from __future__ import annotations

import re as plain_re  # noqa: F401  (the names the module bound before the split: ``redact.re``, ``redact.plain_re``)
import regex as re  # noqa: F401

# the modules of the package, low to high: each imports only from those before it
from .text import (
    ADDRESS, _apply, _beyond_latin1, _Cover, EMAIL, _FAST_TOKEN_RE, _FAST_TOKEN_SPLIT_RE, _fold, _indices, _L1_WORD,
    _LATIN1_DIGITS, _LATIN1_LETTERS, _LATIN1_LOWER, _LATIN1_ONLY, _LATIN1_UPPER, _lower, _LOWER_LETTERS, _merge, NAME,
    PERSONAL_NUMBER, PHONE, _QUOTES, _recall, _RECALLED, _recalled, _SENTENCE_START, _SWEDISH_WORD_CHARS, _TOKEN_RE,
    _TOKEN_SPLIT_RE, _touches, _whole_lines, _word_matches, _word_positions,
)
from .contact_data import (
    _ADDRESS_AFTER_NAME_RE, _address_after_name_spans, _AddressAfterNameMatch, _AT, _AT_HINT_FIRSTS, _AT_HINT_RE,
    _at_hint_starts, _at_line_hits, _at_lines, _AT_RE, _AT_WORD, _BRACKETED_CODE_PHONE_RE,
    _bracketed_code_phone_spans, _CENTURY_HINT_RE, _CENTURY_PERSONAL_NUMBER_RE, _century_personal_number_spans,
    _cut_phone, _CUT_PHONE_RE, _DASHES_RE, _DIGIT_PAIR_RE, _DOT, _DOT_WORD, _EMAIL_RE, _email_spans, _EXTENSION_RE,
    _extension_spans, _FLAT, _FLAT_ADDRESS_RE, _FLAT_HINTS, _FLOOR, _HOME_ADDRESS_MARK_RE, _home_address_spans,
    _HOME_CUE_RE, _HOME_HINTS, _HOME_REACH, _HOME_SENTENCE_END_RE, _HOME_STREET_RE, _LABEL, _labelled_personal_spans,
    _labelled_phone, _LAST_AT_LINE_HITS, _LAST_EMAIL_SPANS, _LINE_BREAK_SEP, _LOCAL_CHAR, _LOCAL_PART_MAX,
    _marked_home_addresses, _OTHER_NUMBER_LABEL_RE, _PERSONAL_DATA_HINTS, _personal_number_after,
    _PERSONAL_NUMBER_MARKS, _PERSONAL_NUMBER_RE, _personal_numbers_beside_names, _PHONE_CUE_BEFORE_RE,
    _PHONE_LABEL_RE, _phone_pair_spans, _PHONE_PAIR_SPLIT_RE, _PHONE_RE, _plausible_date, _plausible_phone,
    _POSTCODE_TOWN, _RURAL_ADDRESS_RE, _SECOND_AREA_CODE_RE, _SEP, _SPELLED_ADDRESS_RE, _SPELLED_AT_HINTS,
    _SPELLED_DOT, _SPELLED_DOT_RE, _spelled_email_spans, _SPELLED_TLD_RE, _SPELLED_TLDS, _SPELLED_WORD,
    _SPELLED_WORD_TLD_RE, _SPLIT_FIRST_NAME_RE, _STREET, _street_address_after_name, _STREET_ADDRESS_RE,
    _SWAP_HINT_RE, _swapped_at_spans, _valid_personal_number, _WRAPPED_AREA_CODE_RE, _wrapped_area_code_spans,
    _WRAPPED_AT_EMAIL_RE, _wrapped_at_email_spans, _WRAPPED_MOBILE_RE, _wrapped_mobile_spans, _WRAPPED_NUMBER_REST_RE,
    _wrapped_phone_end, _WRAPPED_REST_RE, _wrapped_second_phone_spans, _WRAPPED_SHORT_PHONE_RE,
    _wrapped_short_phone_spans,
)
from .name_data import (
    _codebook_method_names, _default_redactor, _GUESSER_COUNTRIES, _guesser_first_names, _GUESSER_READ,
    _INSTITUTION_ENDINGS, _institution_word, is_first_name, KEEP_KINDS, _keep_name_re, _keep_name_rows, keep_names,
    _keep_names_by_word, KEEP_NAMES_FILE, _KEEP_WORD_RE, known_titles, Lexicon, lexicon, _locale_names,
    _LONGER_ENDINGS, NAME_LOCALES, _PARTICLES, _PATRONYMIC_ENDINGS, _patronymic_surname, _SHORT_INSTITUTION_ENDINGS,
)
from .tokens import (
    _ADDRESS_JOINTS, _adjacent, _Asked, _at_sentence_start, _before_is_sentence_start, Context, _first_name_keys,
    _in_address, _LETTER_OR_DIGIT_RE, _LETTER_RE, _Log, _LOWER, _LOWER_WORD_RE, _LowerWords, _NOT_TRIED, _Remembered,
    _Scan, _SENTENCE_START_ASKED, _SURNAME, _surroundings, _SURROUNDINGS_ASKED, _Token, _tokens, _Words,
)
from .positions import (
    _addressing_till, _ADDRESSING_TILL_RE, _ADDRESSING_VERBS, _after_word_and_blanks, _AND_NAME_AFTER_RE,
    _AND_NAME_BEFORE_RE, _BLANK_INITIAL_RE, _BLOG_HOST_RE, _BRACKET_INITIALS_RE, _BRACKET_NAME_PAIR_RE,
    _BRACKET_NICKNAME_RE, _BRACKET_SIGNATURE_RE, _BRACKET_WORD_HINT_RE, _BYLINE_LOGIN_HINTS, _BYLINE_LOGIN_RE,
    _BYLINE_WORD_BEFORE_RE, _CALL_FIRST_NAME_RE, _CALL_HINT_RE, _CALL_VERB, _CALLED_AFTER_RE, _CALLED_BEFORE_RE,
    _CALLED_NAME, _CAPITAL_AFTER_BLANK_RE, _CAPITAL_NEXT_RE, _CAPITALISED_WORD_RE, _CAPITALS_LOGIN_HINT_RE,
    _CAPITALS_LOGIN_RE, _CELL_END_RE, _CELL_SURNAME_BEFORE_RE, _COUPLE_ORG_RE, _CREDIT_HINTS, _CREDIT_INITIALS_RE,
    _DATED_SIGNATURE_RE, _DISTRICT_NOT_ENDINGS, _DOTTED_LOGIN_RE, _FAMILY_APPOSITION_RE, _FAMILY_ENDINGS,
    _FAMILY_FIRST_RE, _FAMILY_ROOTS, _FAMILY_SUFFIX_RE, _family_word, _FAMILY_WORDS, _FAST_PERSON_WORD_NAME_RE,
    _FAST_SURNAME_FIRST_RE, _FIRST_AFTER_SURNAME_RE, _FIRST_INITIAL_NO_DOT_RE, _FIRST_INITIAL_RE, _FIRST_NAME_WORD_RE,
    _FIRST_NAMES_RE, _GREETING_FIRST_NAME_RE, _GREETING_HINT_RE, _GREETING_HINTS, _HANDLE_RE, _hint_stems, _hints_in,
    _HYPHEN_INITIALS_HINT_RE, _HYPHEN_INITIALS_NAME_RE, _INFLECTED_ABBREVIATION_RE, _INITIAL_DOTS, _INITIAL_DOTS_RE,
    _INITIAL_NO_DOT_HINT_RE, _INITIALS, _INITIALS_AFTER_RE, _INITIALS_HINT_RE, _initials_of_name_before,
    _known_abbreviation, _LATIN1_LETTER_SET, _LINE_END_SIGNATURE_RE, _LIST_FIRST_BEFORE_RE, _LIST_ITEM_END_RE, _login,
    _LOGIN_AFTER_RE, _LOGIN_HINT_RE, _login_lines, _LOWER_AV_NAME_RE, _LOWER_NAME_RE, _LOWER_NEXT_RE,
    _LOWER_PAIR_BEFORE_RE, _LOWER_PARTICLES, _LOWER_ROLE_HINTS, _LOWER_ROLE_STEMS, _LOWER_SLASH_NAME_RE, _LOWER_WORD,
    _ME_AFTER_RE, _MINUTES_LABELS, _MIXED_INITIALS, _MIXED_LINE_END_SIGNATURE_RE, _NAME_WORD, _NAMING_VERBS,
    _NEXT_NAME_WORD_RE, _NEXT_WORD_RE, _NICKNAME_RE, _ORG_AFTER_RE, _ORG_AFTER_WORDS, _PARTICLES_BEFORE_RE,
    _PERSON_AFTER_RE, _person_word, _PERSON_WORD_NAME_RE, _PET_NAME_RE, _PLACE_ENDINGS, _QUOTE, _RARE_PAIR_HINT_RE,
    _RARE_PAIR_RE, _ROLE_ALTERNATIVES, _ROLE_ENDING_REACH, _ROLE_ENDINGS, _role_first_name_hint,
    _ROLE_FIRST_NAME_HINT_RE, _ROLE_FIRST_NAME_RE, _ROLE_INITIALS_RE, _ROMAN_NUMERALS, _ROW_FIRST_NAME_AFTER_RE,
    _SECOND_SURNAME_AFTER_RE, _SIBLING_SURNAME_FIRST_RE, _signature_spans, _SIGNED_HINTS, _SIGNED_RE,
    _SLASH_FIRST_NAME_RE, _SLASH_NICKNAME_BEFORE_RE, _SLASH_SIGNATURE_RE, _SLASHED_LOWER_INITIALS_RE,
    _SURNAME_BEFORE_RE, _SURNAME_COMMA_BEFORE_RE, _SURNAME_ENDINGS, _SURNAME_FIRST_HINT_RE,
    _SURNAME_FIRST_PAIR_BEFORE_RE, _SURNAME_FIRST_RE, _SURNAME_PREFIXES, _SWEDISH_ONLY_LETTERS, _THING_PREPOSITIONS,
    _USER_LOGIN_RE, _word_span_before, _written_as_name,
)
from .spelled import (
    _address_first_last_pairs, _address_name_spans, _address_person, _address_spelled_word_spans,
    _attachment_file_name_spans, _bare, _EMAIL_AT_MARKS, _email_key, _email_local_part_matches, _EMAIL_LOCAL_PART_RE,
    _EMAIL_LOCAL_PUNCTUATION, _evidenced_first_name, _FAST_NAME_PAIR_RE, _FILE_CHARS, _FILE_EXTENSIONS,
    _FILE_FIRST_MAX_ZIPF, _file_name_tokens, _FILE_PART_RE, _full_names_spelled_by_addresses, _initial_logins,
    _INITIALS_AFTER_NAME_WORD_RE, _INITIALS_BEFORE_ADDRESS_RE, _initials_before_own_address, _initials_of,
    _is_common_pair, _kept_word_pairs, _line_address_names, _login_parts, _login_word_spans, _NAME_PAIR_RE,
    _NAME_PART_SPLIT_RE, _names_in_addresses, _NICK_NAME_OF_ADDRESS_RE, _nicknamed_names_spelled_by_address,
    _page_name_parts, _page_word_may_be_name, _PAGE_WORD_RE, _PAGE_WORD_RES_BY_HEADS, _page_words_with_heads,
    _plain_name_part, _WORD_INNER_MARKS, _words_spelled_by_addresses,
)
from .layout import (
    _AGENT_HINT_RE, _AGENT_LABEL, _AGENT_LINE_HINT_RE, _AGENT_LOGIN_RE, _alone_first_name, _APPOSITION_NAME_RE,
    _apposition_names, _apposition_spans, _BEYOND_LATIN1_RE, _bracket_list_names, _BRACKETED_NAME_RE, _BULLET_RE,
    _byline_names, _BYLINE_RE, _CAPITAL_RE, _cased_name_cell, _CELL_INITIAL_RE, _CLOSING_SIGNATURE_RE,
    _COMMENT_AUTHOR_RE, _comment_author_spans, _COMMENT_LOGIN_HINT_RE, _COMMENT_LOGIN_RE, _COMMENT_STAMP_HINT_RE,
    _CONTACT_HINT_ODD, _CONTACT_HINTS, _CONTACT_LABEL_RE, _contact_names, _CREDIT_SPACED_RE, _CUE_HINTS, _CUE_NAME_RE,
    _cue_names, _CUT_RE, _dashed_name_before, _DASHED_NAME_RE, _dashed_names, _DATE_ONLY_BYLINE_RE, _family_names,
    _FAST_LISTED_NAME_RE, find_contact_names, _FINITE_VERB_ENDINGS, _FINITE_VERBS, _FOREIGN_LETTER_NAME_RE,
    _foreign_letter_names, _GREETED_BEFORE_RE, _GREETING_BEFORE_RE, _hinted_lines, _INLINE_CONTACT_RE,
    _INLINE_CONTACT_WORDS, _layout_person_spans, _line_start_role_ends, _line_start_role_names, _LINE_START_ROLE_RE,
    _line_start_role_spans, _LIST_LABEL_RE, _LISTED_NAME_RE, _listed_names, _LONE_CAPITAL_RE,
    _LOWER_FIRST_CELL_END_RE, _lower_first_name, _LOWER_SURNAME_CELL_START_RE, _MAIL_HEADER_HINTS,
    _MAIL_HEADER_NAME_RE, _mail_header_names, _matches_on_hinted_lines, _may_be_byline, _may_contact_inline,
    _may_list_with_brackets, _may_open_with_a_name, _MIXED_AFTER_AV_RE, _NAME_CELL_RE, _NAME_CELL_WORD, _NAME_HEADERS,
    _NAME_LINE_RE, _name_part, _names_alone, _names_outside_blocks, _next_nonblank, _nickname_names,
    _opens_with_capital, _PARTICIPANT_ITEM_RE, _participant_list_names, _PARTICLE_ALTERNATIVES, _person_name,
    _person_word_names, _role_heading_names, _ROLE_HEADING_RE, _run_together_initials, _SLASH_CAPITAL_END_RE,
    _SURNAME_FIRST_CELL_RE, _surname_first_names, _TABLE_CELL_REMARK_RE, _TABLE_HEADER_HINT_RE, _table_names,
    _TAIL_WORD_RE, _two_on_a_line, _unended_lines, _unknown_pair_before_verb, _UPPER_SURNAME_HINT_RE,
    _upper_surname_names, _UPPER_SURNAME_RE, _USER_CELL_RE, _USER_NAME_RE, _with_first_names,
)
from .kept import (
    _ABBREVIATION_END_RE, _BUILDING_ENDINGS, _compound_place_before_name_spans, _everyday_compound, _GEN_WORD,
    _GENITIVE_BUILDING_RE, _genitive_building_spans, _GENITIVE_NAME, _GENITIVE_THING_RE, _GROUP_HINTS, _GROUP_NAME_RE,
    _group_name_spans, _inside, _keep_name_spans, _KEPT_MEMO, _kept_name_spans, _kept_name_words, _kept_near,
    _KEPT_REACH, _known_title_spans, _LOWER_WORD_BEFORE_RE, _METHOD_HINTS, _METHOD_NAME_RE, _NAMED_AFTER_ENDINGS,
    _NAMED_AFTER_HINTS, _NAMED_AFTER_NAME_RE, _NAMED_AFTER_STEMS, _PUBLICATION_CUE_RE, _QUOTED_TITLE_RE,
    _SENTENCE_END_RE, _SUBTITLE_RE, _THING_BEFORE_NAME_RE, _titles_of_names,
)
from .cued import (
    _ABBREVIATED_FIRST_RE, _AV_CAPITALS_END_RE, _AV_SURNAME_INITIALS_RE, _BESIDE_FOUND_SURNAME_ZIPF,
    _BRACKET_OWN_FIRST_RE, _byline_and_phrase_cued_names, _BYLINE_CAPITALS_RE, _CAPITALISED_RUN_RE, _COMMA_CAPITAL_RE,
    _COMMA_CLAUSE_RE, _CONTACT_LOWER_NAME_RE, _CONTACT_VERBS, _CUED_FIRST_AFTER_RE, _cued_names_and_reversed_pairs,
    _cued_names_read_as_other_words, _CUED_SURNAME_BEFORE_RE, _cued_surname_first_or_lowercase_names,
    _DATED_AV_INITIALS_RE, _DATED_INITIALS_RE, _ends_in_everyday_word, _FAMILY_BRACKET_CUES,
    _family_bracket_list_spans, _FAST_FIRST_PLACE_PAIR_RE, _FIRST_PLACE_PAIR_RE, _has_known_name_part,
    _HYPHEN_INITIALS_RE, _hyphen_initials_spans, _initial_surname, _INITIALS_CHAIN_RE, _INITIALS_CUE_BEFORE_RE,
    _is_thing_word, _IT_IS_NAME_RE, _ITEM_JOINT_RE, _LABELLED_NAME, _LABELLED_NAME_BEFORE_PHONE_RE,
    _line_pattern_person_spans, _LINKEDIN_NAME_RE, _LIST_SURNAME_FIRST_HINT_RE, _LIST_SURNAME_FIRST_RE,
    _LOWER_CONTACT_AFTER_RE, _LOWER_CONTACT_FIRST_RE, _LOWER_GREETING_NAME_RE, _LOWER_INITIAL_HINT_RE,
    _LOWER_INITIALS_RE, _LOWERCASE_NAME_AFTER_AV_RE, _middle_framed_by_unknown_words, _NAME_BEFORE_FRAN_RE,
    _NAME_BEFORE_NUMBER_RE, _NAME_BETWEEN_COMMAS_AFTER_ROLE_RE, _NAME_LIST_BEFORE_RE, _name_pair_after_role,
    _NAME_PEOPLE_CALL_RE, _NAME_WORD_BESIDE_FOUND, _names_by_own_form, _NICK_PARTICLE_NAME_RE,
    _no_place_or_everyday_word, _particle_and_own_address_names, _PARTICLE_HINT_RE, _PARTICLE_NAME_RE, _passive_agent,
    _PASSIVE_END_RE, _people_label_before, _PEOPLE_LABELS, _PEOPLE_NAMES_LABEL_HINTS, _PEOPLE_NAMES_LABEL_RE,
    _PERSON_CUES_BEFORE, _PERSON_VERBS_AFTER, _phone_after_name, _PHONE_AFTER_NAME_RE, _PLACE_COMMA_FIRST_HINT_RE,
    _PLACE_COMMA_FIRST_RE, _PLACE_PREPOSITIONS, _PLACE_WORDS_AFTER, _PROFILE_PATH_SPLIT_RE, _PROFILE_URL_RE,
    _QUOTED_NICK_HINT_RE, _RARE_FIRST_ZIPF, _reads_as_unknown_name, _role_in_clause_after, _SERVICE_BEFORE_RE,
    _SHORT_NAME_BRACKETED_FULL_RE, _SIGNING_LABEL_ENDINGS, _SPEECH_VERBS, _surname_before_surname,
    _SURNAME_COMMA_INITIAL_RE, _SURNAME_FIRST_CUES, _SURNAME_FIRST_ITEM, _SURNAME_FIRST_PHONE_ROW_RE,
    _surname_first_phone_rows, _SURNAME_INITIAL_HINT_RE, _surname_initial_list_items, _SURNAME_INITIAL_RE,
    _surname_or_unknown_word, _SURNAME_TRAILING_INITIAL_RE, _TEN_DIGITS_HINT_RE, _TEXT_PHOTO_BYLINE_RE,
    _THING_COMPOUND_ENDINGS, _thing_word_follows, _TITLE_ABBREVIATION_HINTS, _TITLE_ABBREVIATION_RE,
    _titled_names_and_byline_initials, _UNKNOWN_NAME_RARE_ZIPF, _unknown_name_run_at, _UNKNOWN_NAME_WORD,
    _unknown_name_word, _unknown_or_name,
)
from .found import (
    _add_page_people_lone_names, _agent_place_surname_spans, _AGENT_VERB_BEFORE_RE, _AGENT_WORD_RE,
    _AND_AFTER_NAME_RE, _AND_BEFORE_NAME_RE, _AND_LOWER_NAME_AFTER_RE, _ARTICLE_WORDS, _AT_HANDLE_RE,
    _BESIDE_FOUND_RARE_ZIPF, _bracket_nicknames_and_pet_names, _BRACKET_QUOTED_NICK_RE, _BRACKETED_CALLED_NAME_RE,
    _BRACKETED_FULL_NAME_RE, _bracketed_full_names_after_found, _bracketed_initials_of_found, _BRACKETED_INITIALS_RE,
    _BRACKETED_NAME_MAX_ZIPF, _BRACKETED_NICKNAME_AFTER_RE, _BRACKETED_PET_NAME_RE, _bracketed_pet_names,
    _BRACKETED_WORD_AFTER_WORD_RE, _CAPITALISED_AFTER_RE, _CAPITALISED_RUN_BEFORE_RE, _capitals_name_spans, _CAPS_RUN,
    _CAPS_RUN_AFTER_RE, _CAPS_RUN_BEFORE_RE, _caps_run_is_name, _CAPS_RUN_LABEL_RE, _CARE_OF_ADDRESS_RE,
    _care_of_address_spans, _CARE_OF_NAME, _coordinated_place_surname, _coordinated_surname_spans,
    _DOTTED_INITIALS_RE, _first_genitive_spans, _first_genitives, _first_name_pairs_coordinated_with_found,
    _found_dotted_initials, _found_initials_token_spans, _found_name_again_spans, _found_name_forms,
    _found_name_part_form_spans, _found_name_part_forms, _found_name_part_verb_spans, _found_name_words,
    _found_names_written_again, _FULL_NAME_WORD_RE, _full_names_written_lower, _FURTHER_SURNAME_AFTER_RE,
    _GENITIVE_BEFORE_NOUN_RE, _GENITIVE_ORG_AFTER_RE, _GIVEN_NAME_AFTER_SURNAME_ITEM_RE, _GIVEN_NAME_BEFORE_RE,
    _INITIALS_AFTER_SURNAME_RE, _initials_and_handles_of_page_people, _INITIALS_BEFORE_RE,
    _initials_coordinated_with_found, _INITIALS_GAP_RE, _INITIALS_ITEM, _INITIALS_LIST_LABELS, _INITIALS_PAIR_MARK,
    _INITIALS_TOKEN_RE, _inner_nicknames_and_given_names, _inside_any, _joined_name_spans, _JOINT_AFTER_NAME_RE,
    _LABELLED_INITIALS_LIST_RE, _labelled_initials_list_spans, _letters, _line_bounds, _LINE_END_SLASH_NAME_RE,
    _LINE_INITIALS_RE, _LIST_JOINT_BEFORE_RE, _longer_name_words_around_found, _lowercase_found_name_words,
    _lowercase_names_coordinated_after_found, _lowercase_or_rare_first_words, _name_initials, _NAME_LIST_ITEM_RE,
    _NAME_LIST_SEPARATORS, _NAME_PART_VERBS, _NAME_WORD_BEFORE_FOUND_RE, _name_word_beside_found,
    _name_words_with_initials, _NEXT_CAPITALISED_WORD_RE, _NICK_IN_NAME_RE, _NICKNAME_INSIDE_NAME_RE,
    _nicknames_and_list_items_beside_found, _not_kept, _organisation_after, _other_items_of_name_lists,
    _page_first_name_spans, _page_first_names, _page_initials_spans, _page_people_spans, _page_surname_end_after,
    _PAIR_AFTER_JOINT_RE, _PAIR_BEFORE_JOINT_RE, _PERSON_GENITIVE_NOUNS, _person_verb_after, _person_verb_after_part,
    _PET_NAME_AFTER_KALLAS_RE, _PET_NAME_BEFORE_KALLAS_RE, _PET_NAME_VERBS_AFTER, _PRIVATE_ADDRESS_REACH,
    _private_person_address_spans, _PRIVATE_PERSON_RE, _PRONOUN_PAIR_AFTER, _QUOTE_CHARS, _QUOTED_NICKNAME_BEFORE_RE,
    _QUOTED_NICKNAME_BEFORE_SURNAME_RE, _QUOTED_PET_NAME_RE, _QUOTED_WORD_RE, _rare_name_after_word, _RARE_PART_ZIPF,
    _quoted_pet_name_before_found_spans, _rare_word_before_name_spans, _role_bracket_first_name_forms, _searched_genitive_spans,
    _shortened_and_labelled_first_names, _SIBLING_INITIAL_RE, _STREET_QUALIFIER_BEFORE_RE,
    _SURNAME_FIRST_LIST_LINE_RE, _surname_first_list_lines, _SURNAME_PARTICLE, _SYLLABLE_PAIR_NAME_RE,
    _syllable_pair_name_spans, _SYLLABLE_WORD_ZIPF, _table_name_spans, _TRAILING_PARTICLE_RE,
    _unknown_names_listed_with_found, _unknown_names_placed_by_text, _unknown_surname_after, _whole_word_spans,
    _WORD_BEFORE_RE, _WORDS_BEFORE_RE,
)
from .redactor import (
    _FAMILY_NAME_ROOTS, _FILENAME_SEPARATORS, _PRIVATE_PERSON_HINTS, redact_document, redact_filename, redact_text,
    Redactor,
)
