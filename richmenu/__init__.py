"""The LINE rich menu of the official account: its definition (`richmenu.menu`), the image drawn
offline from it (`richmenu.image`, Pillow; committed as `richmenu/richmenu.png`) and the command
that creates it through the Messaging API and makes it the default menu (`richmenu.deploy`).

    python -m richmenu create [--endpoint URL] [--data-endpoint URL]   # make rich-menu
    python -m richmenu image                                           # make rich-menu-image
"""

import sys
from pathlib import Path

# The shared Lambda layer (linecrm: settings, secrets) importable as the functions have it.
_LAYER = str(Path(__file__).resolve().parent.parent / "layers" / "shared" / "python")
if _LAYER not in sys.path:
    sys.path.append(_LAYER)
