"""Typo correction for the database engines: each query term absent from the index is replaced by
the nearest indexed term (Damerau-Levenshtein distance ≤ 2, same first letter, most documents)."""

from search import french


def correct(text, known, candidates, limit=2):
    """The corrected query, or None.

    `known(term)` says whether a term is indexed; `candidates(term, limit)` gives
    [(indexed term, documents)] to compare it with.
    """
    terms = french.terms(text)
    corrected, changed = [], False
    for term in terms:
        if len(term) < 4 or known(term):
            corrected.append(term)
            continue
        best = nearest(term, candidates(term, limit), limit)
        corrected.append(best or term)
        changed = changed or bool(best)
    return " ".join(corrected) if changed else None


def nearest(term, candidates, limit):
    best, best_key = None, None
    for candidate, docs in candidates:
        distance = levenshtein(term, candidate, limit)
        if distance is None or distance == 0:
            continue
        key = (distance, -docs, candidate)
        if best_key is None or key < best_key:
            best, best_key = candidate, key
    return best


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
