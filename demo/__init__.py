"""Demo content of Territoires en commun, built from the programme's own documents.

`content` holds the facts as data, `images` draws the illustrations, `builder` puts everything in
the database idempotently; `manage.py load_demo` runs it.
"""
