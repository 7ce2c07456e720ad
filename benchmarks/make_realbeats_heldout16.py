"""Render the sixteenth held-out real-music beat set ("real-heldout16"), pristine: never tuned on.

Made by real-heldout14's method and code (imported, not copied: make_realbeats_heldout7.py's
renderer on make_realbeats_heldout6.py's hooks, bank and kit checks and metadata; the held-out
sets' one disjointness scan, heldout_scan; heldout10_band's style dispatch, unchanged, with this
set's kit table; no earlier set's output is touched): 14 band arrangements (a public-domain
melody over script-written drums, bass and chords in a named style at its usual tempo and
notation) and 12 folk and classical pieces without drums, chosen for the metrical level and
phase: undrummed 2/2 reels and hornpipes on solo instruments, 2/4 polkas, slow 6/8 and 12/8 (a
dotted quarter of 44-52, with and without drums), a 9/8 slip jig, drum-and-bass at 170-176,
half-time trap and drill at 140-144, fast waltzes (band and solo piano), 5/4 twice, deep house,
house, disco and techno with off-beat open hats, ska and one-drop skanks. Four change tempo.
Sound: band parts on MuseScore General, folk and classical on the csound GM bank (real-heldout13's
pair in the other order: every unordered pair of the four GM banks has been used, and this is
the one unused order with no bank of the training renders), drums on 13 Hydrogen kits, each
style on a kit no held-out set played it on (heldout16_pieces.KITS). Scores asserted disjoint
from every excerpt JSON under ``~/.cache/mvstudio-eval/`` (every other held-out set and the
training sets included) and every piece, rejected and tune list of the make_realbeats_* /
heldout*_* scripts (benchmarks/heldout_scan.py). See benchmarks/realbeats-heldout16.md.

    nice -n 19 python benchmarks/make_realbeats_heldout16.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-heldout16)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout_scan import HeldoutSet  # noqa: E402 - sibling script: the method, the scan

SET = HeldoutSet(16)  # its pieces, tunes, kits, folder, scan and main

if __name__ == "__main__":
    sys.exit(SET.main(sys.argv))
