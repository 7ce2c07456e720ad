"""Pool a beat_accuracy.py table: a candidate column against ``ours``, over every set in the file.

Prints the mean beat F of both, the tempo verdicts (acc1: a BPM cell with no ``!`` or ``~``) that
move each way, and the excerpts whose F moves by more than 0.2. The records' "+5/-5" figures come
from here (docs/beat-accuracy/2026-12-03-s25-record.md).

    python benchmarks/column_moves.py TABLE.txt CANDIDATE
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def rows(text: str) -> list[dict[str, str]]:
    """Every excerpt row of every set's table, as {column: cell}."""
    out, columns = [], None
    for line in text.splitlines():
        if line.startswith("| excerpt"):
            columns = [c.strip() for c in line.strip().strip("|").split("|")]
        elif columns and line.startswith("| ") and not line.startswith("|---"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) == len(columns):
                out.append(dict(zip(columns, cells, strict=True)))
    return out


def beat_f(cell: str) -> float:
    return float(cell.split()[0])


def tempo_right(cell: str) -> bool:
    return not re.search(r"\d[!~]", cell)  # the marker follows the BPM; a change mark may follow it


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    table, candidate = Path(argv[1]), argv[2]
    found = rows(table.read_text())
    if not found or candidate not in found[0] or "ours" not in found[0]:
        print(f"{table}: no table with the columns 'ours' and '{candidate}' (a beat_accuracy.py "
              "output run with --tracker-column)", file=sys.stderr)
        return 2
    n = len(found)
    ours = sum(beat_f(r["ours"]) for r in found) / n
    cand = sum(beat_f(r[candidate]) for r in found) / n
    up = [r["excerpt"] for r in found if tempo_right(r[candidate]) and not tempo_right(r["ours"])]
    down = [r["excerpt"] for r in found if tempo_right(r["ours"]) and not tempo_right(r[candidate])]
    right = sum(tempo_right(r["ours"]) for r in found)
    print(f"n={n} beat F ours {ours:.4f} {candidate} {cand:.4f} ({cand - ours:+.4f}); "
          f"acc1 {right} -> {right + len(up) - len(down)} (+{len(up)}/-{len(down)})")
    print("to the right tempo:", ", ".join(up) or "-")
    print("away from it:", ", ".join(down) or "-")
    for r in found:
        if abs(beat_f(r[candidate]) - beat_f(r["ours"])) > 0.2:
            print(f"  F moved: {r['excerpt']} {beat_f(r['ours']):.3f} -> {beat_f(r[candidate]):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
