"""A search query as every engine receives it: analysed slots, a minimum to match, expansions.

    parsed = parse('"démocratie participative" QPV vélos')
    parsed.slots      # [Slot((("democrat", "particip"),)), Slot((("qpv",), ("quarti", …))), …]
    parsed.minimum    # how many slots a document must match (all of 1–2, 75 % beyond)

A slot is one thing the person asked for: a word, a phrase in quotes, or a thesaurus entry found
in the query; its alternatives are term sequences (a phrase when longer than one term), any of
which satisfies it. The engines (search/backends/) translate this one structure: FTS5 MATCH,
tsquery, OpenSearch bool query. Everything is bounded: slots, alternatives, phrase lengths.
"""

import itertools
import math
import re
from dataclasses import dataclass, field

from modelsearch.query import SearchQuery

from search import french

MAX_SLOTS = 10
MAX_ALTERNATIVES = 8
MAX_PHRASE_TERMS = 8
# Analysed terms are \w+ only; anything else is dropped rather than trusted inside an engine's syntax.
SAFE_TERM = re.compile(r"^\w+$")
QUOTED_RE = re.compile(r"[\"«“]([^\"»”]*)[\"»”]")


@dataclass(frozen=True)
class Slot:
    alternatives: tuple  # of tuples of analysed terms
    words: tuple = ()  # the surface words typed, folded (one for a plain word)
    phrase: bool = False

    @property
    def terms(self):
        return self.alternatives[0]


@dataclass
class ParsedQuery:
    text: str
    slots: list
    expansions: list = field(default_factory=list)  # readable, « quartier prioritaire … »
    relaxed: bool = False

    @property
    def minimum(self):
        if self.relaxed:
            return 1
        return minimum_should_match(len(self.slots))

    def relax(self):
        """The same query, any one slot enough (when the minimum found nothing): never an empty
        page when some words match; the reranking still puts the most complete matches first."""
        return ParsedQuery(self.text, self.slots, self.expansions, relaxed=True)

    def __bool__(self):
        return bool(self.slots)


def minimum_should_match(count):
    """All of one or two slots; 75 % of more, rounded down (OpenSearch's « 75% »)."""
    return count if count <= 2 else max(1, math.floor(count * 0.75))


def _plain_slots(text):
    slots = []
    for word in french.words(text):
        if word in french.STOP_WORDS or len(word) < 2:
            continue
        slots.append(Slot(((french.stem(word),),), (word,)))
    return slots


def _phrase_slot(text):
    terms = tuple(french.terms(text))[:MAX_PHRASE_TERMS]
    if not terms:
        return None
    words = tuple(w for w in french.words(text) if w not in french.STOP_WORDS)
    return Slot((terms,), words, phrase=len(terms) > 1)


def parse(text, thesaurus=None):
    """The slots of a query: phrases in quotes, then words; thesaurus entries merged in."""
    slots, position = [], 0
    for match in QUOTED_RE.finditer(text):
        slots += _plain_slots(text[position : match.start()])
        slot = _phrase_slot(match.group(1))
        if slot:
            slots.append(slot)
        position = match.end()
    slots += _plain_slots(text[position:])
    slots = slots[: MAX_SLOTS * 2]
    expansions = []
    if thesaurus:
        slots, expansions = expand(slots, thesaurus)
    return ParsedQuery(text, slots[:MAX_SLOTS], expansions)


def expand(slots, thesaurus):
    """Merge the runs of words that are a thesaurus entry into one slot with its expansions.

    `thesaurus` maps a term sequence to [(term sequence, readable text)]. One step only: an
    expansion is not expanded again, so A ⇒ B ⇒ A cannot loop; longest entry first.
    """
    longest = max((len(key) for key in thesaurus), default=0)
    merged, expansions, i = [], [], 0
    while i < len(slots):
        slot = slots[i]
        found = None
        if slot.phrase:
            if slot.terms in thesaurus:
                found = (1, slot.terms)
        else:
            for size in range(min(longest, len(slots) - i), 0, -1):
                run = slots[i : i + size]
                if any(s.phrase for s in run):
                    continue
                key = tuple(s.terms[0] for s in run)
                if key in thesaurus:
                    found = (size, key)
                    break
        if found is None:
            merged.append(slot)
            i += 1
            continue
        size, key = found
        alternatives = [key]
        for terms, readable in thesaurus[key]:
            if terms not in alternatives and len(alternatives) < MAX_ALTERNATIVES:
                alternatives.append(terms[:MAX_PHRASE_TERMS])
                if readable not in expansions:
                    expansions.append(readable)
        words = tuple(w for s in slots[i : i + size] for w in s.words)
        merged.append(Slot(tuple(alternatives), words, phrase=len(key) > 1))
        i += size
    return merged, expansions


def matches(slot, terms):
    """Whether a document's analysed terms (a list, in order) satisfy a slot."""
    for alternative in slot.alternatives:
        if len(alternative) == 1:
            if alternative[0] in terms:
                return True
            continue
        size = len(alternative)
        for i in range(len(terms) - size + 1):
            if tuple(terms[i : i + size]) == alternative:
                return True
    return False


def coverage(parsed, terms):
    """How many of the query's slots a document's analysed terms satisfy."""
    terms = list(terms)
    known = set(terms)
    count = 0
    for slot in parsed.slots:
        if all(len(a) == 1 for a in slot.alternatives):
            count += any(a[0] in known for a in slot.alternatives)
        else:
            count += matches(slot, terms)
    return count


class SlotQuery(SearchQuery):
    """A parsed query handed to a backend's query compiler (modelsearch's extension point: a
    `SearchQuery` the French compilers know how to translate)."""

    def __init__(self, parsed):
        self.parsed = parsed

    def __repr__(self):
        return f"<SlotQuery {self.parsed.text!r} minimum={self.parsed.minimum}>"


def required_combinations(parsed):
    """The sets of slot indexes a document may match to be found: every `minimum`-sized subset.
    Bounded: at most C(10, 7) = 120 for 10 slots."""
    return list(itertools.combinations(range(len(parsed.slots)), parsed.minimum))


def is_pre_analysed(field):
    """SearchDocument's `*_terms` fields are for the engines that do not analyse in Python; the
    database engines analyse the raw fields themselves and skip these."""
    return getattr(field, "field_name", "").endswith("_terms")
