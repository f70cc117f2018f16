"""What people type, turned into what pages hold: HTML paragraphs and free slugs."""

import re

from django.utils.html import escape
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug

SLUG_MAX_LENGTH = 200


def paragraphs(text):
    """Plain text as HTML paragraphs, escaped: a blank line separates paragraphs, a single line
    break stays a line break."""
    chunks = re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n"))
    return [
        f"<p>{escape(chunk.strip()).replace(chr(10), '<br/>')}</p>"
        for chunk in chunks
        if chunk.strip()
    ]


def paragraphs_html(text):
    return "".join(paragraphs(text))


def free_slug(parent, title, default, ignore_page_id=None):
    """A slug made from `title` that no other child of `parent` uses (`default` when the title
    gives none)."""
    base = slugify(title)[:SLUG_MAX_LENGTH] or default
    return find_available_slug(parent, base, ignore_page_id=ignore_page_id)
