"""Index settings that make OpenSearch / Elasticsearch French: elision, folding, stop words, Snowball
stems, with search/french.py's rules around them (plural and feminine forms get the word's stem,
as on SQLite).

Every text field without an analyzer of its own uses the index's `default` analyzer, so defining
it here is enough for modelsearch's mappings; autocomplete keeps modelsearch's edge n-grams, with
elision added (queries are folded by the search service before they are sent).
"""

from search.french import AFTER_STEM_RULES, BEFORE_STEM_RULES

FRENCH_ELISIONS = [
    "l",
    "m",
    "t",
    "qu",
    "n",
    "s",
    "j",
    "d",
    "c",
    "jusqu",
    "quoiqu",
    "lorsqu",
    "puisqu",
]

INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "french_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": FRENCH_ELISIONS,
                },
                "french_stop": {"type": "stop", "stopwords": "_french_"},
                "french_stemmer": {"type": "stemmer", "language": "french"},
                # Plural and feminine forms stemmed like the word: search/french.py's rules.
                **{
                    name: {"type": "pattern_replace", "pattern": pattern, "replacement": repl}
                    for name, pattern, repl in BEFORE_STEM_RULES + AFTER_STEM_RULES
                },
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "french_elision",
                        "lowercase",
                        "asciifolding",
                        "french_stop",
                        *[name for name, _, _ in BEFORE_STEM_RULES],
                        "french_stemmer",
                        *[name for name, _, _ in AFTER_STEM_RULES],
                    ],
                },
                "edgengram_analyzer": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["french_elision", "asciifolding", "lowercase", "edgengram"],
                },
            },
        }
    }
}
