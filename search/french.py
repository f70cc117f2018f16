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


def fold(text):
    """Lower-case, without accents: « Égalité » → « egalite »; « œ » → « oe »."""
    text = text.lower()
    if text.isascii():
        return text
    text = text.replace("œ", "oe").replace("æ", "ae")
    text = LATIN_MARKS_RE.sub("", unicodedata.normalize("NFKD", text))
    # Other scripts' marks (rare): looked up among the text's distinct characters only.
    others = {char for char in set(text) if char > "\x7f" and unicodedata.combining(char)}
    if others:
        text = text.translate(dict.fromkeys(map(ord, others)))
    return text


def strip_elisions(text):
    """« l'engagement d'un quartier » → « engagement un quartier »."""
    return ELISION_RE.sub(" ", text)


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


def words(text):
    """Folded words of a text, elisions removed, stop words kept."""
    return WORD_RE.findall(fold(strip_elisions(text or "")))


def _terms_of(folded_words):
    return [stem(word) for word in folded_words if len(word) > 1 and word not in STOP_WORDS]


def terms(text):
    """The searchable terms of a text: folded, stemmed, without stop words or one-letter words."""
    return _terms_of(words(text))


# `\\b` and possessive quantifiers: no backtracking inside long words (quadratic otherwise).
HYPHENATED_RE = re.compile(r"\b\w++(?:[-‐‑]\w++)+", re.UNICODE)


def glued_terms(text, folded=None):
    """The terms of a text's hyphenated words glued: « Haute-Vienne » → « hautevien », so that
    « hautevienne » typed glued finds it (the parts are indexed too, by `terms`)."""
    glued = []
    if folded is None:
        folded = fold(strip_elisions(text or ""))
    if "-" not in folded and "‐" not in folded and "‑" not in folded:
        return glued
    for match in HYPHENATED_RE.finditer(folded):
        word = re.sub(r"\W", "", match.group())
        if len(word) > 1 and word not in STOP_WORDS:
            glued.append(stem(word))
    return glued


def analyse(text):
    """The index form of a text, the same for every engine: its terms joined by spaces, then the
    glued forms of its hyphenated words (after them, so that phrase positions stay those of the
    text)."""
    folded = fold(strip_elisions(text or ""))
    return " ".join(_terms_of(WORD_RE.findall(folded)) + glued_terms(text, folded))


def autocomplete_form(text):
    """The index form for prefix search: folded words, unstemmed (« mobilit » must find « mobilité »)."""
    return " ".join(words(text))


def clean_query(text):
    """A query as every engine receives it: elisions removed, blanks collapsed, accents kept."""
    return " ".join(strip_elisions(text or "").split())
