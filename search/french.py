"""French text analysis shared by every engine: elisions, accent folding, stop words, stemming.

The same functions run when a text is indexed and when a query is analysed, so that
« Démocraties », « democratie » and « l'engagement » meet « démocratie » and « engagements ».
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# Articles and pronouns elided before a vowel: l'école, d'un, qu'il, jusqu'à, lorsqu'on…
ELISION_RE = re.compile(
    r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)['’ʼ`´]",
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


def fold(text):
    """Lower-case, without accents: « Égalité » → « egalite »; « œ » → « oe »."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def strip_elisions(text):
    """« l'engagement d'un quartier » → « engagement un quartier »."""
    return ELISION_RE.sub(" ", text)


@lru_cache(maxsize=100_000)
def stem(word):
    """The stem of a folded word. A plural « s » the stemmer leaves (« elus ») goes too."""
    stemmed = _stemmer.stemWord(word)
    if len(stemmed) > 3 and stemmed[-1] in "sx" and not stemmed.endswith("ss"):
        stemmed = stemmed[:-1]
    return stemmed


def words(text):
    """Folded words of a text, elisions removed, stop words kept."""
    return WORD_RE.findall(fold(strip_elisions(text or "")))


def terms(text):
    """The searchable terms of a text: folded, stemmed, without stop words or one-letter words."""
    return [stem(word) for word in words(text) if word not in STOP_WORDS and len(word) > 1]


def analyse(text):
    """The index form of a text: its terms joined by spaces (what SQLite's FTS table stores)."""
    return " ".join(terms(text))


def autocomplete_form(text):
    """The index form for prefix search: folded words, unstemmed (« mobilit » must find « mobilité »)."""
    return " ".join(words(text))


def clean_query(text):
    """A query as every engine receives it: elisions removed, blanks collapsed, accents kept."""
    return " ".join(strip_elisions(text or "").split())
