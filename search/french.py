"""French text analysis shared by every engine: elisions, accent folding, stop words, stemming.

The same functions run when a text is indexed and when a query is analysed, so that
« Démocraties », « democratie » and « l'engagement » meet « démocratie » and « engagements ».
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# Articles and pronouns elided before a vowel: l'école, d'un, qu'il, jusqu'à, lorsqu'on…
# The lookahead on their first letters lets the engine skip most positions at once (twice as
# fast on long texts); the match is the same.
ELISION_RE = re.compile(
    r"(?=[cdjlmnstpq])\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)['’ʼ`´]",
    re.IGNORECASE,
)
WORD_RE = re.compile(r"\w+", re.UNICODE)

# Snowball's French stop words (https://snowballstem.org/algorithms/french/stop.txt), folded.
STOP_WORDS = frozenset(
    """
    au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me meme
    mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton
    tu un une vos votre vous c d j l a m n s t y ete etee etees etes etant etante etants etantes
    suis es est sommes etes sont serai seras sera serons serez seront serais serait serions seriez
    seraient etais etait etions etiez etaient fus fut fumes futes furent sois soit soyons soyez
    soient fusse fusses fut fussions fussiez fussent ayant ayante ayantes ayants eu eue eues eus ai
    as avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient
    avais avait avions aviez avaient eut eumes eutes eurent aie aies ait ayons ayez aient eusse
    eusses eussions eussiez eussent ceci cela cet cette ici ils les leurs quel quels quelle quelles
    sans soi
    """.split()  # noqa: SIM905
)

_stemmer = snowballstemmer.stemmer("french")


# The combining marks NFKD leaves after Latin letters (accents, cedilla): one regex pass in C.
LATIN_MARKS_RE = re.compile("[\u0300-\u034e\u0350-\u036f]")  # U+034F has no class
NON_ASCII_RE = re.compile("[^\x00-\x7f]")


def fold(text):
    """Lower-case, without accents: « Égalité » → « egalite »; « œ » → « oe »."""
    text = text.lower()
    if text.isascii():
        return text
    text = text.replace("œ", "oe").replace("æ", "ae")
    text = LATIN_MARKS_RE.sub("", unicodedata.normalize("NFKD", text))
    if text.isascii():
        return text
    # Other scripts' marks (rare): looked up among the text's distinct non-ASCII characters only
    # (found by a regular expression: `set(text)` hashed every character, a third of `fold`).
    others = {char for char in set(NON_ASCII_RE.findall(text)) if unicodedata.combining(char)}
    if others:
        text = text.translate(dict.fromkeys(map(ord, others)))
    return text


APOSTROPHE_RE = re.compile("['’ʼ`´]")
ARTICLE_LENGTHS = (1, 2, 5, 6)  # [cdjlmnst], qu, jusqu, lorsqu and the other five


def strip_elisions(text):
    """« l'engagement d'un quartier » → « engagement un quartier »."""
    # ELISION_RE tried only where an article may start before each apostrophe: the substitution
    # of the same matches, without trying the pattern at every c, d, l, s… of the text (a quarter
    # of the analysis). Matches cannot overlap (an article is letters, `\b` before it).
    parts, last = [], 0
    for apostrophe in APOSTROPHE_RE.finditer(text):
        end = apostrophe.end()
        for length in ARTICLE_LENGTHS:
            start = end - 1 - length
            if start < last:
                break
            if ELISION_RE.fullmatch(text, start, end):
                parts.append(text[last:start])
                last = end
                break
    if not parts:
        return text
    parts.append(text[last:])
    return " ".join(parts)


# Rules around the Snowball stemmer, so that a word's plural and feminine forms get its stem.
# Snowball, on folded words, stems them apart when one form escapes a suffix rule: « conseiller »
# → « conseil » but « conseillers », « conseillère » → « conseiller »; « élu » → « elu » but
# « élus » → « elus »; « isolé » → « isol » but « isolée » → « isole ». Before stemming: the plural
# « s » goes, « -ère » becomes « -er », « -ée » becomes « -é » (folded: « e »); after: an « s » or
# « x » the stemmer leaves. (pattern, replacement) in Java's syntax, because the OpenSearch /
# Elasticsearch analyzer applies the very same rules as `pattern_replace` filters
# (search/backends/opensearch_settings.py). PostgreSQL's `french_stem` cannot (see
# docs/adr/0004-french-search-three-engines.md).
BEFORE_STEM_RULES = [
    ("french_plural", r"^(.{2,}[^s])s$", "$1"),
    ("french_feminine_ere", r"^(.{3,}e)re$", "$1r"),
    ("french_feminine_ee", r"^(.{2,}e)e$", "$1"),
]
AFTER_STEM_RULES = [
    ("french_plural_after", r"^(.{3,})(?:x|(?<!s)s)$", "$1"),
]


def _compiled(rules):
    return [(re.compile(pattern), repl.replace("$1", r"\1")) for _, pattern, repl in rules]


_BEFORE = _compiled(BEFORE_STEM_RULES)
_AFTER = _compiled(AFTER_STEM_RULES)

# Derivation families: Snowball stems a word and its derivatives apart (« culture » → « cultur »,
# « culturel » → « culturel »); every stem listed here is indexed and searched as its family's
# (the key's) stem, on every engine, since every engine receives terms analysed here. A family
# joins words a person searching means as one; near-homonyms stay apart (« commun » ≠ « communal »).
DERIVATION_FAMILIES = {
    "cultur": ["culturel"],
    "jeun": ["jeuness"],
    "agricol": ["agricultur", "agriculteur", "agricultric"],
    "creativ": ["creatif", "creativit", "creation", "createur", "creatric", "cre"],
    "particip": ["participatif", "participativ"],
    "solidair": ["solidarit"],
    "intercommunal": ["intercommunalit"],
    "territoir": ["territorial"],
    "environ": ["environnemental"],
    "europ": ["europeen"],
    "urban": ["urbain"],
    "sport": ["sportif", "sportiv"],
    "mobil": ["mobilit"],
    "citoyen": ["citoyennet"],
    "patrimoin": ["patrimonial"],
    "democrat": ["democrati"],
    "ecolog": ["ecologist"],
    "inclus": ["inclusif", "inclusiv"],
    "associ": ["associatif", "associativ"],
    "educ": ["educatif", "educativ"],
    "numer": ["numeris"],
    "rural": ["ruralit"],
    "biodivers": ["biodiversit"],
    "sanitair": ["sant"],
}
FAMILY_OF = {member: root for root, members in DERIVATION_FAMILIES.items() for member in members}


@lru_cache(maxsize=100_000)
def stem(word):
    """The stem of a folded word, the same for its plural and feminine forms (« conseiller »,
    « conseillers », « conseillère » → « conseil »; « élu », « élus », « élues » → « elu »)."""
    for pattern, repl in _BEFORE:
        word = pattern.sub(repl, word)
    stemmed = _stemmer.stemWord(word)
    for pattern, repl in _AFTER:
        stemmed = pattern.sub(repl, stemmed)
    return FAMILY_OF.get(stemmed, stemmed)


# On an ASCII text (most folded texts), the bytes other than word characters become blanks and
# a split on blanks gives WORD_RE's words, four times faster than the regular expression.
_ASCII_BLANKS = bytes(
    c if c < 128 and (chr(c).isalnum() or c == ord("_")) else 32 for c in range(256)
)
# The same, hyphens kept: the candidates of HYPHENATED_RE.
_ASCII_BLANKS_BUT_HYPHENS = bytes(
    c if c == ord("-") else blank for c, blank in enumerate(_ASCII_BLANKS)
)


def _words_of(folded):
    if folded.isascii():
        return folded.encode("ascii").translate(_ASCII_BLANKS).decode("ascii").split()
    return WORD_RE.findall(folded)


def words(text):
    """Folded words of a text, elisions removed, stop words kept."""
    return _words_of(fold(strip_elisions(text or "")))


# folded word -> its term, "" for a stop word or a one-letter word: most words of a text are
# known, and a dict looked up from C (`map`) costs less than a test and a call per word.
_TERMS: dict[str, str] = {}
MAX_CACHED_TERMS = 200_000


def _term(word):
    term = "" if len(word) < 2 or word in STOP_WORDS else stem(word)
    if len(_TERMS) >= MAX_CACHED_TERMS:
        _TERMS.clear()
    _TERMS[word] = term
    return term


def term(word):
    """The term of one folded word, "" for a stop word or a one-letter word (cached)."""
    found = _TERMS.get(word)
    return _term(word) if found is None else found


def _terms_of(folded_words):
    found = list(map(_TERMS.get, folded_words))
    if None in found:
        found = [
            _term(word) if term is None else term
            for word, term in zip(folded_words, found, strict=True)
        ]
    return list(filter(None, found))


def terms(text):
    """The searchable terms of a text: folded, stemmed, without stop words or one-letter words."""
    return _terms_of(words(text))


# `\\b` and possessive quantifiers: no backtracking inside long words (quadratic otherwise).
HYPHENATED_RE = re.compile(r"\b\w++(?:[-‐‑]\w++)+", re.UNICODE)
NON_WORD_RE = re.compile(r"\W")


def glued_terms(text, folded=None):
    """The terms of a text's hyphenated words glued: « Haute-Vienne » → « hautevien », so that
    « hautevienne » typed glued finds it (the parts are indexed too, by `terms`)."""
    glued = []
    if folded is None:
        folded = fold(strip_elisions(text or ""))
    if "-" not in folded and "‐" not in folded and "‑" not in folded:
        return glued
    if folded.isascii():  # the regular expression over the words with a hyphen only
        split = folded.encode("ascii").translate(_ASCII_BLANKS_BUT_HYPHENS).decode("ascii").split()
        folded = " ".join(word for word in split if "-" in word)
    for hyphenated in HYPHENATED_RE.findall(folded):
        word = NON_WORD_RE.sub("", hyphenated)
        if len(word) > 1 and word not in STOP_WORDS:
            glued.append(stem(word))
    return glued


def analyse(text):
    """The index form of a text, the same for every engine: its terms joined by spaces, then the
    glued forms of its hyphenated words (after them, so that phrase positions stay those of the
    text)."""
    folded = fold(strip_elisions(text or ""))
    return " ".join(_terms_of(_words_of(folded)) + glued_terms(text, folded))


def autocomplete_form(text):
    """The index form for prefix search: folded words, unstemmed (« mobilit » must find « mobilité »)."""
    return " ".join(words(text))


def clean_query(text):
    """A query as every engine receives it: elisions removed, blanks collapsed, accents kept."""
    return " ".join(strip_elisions(text or "").split())
