"""Index settings that make OpenSearch / Elasticsearch French: elision, folding, stop words, Snowball stems.

Every text field without an analyzer of its own uses the index's `default` analyzer, so defining
it here is enough for modelsearch's mappings; autocomplete keeps modelsearch's edge n-grams, with
elision added (queries are folded by the search service before they are sent).
"""

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
                        "french_stemmer",
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
