"""Render the second development beat set ("real-dev2"), for tuning the tracker.

Same renderer as /work/shared/data/realbeats-dev/make_dev_set.py (public-domain scores from
the music21 corpus, our tempo maps, FluidR3_GM via fluidsynth, exact beat grids), with pieces
disjoint from both the dev set and the held-out set (benchmarks/make_realbeats_heldout.py),
and two additions aimed at the issue's failure patterns:

- ``swing``: the score's eighths are played swung (the off-beat eighth of every quarter moves
  from 1/2 to ``swing`` of the quarter) through the MIDI timing itself, so with ``drums="rock"``
  the hats shuffle too;
- drum styles ``trance`` (kick on every beat, open hat on the "and", sixteenth hats, clap on
  2 and 4) and ``hiphop`` (kick on 1, the "and" of 2 and on 3, snare on 2 and 4, eighth hats).

Needs the same environment as the held-out script (music21, pretty_midi, soundfile, numpy;
apt fluidsynth, fluid-soundfont-gm, ffmpeg). Usage:

    python benchmarks/make_realbeats_dev2.py [OUTDIR] [NAME ...]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-dev2)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

DEV_DIR = Path(os.environ.get("MVSTUDIO_REALBEATS_DEV", "/work/shared/data/realbeats-dev"))
PIANO, VIOLIN, VIOLA, CELLO, HARPSICHORD = 0, 40, 41, 42, 6
QUARTET = [VIOLIN, VIOLIN, VIOLA, CELLO]
BRASS = [56, 57, 60, 58]
RYAN = "traditional (Ryan's Mammoth Collection, 1883)"
ESSEN = "traditional (Essen folksong collection)"

PIECES: list[dict[str, Any]] = [
    dict(name="mozart_k156_m3", src="mozart/k156/movement3.mxl", title="String Quartet K. 156, III.",
         composer="W. A. Mozart", style="quartet minuet, 3/4", qpm=126, programs=QUARTET, bar=0, dur=40),
    dict(name="haydn_op74n1_m2", src="haydn/opus74no1/movement2.mxl",
         title="String Quartet Op. 74 No. 1, II.", composer="Joseph Haydn",
         style="quartet andantino, 3/8 (beat = eighth)", qpm=62, programs=QUARTET, bar=0, dur=40),
    dict(name="mozart_k155_m3", src="mozart/k155/movement3.mxl", title="String Quartet K. 155, III.",
         composer="W. A. Mozart", style="quartet finale", qpm=150, programs=QUARTET, bar=0, dur=40),
    dict(name="mozart_k155_m1", src="mozart/k155/movement1.mxl", title="String Quartet K. 155, I.",
         composer="W. A. Mozart", style="quartet allegro on piano (four hands)", qpm=132,
         programs=PIANO, bar=0, dur=40),
    dict(name="chopin_mazurka_6_2", src="chopin/mazurka06-2.krn", title="Mazurka Op. 6 No. 2",
         composer="F. Chopin", style="piano mazurka, 3/4", qpm=132, programs=PIANO, bar=0, dur=40),
    dict(name="bach_bwv26_6_brass", src="bach/bwv26.6.mxl", title="Chorale BWV 26.6",
         composer="J. S. Bach", style="chorale on brass", qpm=76, loops=2, programs=BRASS,
         bar=0, dur=40),
    dict(name="bach_bwv269_piano", src="bach/bwv269.mxl", title="Chorale BWV 269",
         composer="J. S. Bach", style="chorale on piano, slowing down", loops=2,
         tempo=[(0, 92), (8, 76)], programs=PIANO, bar=0, dur=40),
    dict(name="amazon_hornpipe_swing", src="ryansMammoth/AmazonHornpipe.abc", title="Amazon Hornpipe",
         composer=RYAN, style="hornpipe on piano, swung eighths, no drums", qpm=176, loops=2,
         programs=PIANO, swing=2 / 3, bar=1, dur=40),
    dict(name="albemarle_hornpipe_shuffle", src="ryansMammoth/AlbemarleHornpipe.abc",
         title="Albemarle Hornpipe", composer=RYAN, style="hornpipe on banjo, shuffle drums",
         qpm=200, loops=2, programs=105, swing=2 / 3, drums="rock", hat_div=4, bar=1, dur=40),
    dict(name="annie_hughes_jig", src="ryansMammoth/AnnieHughesJig.abc", title="Annie Hughes (jig)",
         composer=RYAN, style="6/8 jig on clarinet with drums", qpm=156, loops=2, programs=71,
         drums="rock", bar=1, dur=40),
    dict(name="belle_kitchen_jig", src="ryansMammoth/BelleOfTheKitchenJig.abc",
         title="Belle of the Kitchen (jig)", composer=RYAN, style="6/8 jig on harpsichord, no drums",
         qpm=180, loops=2, programs=HARPSICHORD, bar=1, dur=40),
    dict(name="all_aboard_trance", src="ryansMammoth/AllAboardReel.abc", title="All Aboard (reel)",
         composer=RYAN, style="reel on synth lead over trance drums", qpm=140, loops=2,
         programs=81, drums="trance", bar=1, dur=40),
    dict(name="campbelltown_hiphop", src="ryansMammoth/BellesOfCampbelltownStrathspey.abc",
         title="Belles of Campbelltown (strathspey)", composer=RYAN, style="reel on e-piano over hip-hop drums, swung",
         qpm=88, loops=2, programs=4, swing=0.62, drums="hiphop", bar=1, dur=40),
    dict(name="bobtaylors_clog", src="ryansMammoth/BobTaylorsClog.abc", title="Bob Taylor's Clog",
         composer=RYAN, style="clog on piano, no drums", qpm=180, loops=2, programs=PIANO, bar=1, dur=40),
    dict(name="boehme_song", src="essenFolksong/boehme10.abc", number=5, title="Boehme folk song",
         composer=ESSEN, style="folk song on accordion, rock drums", qpm=168, loops=3,
         programs=21, drums="rock", bar=1, dur=40),
    dict(name="bannocks_jig", src="ryansMammoth/BannocksOBarleyMealJig.abc",
         title="Bannocks o' Barley Meal (jig)", composer=RYAN, style="6/8 jig on guitar with drums",
         qpm=165, loops=2, programs=25, drums="rock", bar=1, dur=40),
    dict(name="bonnie_lassie_strathspey", src="ryansMammoth/BonnieLassieStrathspey.abc",
         title="Bonnie Lassie (strathspey)", composer=RYAN, style="strathspey on fiddle, march drums",
         qpm=120, loops=2, programs=110, drums="march", bar=1, dur=40),
]


def _swing_map(base: type, ratio: float) -> type:
    """A TempoMap that plays the off-beat eighth of every quarter at ``ratio`` of the quarter;
    whole quarters (every beat of a non-compound metre) stay where they were."""
    import numpy as np

    class SwingMap(base):  # type: ignore[misc, valid-type]
        def __call__(self, q: Any) -> Any:
            q = np.asarray(q, float)
            whole = np.floor(q + 1e-9)
            frac = np.clip(q - whole, 0.0, 1.0)
            warped = np.where(frac < 0.5, frac * 2 * ratio, ratio + (frac - 0.5) * 2 * (1 - ratio))
            return super().__call__(whole + warped)

    return SwingMap


def _extra_drums(orig: Any) -> Any:
    kick, snare, clap, hat, open_hat = 36, 38, 39, 42, 46

    def drum_part(style: str, beats_q: Any, pos: Any, beat_q: float, per_bar: int,
                  compound: bool, hat_div: int | None) -> list[tuple[float, int, int]]:
        if style not in ("trance", "hiphop"):
            return list(orig(style, beats_q, pos, beat_q, per_bar, compound, hat_div))
        first_down = beats_q[list(pos).index(1)]
        hits: list[tuple[float, int, int]] = []
        for b, p in zip(beats_q, pos, strict=True):
            if b < first_down:
                continue
            if style == "trance":
                hits.append((b, kick, 115))
                if p % 2 == 0:
                    hits.append((b, clap, 95))
                hits.append((b + beat_q / 2, open_hat, 100))
                hits += [(b + beat_q * j / 4, hat, 55) for j in (1, 3)]
            else:
                if p in (1, 3):
                    hits.append((b, kick, 110))
                if p == 2:
                    hits.append((b + beat_q / 2, kick, 100))
                if p % 2 == 0:
                    hits.append((b, snare, 105))
                hits += [(b + beat_q * j / 2, hat, 70 if j == 0 else 55) for j in (0, 1)]
        return hits

    return drum_part


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(DEV_DIR))
    import make_dev_set  # the dev set's own renderer: identical method, other pieces

    base_map, base_build = make_dev_set.TempoMap, make_dev_set.build
    make_dev_set.drum_part = _extra_drums(make_dev_set.drum_part)

    def build(p: dict[str, Any], out: Path, work: Path) -> Any:
        make_dev_set.TempoMap = _swing_map(base_map, p["swing"]) if p.get("swing") else base_map
        return base_build(p, out, work)

    make_dev_set.build = build
    make_dev_set.PIECES = PIECES
    out = argv[1] if len(argv) > 1 else str(
        Path.home() / ".cache" / "mvstudio-eval" / "realbeats-dev2")
    return int(make_dev_set.main(["make_dev_set", out, *argv[2:]]))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
