"""`python -m functions.admin_api` rewrites docs/openapi.json from the code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

DOCUMENT = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def render() -> str:
    from functions.admin_api.handler import openapi_json

    return json.dumps(json.loads(openapi_json()), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    from infra.paths import SHARED_PYTHON  # local tooling only: infra is not packaged with the function

    sys.path.insert(0, str(SHARED_PYTHON))
    DOCUMENT.write_text(render(), encoding="utf-8")
    print(f"wrote {DOCUMENT}")
