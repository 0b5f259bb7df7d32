"""``python -m newsgraph``: print the report of the embedded seed article."""

from __future__ import annotations

import sys

from newsgraph import seed


def main() -> int:
    """Print the seed article's report and return the exit status."""
    sys.stdout.write(seed().report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
