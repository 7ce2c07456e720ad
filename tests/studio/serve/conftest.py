"""Fixtures of the serve tests (the helpers live in serve_helpers.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from serve_helpers import slow_fake, start_server  # noqa: E402, F401
