"""An edition as an e-mail: responsive HTML from MJML (mjml-python) and a plain-text part.

The edition is rendered once per sending; each message only replaces the subscriber's own links
(`MANAGE_URL`), so that rendering stays out of the per-message cost."""

import re
from dataclasses import dataclass
from html import unescape
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.html import strip_tags
from mjml import mjml2html
from wagtail.rich_text import expand_db_html

from cms.visibility import front_end_url
from newsletter.services import links

MANAGE_URL = "https://lettre.invalid/preferences-de-l-abonne"
_RELATIVE_SRC = re.compile(r'(src|href)="(/[^"]*)"')


@dataclass
class RenderedEdition:
    subject: str
    html: str
    text: str
    web_url: str

    def for_subscriber(self, subscriber):
        manage = links.manage_url(subscriber)
        return self.html.replace(MANAGE_URL, manage), self.text.replace(MANAGE_URL, manage)


def _site_absolute(html):
    """Relative links of rich text point at the site; relative images at the CMS's media."""

    def absolute(match):
        attribute, path = match.groups()
        base = settings.API_BASE_URL if attribute == "src" else settings.FRONTEND_URL
        return f'{attribute}="{base.rstrip("/")}{path}"'

    return _RELATIVE_SRC.sub(absolute, html)


def _rich(value):
    return _site_absolute(expand_db_html(value.source if hasattr(value, "source") else str(value)))


def _text_of(html):
    html = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 (\1)", html, flags=re.S)
    html = re.sub(r"<br\s*/?>|</p>|</li>|</h\d>", "\n", html)
    html = re.sub(r"<li[^>]*>", "- ", html)
    text = unescape(strip_tags(html))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.splitlines())).strip()


def _image_url(image, spec="fill-560x280"):
    if image is None:
        return None
    url = image.get_rendition(spec).url
    return settings.API_BASE_URL.rstrip("/") + url if url.startswith("/") else url


def _page_url(page):
    return front_end_url(page.specific) if page is not None else None


def _link_url(link):
    if not link:
        return None
    return _page_url(link.get("page")) if link.get("page") else link.get("url") or None


def _item(title, html="", url=None, image=None, link_label=""):
    return {
        "title": title,
        "html": html,
        "text": _text_of(html) if html else "",
        "url": url,
        "image": image,
        "link_label": link_label or "Lire la suite",
    }


def _page_item(page):
    page = page.specific
    summary = getattr(page, "summary", "") or getattr(page, "search_description", "")
    return _item(page.title, f"<p>{summary}</p>" if summary else "", _page_url(page))


def sections(edition):
    """The edition's sections, each as a heading and items, in the order the editor chose."""
    found = []
    for block in edition.sections:
        kind, value = block.block_type, block.value
        if kind == "intro":
            found.append({"heading": "", "items": [_item("", _rich(value))]})
        elif kind == "concept_of_the_month":
            page = value["concept"]
            found.append(
                {
                    "heading": "Le concept du mois",
                    "items": [
                        _item(page.title if page else "", _rich(value["text"]), _page_url(page))
                    ],
                }
            )
        elif kind == "theme_of_the_month":
            page = value["theme"]
            found.append(
                {
                    "heading": "La thématique du mois",
                    "items": [
                        _item(page.title if page else "", _rich(value["text"]), _page_url(page))
                    ],
                }
            )
        elif kind == "featured_pages":
            found.append(
                {
                    "heading": value["title"],
                    "intro": value.get("intro") or "",
                    "items": [_page_item(page) for page in value["pages"] if page],
                }
            )
        elif kind == "ecosystem_news":
            found.append(
                {
                    "heading": value["title"],
                    "items": [
                        _item(
                            item["title"],
                            _rich(item["text"]),
                            _link_url(item.get("link")),
                            _image_url(item.get("image")),
                            item.get("link_label"),
                        )
                        for item in value["items"]
                    ],
                }
            )
        elif kind == "agenda":
            items = []
            for page in value["events"]:
                if page is None:
                    continue
                event = page.specific
                start = getattr(event, "start", None) or getattr(event, "starts_at", None)
                when = f"<p>{start:%d/%m/%Y}</p>" if start else ""
                items.append(_item(event.title, when, _page_url(event), link_label="S'inscrire"))
            found.append({"heading": value["title"], "items": items})
        elif kind == "next_theme_call":
            cta = value.get("call_to_action")
            item = _item(value["next_theme"], _rich(value["text"]))
            if cta and cta.get("link"):
                item.update(url=_link_url(cta["link"]), link_label=cta["button_label"])
            found.append({"heading": "Contribuez à la prochaine thématique", "items": [item]})
        elif kind == "call_to_action":
            item = _item(value["title"], f"<p>{value.get('text') or ''}</p>")
            item.update(url=_link_url(value["link"]), link_label=value["button_label"])
            found.append({"heading": "", "items": [item]})
    return found


def with_utm(content, campaign, *, html):
    """Adds utm_* to every link towards the site (FRONTEND_URL), in HTML or in plain text."""
    site = settings.FRONTEND_URL.rstrip("/")
    pattern = re.compile(re.escape(site) + r"[^\s\"<>)]*")

    def tag(match):
        parts = urlsplit(unescape(match.group(0)) if html else match.group(0))
        query = dict(parse_qsl(parts.query))
        query.update(utm_source="lettre-d-information", utm_medium="email", utm_campaign=campaign)
        url = urlunsplit(parts._replace(query=urlencode(query)))
        return url.replace("&", "&amp;") if html else url

    return pattern.sub(tag, content)


_BLOCK_TAG = re.compile(r"(?=<(?:/?(?:table|tbody|tr|td|div|p|h\d|ul|ol|li)\b|!--))")


def _wrap(line, limit):
    """Cuts a line at spaces so that no piece exceeds `limit` octets (a word longer stays whole)."""
    pieces, current = [], ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and len(candidate.encode()) > limit:
            pieces.append(current)
            current = word
        else:
            current = candidate
    pieces.append(current)
    return "\n".join(pieces)


def _short_lines(content, limit=900, *, html=True):
    """Breaks the lines longer than SMTP's 998 octets, in HTML between block tags then at spaces
    (where a line break shows as the space it replaces): each part then travels as 8bit, not
    quoted-printable, so each message is the batch's bytes with the subscriber's links swapped in."""
    lines = []
    for line in content.split("\n"):
        if len(line.encode()) > limit and html:
            line = _BLOCK_TAG.sub("\n", line)
        lines.extend(
            _wrap(part, limit) if len(part.encode()) > limit else part for part in line.split("\n")
        )
    return "\n".join(lines)


def render(edition, *, utm=False):
    """Subject, HTML and text of `edition`, with MANAGE_URL standing for each subscriber's link."""
    edition = edition.specific
    context = {
        "edition": edition,
        "sections": sections(edition),
        "web_url": front_end_url(edition),
        "subscribe_url": links.site_url(links.SUBSCRIBE_PATH),
        "manage_url": MANAGE_URL,
        "site_url": settings.FRONTEND_URL.rstrip("/") + "/",
    }
    subject = edition.title
    html = _short_lines(
        mjml2html(render_to_string("newsletter/edition.mjml", context), disable_comments=True)
    )
    text = _short_lines(render_to_string("newsletter/edition.txt", context), html=False)
    if utm:
        campaign = f"lettre-{edition.edition_number}"
        html = with_utm(html, campaign, html=True)
        text = with_utm(text, campaign, html=False)
    return RenderedEdition(subject=subject, html=html, text=text, web_url=context["web_url"])
