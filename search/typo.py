"""Typo correction on the words typed, the same on every engine.

Each word of the query is compared, as typed (folded), with the words of the indexed texts
(`SearchWord`, kept by search/documents.py), not with stems: « concertaiton » → « concertation ».
A word is never replaced when its stem is indexed (« nuit » stays « nuit », even if no text
matches the whole query), nor when it is a thesaurus entry (« QPV »). Up to one edit for words of
4 to 7 letters, two beyond; the nearest candidate wins, then the commonest.
"""

from django.db.models.functions import Length

from search import french

MIN_LENGTH = 4
MAX_CANDIDATES = 5000


def max_edits(word):
    return 1 if len(word) < 8 else 2


def correct(parsed, thesaurus=None):
    """{typed word: replacement} for the words of a parsed query that need one (may be empty)."""
    from search.models import SearchWord

    thesaurus = thesaurus or {}
    words = [
        slot.words[0]
        for slot in parsed.slots
        if len(slot.alternatives) == 1 and len(slot.words) == 1 and not slot.phrase
    ]
    words = [w for w in words if len(w) >= MIN_LENGTH and not w.isdigit()]
    if not words:
        return {}
    stems = {word: french.stem(word) for word in words}
    known = set(
        SearchWord.objects.filter(stem__in=set(stems.values())).values_list("stem", flat=True)
    )
    fixes = {}
    for word in words:
        if stems[word] in known or (stems[word],) in thesaurus:
            continue
        limit = max_edits(word)
        candidates = (
            SearchWord.objects.annotate(length=Length("word"))
            .filter(word__startswith=word[0], length__range=(len(word) - limit, len(word) + limit))
            .values_list("word", "documents")[:MAX_CANDIDATES]
        )
        best = nearest(word, candidates, limit)
        if best:
            fixes[word] = best
    return fixes


def nearest(word, candidates, limit):
    best, best_key = None, None
    for candidate, docs in candidates:
        distance = levenshtein(word, candidate, limit)
        if distance is None or distance == 0:
            continue
        key = (distance, -docs, candidate)
        if best_key is None or key < best_key:
            best, best_key = candidate, key
    return best


def corrected_text(text, fixes):
    """The query as typed, with the corrected words replaced (case and accents of the rest kept)."""
    import re

    def replace(match):
        token = match.group()
        return fixes.get(french.fold(token), token)

    return re.sub(r"\w+", replace, text)


def levenshtein(a, b, limit):
    """Edit distance (a transposition counts one), or None when it is above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return None
    before_previous = None
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if before_previous and i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], before_previous[j - 2] + 1)
        if min(current) > limit:
            return None
        before_previous, previous = previous, current
    return previous[-1] if previous[-1] <= limit else None
