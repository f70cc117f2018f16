"""Illustrations and documents of the demo, drawn with Pillow (the demo never downloads anything).

Each illustration is a simple composition of coloured shapes with a French title; each document is a
short PDF set in DejaVu. Both are stored as Wagtail images and documents, found again by their title
so that running the demo twice never duplicates them.
"""

import io
import math
import random
from functools import cache
from pathlib import Path

from django.core.files.base import File
from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

COLLECTION_NAME = "Contenus de démonstration"
TAG = "démonstration"

WIDTH, HEIGHT = 1200, 675
BAND_HEIGHT = 215

# background, accents, band colour, text colour
PALETTES = {
    "bleu": ("#1f4e9c", ["#6fa8ff", "#ffd166", "#ef476f", "#ffffff"], "#f4f6fb", "#14213d"),
    "corail": ("#e4572e", ["#ffc857", "#2e4057", "#f3a712", "#ffffff"], "#fff6f0", "#2e1a12"),
    "marine": ("#14213d", ["#fca311", "#e5e5e5", "#4ea8de", "#ef476f"], "#f5f5f0", "#14213d"),
    "vert": ("#2a9d8f", ["#e9c46a", "#264653", "#f4a261", "#ffffff"], "#f1f8f6", "#1d3b36"),
    "ocre": ("#c97c1d", ["#fff3b0", "#335c67", "#9e2a2b", "#ffffff"], "#fdf8ef", "#3a2a10"),
    "violet": ("#5a3e85", ["#f7b267", "#f4845f", "#a0c4ff", "#ffffff"], "#f6f3fa", "#271a3b"),
}

FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
]


