"""``python -m politique_ville``: the command line (see :mod:`politique_ville.cli`)."""

from __future__ import annotations

import os
import sys

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main(prog=f"{os.path.basename(sys.executable) or 'python'} -m politique_ville"))
