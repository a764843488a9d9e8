#!/usr/bin/env python
import os
import sys
from pathlib import Path

if __name__ == "__main__":
    # The example project lives beside the package; make both importable from anywhere.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