@cache
def font(size, bold=False):
    """DejaVu Sans when installed (it has every French accent), Pillow's own font otherwise."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for directory in FONT_DIRS:
        path = directory / name
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def hex_to_rgba(value, alpha=255):
    value = value.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16), alpha)


def wrap(text, text_font, max_width):
    """Split `text` into lines no wider than `max_width` pixels."""
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if text_font.getlength(candidate) <= max_width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


# --- Motifs: each draws on a transparent layer over the illustration area -------------------------


def _circles(draw, rng, accents, area):
    x0, y0, x1, y1 = area
    for _ in range(9):
        radius = rng.randint(60, 170)
        cx, cy = rng.randint(x0, x1), rng.randint(y0, y1)
        draw.ellipse(
            (cx - radius, cy - radius, cx + radius, cy + radius),
            fill=hex_to_rgba(rng.choice(accents), 150),
        )


def _waves(draw, rng, accents, area):
    x0, y0, x1, y1 = area
    for index in reversed(range(6)):
        colour = hex_to_rgba(accents[index % len(accents)], 190)
        base = y1 - index * 55
        amplitude, phase = rng.randint(15, 40), rng.random() * math.tau
        points = [(x, base - amplitude * math.sin(x / 90 + phase)) for x in range(x0, x1 + 20, 20)]
        draw.polygon([*points, (x1, y1 + 10), (x0, y1 + 10)], fill=colour)


def _seats(draw, rng, accents, area):
    x0, y0, x1, y1 = area
    for row in range(4):
        for column in range(12):
            left = x0 + 60 + column * 90 + (45 if row % 2 else 0)
            top = y0 + 60 + row * 95
            colour = hex_to_rgba(rng.choice(accents), 200)
            draw.rounded_rectangle((left, top, left + 62, top + 60), radius=18, fill=colour)
    for _ in range(3):
        radius = rng.randint(40, 70)
        cx, cy = rng.randint(x0, x1), rng.randint(y0, y1)
        draw.ellipse(
            (cx - radius, cy - radius, cx + radius, cy + radius),
            outline=hex_to_rgba("#ffffff", 220),
            width=6,
        )


def _blocks(draw, rng, accents, area):
    x0, y0, x1, y1 = area
    columns, rows = 5, 3
    width, height = (x1 - x0 - 120) // columns, (y1 - y0 - 80) // rows
    for row in range(rows):
        for column in range(columns):
            left, top = x0 + 60 + column * width, y0 + 40 + row * height
            inset = rng.randint(8, 22)
            draw.rounded_rectangle(
                (left + inset, top + inset, left + width - inset, top + height - inset),
                radius=rng.randint(6, 30),
                fill=hex_to_rgba(rng.choice(accents), 210),
            )


def _books(draw, rng, accents, area):
    x0, y0, x1, y1 = area
    for index in range(4):
        left = x0 + 80 + index * 270
        top = y0 + 90 + rng.randint(0, 60)
        colour = hex_to_rgba(accents[index % len(accents)], 220)
        draw.polygon(
            [(left, top), (left + 110, top + 20), (left + 110, top + 200), (left, top + 180)],
            fill=colour,
        )
        draw.polygon(
            [
                (left + 110, top + 20),
                (left + 220, top),
                (left + 220, top + 180),
                (left + 110, top + 200),
            ],
            fill=hex_to_rgba(accents[(index + 1) % len(accents)], 220),
        )
    # Two silhouettes: an elder and a child reading together.
    white = hex_to_rgba("#ffffff", 230)
    draw.ellipse((x1 - 250, y0 + 40, x1 - 190, y0 + 100), fill=white)
    draw.rounded_rectangle((x1 - 265, y0 + 105, x1 - 175, y0 + 260), radius=30, fill=white)
    draw.ellipse((x1 - 150, y0 + 120, x1 - 110, y0 + 160), fill=white)
    draw.rounded_rectangle((x1 - 160, y0 + 165, x1 - 100, y0 + 260), radius=20, fill=white)


def _bars(draw, rng, accents, area):
    x0, y0, x1, y1 = area
    count = 9
    width = (x1 - x0 - 160) // count
    for index in range(count):
        height = rng.randint(80, y1 - y0 - 60)
        left = x0 + 80 + index * width
        draw.rounded_rectangle(
            (left + 12, y1 - height, left + width - 12, y1 + 20),
            radius=14,
            fill=hex_to_rgba(rng.choice(accents), 220),
        )


def _path(draw, rng, accents, area):
    x0, y0, x1, y1 = area
    points = []
    for index in range(8):
        x = x0 + 90 + index * (x1 - x0 - 180) // 7
        y = (y0 + y1) // 2 + int(90 * math.sin(index * 0.9 + rng.random()))
        points.append((x, y))
    draw.line(points, fill=hex_to_rgba("#ffffff", 200), width=10, joint="curve")
    for index, (x, y) in enumerate(points):
        radius = 34
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            fill=hex_to_rgba(accents[index % len(accents)], 240),
        )
        label = str(index + 1)
        text_font = font(30, bold=True)
        draw.text((x, y), label, font=text_font, fill=hex_to_rgba("#14213d"), anchor="mm")


def _bubbles(draw, rng, accents, area):
    x0, y0, x1, y1 = area
    for index in range(5):
        width, height = rng.randint(220, 360), rng.randint(110, 170)
        left = x0 + 40 + index * (x1 - x0 - 400) // 4
        top = y0 + 30 + (index % 2) * 150
        colour = hex_to_rgba(accents[index % len(accents)], 210)
        draw.rounded_rectangle((left, top, left + width, top + height), radius=40, fill=colour)
        tail_x = left + (40 if index % 2 else width - 80)
        draw.polygon(
            [
                (tail_x, top + height - 5),
                (tail_x + 40, top + height - 5),
                (tail_x + 10, top + height + 40),
            ],
            fill=colour,
        )


def _stars(draw, rng, accents, area):
    x0, y0, x1, y1 = area
    cx, cy, ring = (x0 + x1) // 2, (y0 + y1) // 2, 150
    for index in range(12):
        angle = index * math.tau / 12
        sx, sy = cx + ring * math.cos(angle), cy + ring * math.sin(angle)
        points = []
        for point in range(10):
            radius = 22 if point % 2 == 0 else 9
            a = point * math.pi / 5 - math.pi / 2
            points.append((sx + radius * math.cos(a), sy + radius * math.sin(a)))
        draw.polygon(points, fill=hex_to_rgba("#ffd166", 240))
    for _ in range(6):
        radius = rng.randint(30, 80)
        px, py = (
            rng.choice([rng.randint(x0, cx - 260), rng.randint(cx + 260, x1)]),
            rng.randint(y0, y1),
        )
        draw.ellipse(
            (px - radius, py - radius, px + radius, py + radius),
            fill=hex_to_rgba(rng.choice(accents), 150),
        )


def _network(draw, rng, accents, area):
    x0, y0, x1, y1 = area
    nodes = [(rng.randint(x0 + 80, x1 - 80), rng.randint(y0 + 60, y1 - 40)) for _ in range(4)]
    small = [(rng.randint(x0, x1), rng.randint(y0, y1)) for _ in range(14)]
    for index, (x, y) in enumerate(nodes):
        for other in nodes[index + 1 :]:
            draw.line([(x, y), other], fill=hex_to_rgba("#ffffff", 200), width=8)
        for sx, sy in small[index::4]:
            draw.line([(x, y), (sx, sy)], fill=hex_to_rgba("#ffffff", 110), width=3)
    for sx, sy in small:
        draw.ellipse(
            (sx - 10, sy - 10, sx + 10, sy + 10), fill=hex_to_rgba(rng.choice(accents), 230)
        )
    for index, (x, y) in enumerate(nodes):
        radius = 58
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            fill=hex_to_rgba(accents[index % len(accents)], 245),
        )


MOTIFS = {
    "circles": _circles,
    "waves": _waves,
    "seats": _seats,
    "blocks": _blocks,
    "books": _books,
    "bars": _bars,
    "path": _path,
    "bubbles": _bubbles,
    "stars": _stars,
    "network": _network,
}


def render_illustration(title, kicker, palette, motif):
    """A 1200×675 PNG: the motif on a coloured field, the kicker and the title on a light band."""
    background, accents, band, ink = PALETTES[palette]
    rng = random.Random(f"{title}|{motif}")
    canvas = PillowImage.new("RGBA", (WIDTH, HEIGHT), hex_to_rgba(background))
    layer = PillowImage.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    MOTIFS[motif](ImageDraw.Draw(layer), rng, accents, (0, 0, WIDTH, HEIGHT - BAND_HEIGHT))
    canvas = PillowImage.alpha_composite(canvas, layer)

    draw = ImageDraw.Draw(canvas)
    top = HEIGHT - BAND_HEIGHT
    draw.rectangle((0, top, WIDTH, HEIGHT), fill=hex_to_rgba(band))
    draw.rectangle((0, top, 18, HEIGHT), fill=hex_to_rgba(accents[0]))
    draw.text(
        (60, top + 28), kicker.upper(), font=font(22, bold=True), fill=hex_to_rgba(background)
    )
    title_font = font(40, bold=True)
    lines = wrap(title, title_font, WIDTH - 120)
    if len(lines) > 2:
        title_font = font(32, bold=True)
        lines = wrap(title, title_font, WIDTH - 120)[:3]
    y = top + 68
    for line in lines:
        draw.text((60, y), line, font=title_font, fill=hex_to_rgba(ink))
        y += title_font.size + 10
    draw.text(
        (WIDTH - 60, HEIGHT - 24),
        "Territoires en commun",
        font=font(18),
        fill=hex_to_rgba(ink),
        anchor="rs",
    )

    buffer = io.BytesIO()
    canvas.convert("RGB").save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def render_document(title, paragraphs):
    """A short A4 PDF (100 dpi) from (kind, text) pairs: h1, h2, p or li."""
    page_width, page_height, margin = 827, 1169, 72
    styles = {
        "h1": (font(30, bold=True), 18),
        "h2": (font(21, bold=True), 12),
        "p": (font(15), 10),
        "li": (font(15), 6),
    }
    pages = []

    def new_page():
        page = PillowImage.new("RGB", (page_width, page_height), "white")
        pages.append(page)
        page_draw = ImageDraw.Draw(page)
        page_draw.rectangle((0, 0, page_width, 14), fill="#1f4e9c")
        page_draw.text(
            (page_width - margin, page_height - 40),
            f"Territoires en commun — ANCT · page {len(pages)}",
            font=font(12),
            fill="#555555",
            anchor="rs",
        )
        return page_draw

    draw, y = new_page(), margin
    for kind, text in paragraphs:
        text_font, spacing = styles[kind]
        indent = 28 if kind == "li" else 0
        lines = wrap(text, text_font, page_width - 2 * margin - indent)
        height = len(lines) * (text_font.size + 6) + spacing
        if kind in ("h1", "h2"):
            height += 3 * (styles["p"][0].size + 6)  # a heading stays with the start of its text
        if y + height > page_height - margin - 30:
            draw, y = new_page(), margin
        if kind == "h2":
            y += 10
        for index, line in enumerate(lines):
            if kind == "li" and index == 0:
                draw.text((margin + 6, y), "•", font=text_font, fill="#1f4e9c")
            draw.text(
                (margin + indent, y),
                line,
                font=text_font,
                fill="#14213d" if kind != "p" else "#222222",
            )
            y += text_font.size + 6
        y += spacing

    buffer = io.BytesIO()
    pages[0].save(
        buffer,
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=100,
        title=title,
        author="ANCT",
        creator="Territoires en commun",
    )
    return buffer.getvalue()


def demo_collection():
    """The collection that holds the demo's images and documents (created once)."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


def ensure_image(title, description, kicker, palette, motif, collection):
    """The Wagtail image titled `title`, drawn and saved if missing. Returns (image, status)."""
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).order_by("pk").first()
    if image is not None:
        if image.description != description:
            image.description = description
            image.save(update_fields=["description"])
            return image, "updated"
        return image, "unchanged"
    data = render_illustration(title, kicker, palette, motif)
    image = image_model(title=title, description=description, collection=collection)
    image.file = ImageFile(io.BytesIO(data), name=f"{slugify(title)[:80]}.png")
    image._set_image_file_metadata()
    image.save()
    image.tags.add(TAG)
    return image, "created"


def ensure_document(title, filename, paragraphs, collection):
    """The Wagtail document titled `title`, typeset and saved if missing. Returns (document, status)."""
    document_model = get_document_model()
    document = document_model.objects.filter(title=title).order_by("pk").first()
    if document is not None:
        return document, "unchanged"
    document = document_model(title=title, collection=collection)
    document.file = File(io.BytesIO(render_document(title, paragraphs)), name=filename)
    document._set_document_file_metadata()
    document.save()
    document.tags.add(TAG)
    return document, "created"
