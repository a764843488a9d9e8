"""Illustrations for the demo news, drawn with Pillow: no photo is downloaded or shipped.

Each is a calm banded landscape (sky, hills, a red band) in one of a few palettes, enough for
the listings' thumbnails and the home page's featured story to show what they look like.
"""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

SIZE = (1200, 675)
# sky, far hills, near hills, band
PALETTES = [
    ("#dbeafe", "#60a5fa", "#1e3a8a", "#9b1c1c"),
    ("#fef3c7", "#f59e0b", "#92400e", "#7f1d1d"),
    ("#dcfce7", "#4ade80", "#166534", "#9b1c1c"),
    ("#f3e8ff", "#a78bfa", "#4c1d95", "#b91c1c"),
]


def _draw(palette_index):
    sky, far, near, band = PALETTES[palette_index % len(PALETTES)]
    width, height = SIZE
    picture = PillowImage.new("RGB", SIZE, sky)
    draw = ImageDraw.Draw(picture)
    draw.ellipse((width * 0.7, height * 0.1, width * 0.82, height * 0.31), fill="#fde68a")
    far_ridge = [(0, 0.62), (0.3, 0.35), (0.6, 0.6), (0.85, 0.4), (1, 0.58), (1, 1), (0, 1)]
    near_ridge = [(0, 0.8), (0.45, 0.55), (1, 0.82), (1, 1), (0, 1)]
    for ridge, colour in ((far_ridge, far), (near_ridge, near)):
        draw.polygon([(x * width, y * height) for x, y in ridge], fill=colour)
    draw.rectangle((0, height * 0.9, width, height), fill=band)
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=80)
    return buffer


def demo_image(title, palette_index):
    """The demo picture called ``title``, drawn once; its title is the article page's alt text."""
    model = get_image_model()
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    if Collection.get_first_root_node() is None:  # a flushed database (browser tests) has none
        Collection.add_root(name="Root")
    image = model(title=title)
    image.file = ImageFile(_draw(palette_index), name=f"demo-{palette_index}.jpg")
    image.save()
    return image
