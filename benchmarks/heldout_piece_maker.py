"""How real-heldout13 and later sets write a piece: an inline tune looped to cover 30 s, band
arrangements on one bank from bar 1, undrummed tunes on another from bar 0 (they repeated these
helpers word for word but for the two banks)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from fractions import Fraction
from typing import Any

from make_realbeats_heldout2 import _p


def synth_kit_names(first_seed: int, count: int) -> Iterator[str]:
    """Kit names for the band pieces of a set that plays freshly seeded synthesized kits
    (benchmarks/synth_kits.py): one seed a piece from ``first_seed``, the families in turn."""
    families = ("acoustic", "analog", "lofi", "fm")  # not synth_kits.FAMILIES' order: the rendered sets fix this one
    for seed in range(first_seed, first_seed + count):
        yield f"synth:{families[(seed - first_seed) % 4]}-{seed}"


class PieceMaker:
    """``piece``, ``band`` and ``tune`` rows for one set: its ``tunes`` (name -> ABC text), its
    ``inline`` metadata, the bank of its band parts and the bank of its undrummed tunes."""

    def __init__(self, tunes: dict[str, str], inline: dict[str, Any], *, band_bank: Any, tune_bank: Any) -> None:
        self.tunes, self.inline, self.band_bank, self.tune_bank = tunes, inline, band_bank, tune_bank

    def piece(self, name: str, tune: str, title: str, composer: str, style: str, **kw: Any) -> dict[str, Any]:
        """One excerpt of 30 s on ``tune``, looped enough times to cover it from its start bar at
        the slowest tempo of the piece, plus one pass to spare."""
        text = self.tunes[tune]
        metre = re.search(r"^M:(\d+)/(\d+)$", text, re.M)
        assert metre, tune
        bar_s = float(Fraction(4 * int(metre[1]), int(metre[2]))) * 60 / (
            float(kw["qpm"]) if "qpm" in kw else float(min(q for _, q in kw["tempo"])))
        loops = math.ceil((30 + bar_s * (kw["bar"] + 1)) / (bar_s * text.split("\n")[-1].count("|"))) + 1
        return _p(name, f"inline:{tune}", title, composer, style, loops=loops, **self.inline, dur=30, **kw)

    def band(self, name: str, tune: str, title: str, composer: str, style: str, drums: str, *, lead: int,
             bass: int, chords: int, **kw: Any) -> dict[str, Any]:
        return self.piece(name, tune, title, composer, style, drums=drums, programs=lead,
                          band=dict(bass=bass, chords=chords), bank=self.band_bank, **{"bar": 1, **kw})

    def tune(self, name: str, tune: str, title: str, composer: str, style: str, **kw: Any) -> dict[str, Any]:
        return self.piece(name, tune, title, composer, style, bank=self.tune_bank, **{"bar": 0, **kw})


def kit_band(maker: PieceMaker, kits: Iterator[str]) -> Callable[..., dict[str, Any]]:
    """``maker.band`` for a set whose drummed pieces each play their own synthesized kit
    (``band["kit"]``): every call takes the next name of ``kits`` (:func:`synth_kit_names`)."""

    def band(name: str, tune: str, title: str, composer: str, style: str, drums: str, **kw: Any) -> dict[str, Any]:
        piece = maker.band(name, tune, title, composer, style, drums, **kw)
        piece["band"]["kit"] = next(kits)
        return piece

    return band
