"""The local stack: the whole system on one laptop (`python -m local`, `make run`)."""

import sys
from pathlib import Path

# The shared Lambda layer is importable as it is on Lambda (/opt/python), whatever the caller's path.
_LAYER = str(Path(__file__).resolve().parent.parent / "layers" / "shared" / "python")
if _LAYER not in sys.path:
    sys.path.append(_LAYER)
