"""The fast paths of the French analysis give what the plain definitions give."""

import re
import unicodedata

from search import french


def _reference_fold(text):
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def test_fold_equals_its_definition_beyond_latin_accents():
    # Latin accents, a Vietnamese double mark, Hebrew and Devanagari marks, and U+034F, a
    # "combining" character without a combining class, which stays.
    for text in ["Égalité Œuvre Ça", "Việt", "שָׁלוֹם", "हिन्दी", "a\u034fb", "«déjà» ’", "plain"]:
        assert french.fold(text) == _reference_fold(text)


def test_hyphenated_words_without_quadratic_backtracking():
    old = re.compile(r"\w+(?:[-‐‑][\w]+)+")
    text = "Haute-Vienne co-construire " + "a" * 5000 + " tiers‑lieu x-y-z"
    assert french.HYPHENATED_RE.findall(text) == old.findall(text)
    assert french.glued_terms("Haute-Vienne") == [french.stem("hautevienne")]


def test_elisions_found_by_first_letter_as_by_the_plain_pattern():
    import random

    plain = re.compile(
        r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)['’ʼ`´]", re.IGNORECASE
    )
    texts = ["L'école, d’un quartier jusqu'à PUISQU'il ; presqu’île, aujourd'hui, l''x, ſ'a"]
    rng = random.Random(14)
    alphabet = "cdjlmnstpquoiersCDJLMNSTPQ'’ʼ`´ -_éſK\u212a"
    texts += ["".join(rng.choice(alphabet) for _ in range(60)) for _ in range(500)]
    for text in texts:
        assert french.strip_elisions(text) == plain.sub(" ", text)


def _reference_words(text):
    return re.findall(r"\w+", french.fold(french.strip_elisions(text or "")))


def _reference_glued(text):
    folded = french.fold(french.strip_elisions(text or ""))
    glued = []
    for match in french.HYPHENATED_RE.finditer(folded):
        word = re.sub(r"\W", "", match.group())
        if len(word) > 1 and word not in french.STOP_WORDS:
            glued.append(french.stem(word))
    return glued


def test_ascii_words_terms_and_glued_forms_as_by_the_regular_expressions():
    import random

    rng = random.Random(16)
    alphabet = "abcdeéçœ ’'ʼ`´-‐‑_K\u212aſ\u0301«»…0123456789ABÉ\t\n.,;:!?()"
    texts = ["Haute-Vienne, co-construire l'éco-quartier -- a--b x-y- _z_ 3-4 Œuvre d'art"]
    texts += ["".join(rng.choice(alphabet) for _ in range(80)) for _ in range(2000)]
    texts += ["".join(rng.choice("ab -_'.") for _ in range(40)) for _ in range(2000)]
    for text in texts:
        reference = _reference_words(text)
        assert french.words(text) == reference
        expected = [french.stem(w) for w in reference if len(w) > 1 and w not in french.STOP_WORDS]
        assert french.terms(text) == expected
        assert french.glued_terms(text) == _reference_glued(text)
        assert french.analyse(text) == " ".join(expected + _reference_glued(text))
