"""Render the quickstart notebook to HTML and take a screenshot with headless Chromium.

For people and for the docs (``docs/img/quickstart.png``); CI does not run it.
Needs Debian's ``chromium`` package (``apt-get install chromium fonts-noto-core``)
and the notebooks extra (nbconvert comes with it).

    python scripts/render_quickstart.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print(
            "chromium is not installed: apt-get install chromium fonts-noto-core", file=sys.stderr
        )
        return 2
    out_png = ROOT / "docs" / "img" / "quickstart.png"
    out_png.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "quickstart.html"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "jupyter",
                "nbconvert",
                "--to",
                "html",
                "--execute",
                "--output",
                str(html),
                str(ROOT / "examples" / "01_quickstart.ipynb"),
            ],
            check=True,
            cwd=ROOT / "examples",
        )
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                f"--screenshot={out_png}",
                "--window-size=1200,1800",
                html.as_uri(),
            ],
            check=True,
        )
    print(f"wrote {out_png}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
