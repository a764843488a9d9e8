"""The package's sub-apps, found on disk (a folder with an ``apps.py``), never listed by hand."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "wagtail_emulation"

#: ``wagtail_vi`` only carries translations of Wagtail's own admin.
SUBAPPS = sorted(
    path.parent.name for path in PACKAGE.glob("*/apps.py") if path.parent.name != "wagtail_vi"
)
