"""Make docs/gallery.md: contact sheets of the rendered demo (16:9 and 9:16) and one strip per
effect and per transition, every picture taken from a real render.

Usage (after `make demo`): python docs/make_gallery.py [--demo out/demo.mp4]
        [--vertical out/demo-9x16.mp4]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "gallery"
STRIP_FRAMES = (0, 3, 6, 9, 12, 15)


def frames_at(path: Path, times_s: list[float]) -> list:
    """PIL images of the frames shown at ``times_s`` (decoded in one pass)."""
    import av

    want, got = sorted(times_s), []
    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            while want and f.time is not None and f.time + 1e-6 >= want[0]:
                got.append(f.to_image())
                want.pop(0)
    return got


def sheet(images: list, cols: int, thumb: tuple[int, int], labels: list[str]) -> object:
    from PIL import Image, ImageDraw

    rows = (len(images) + cols - 1) // cols
    out = Image.new("RGB", (cols * thumb[0], rows * (thumb[1] + 16)), (20, 20, 24))
    draw = ImageDraw.Draw(out)
    for i, (im, label) in enumerate(zip(images, labels, strict=True)):
        x, y = i % cols * thumb[0], i // cols * (thumb[1] + 16)
        out.paste(im.resize(thumb), (x, y + 16))
        draw.text((x + 4, y + 2), label, fill=(230, 230, 230))
    return out


def contact(path: Path, name: str, step_s: float, cols: int, thumb: tuple[int, int]) -> str:
    import av

    with av.open(str(path)) as c:
        dur = float(c.duration or 0) / 1e6
    # mid-shot times: cuts land on whole seconds, so whole-second samples would all be cut
    # frames (where flashes and dips peak) and misrepresent the video
    times = [round((i + 0.5) * step_s, 3) for i in range(int(dur / step_s))]
    ims = frames_at(path, times)
    sheet(ims, cols, thumb, [f"{t:.1f} s" for t in times[:len(ims)]]).save(
        OUT / f"{name}.png")
    return f"![{name}](gallery/{name}.png)"


def _timeline(still: Path, effects: tuple, transition: tuple[str, int] | None) -> object:
    from render.timeline import OutputSettings, Timeline, Transition, VideoSegment

    out = OutputSettings(width=320, height=180, fps=Fraction(30), preset="ultrafast", crf=16)
    if transition is None:
        return Timeline(output=out, total_frames=16,
                        segments=(VideoSegment(str(still[0]), 0, 16, effects=effects),))
    kind, n = transition
    return Timeline(output=out, total_frames=16, segments=(
        VideoSegment(str(still[0]), 0, 8), VideoSegment(str(still[1]), 8, 8,
                                                        transition_in=Transition(kind, n))))


def strips(tmp: Path) -> list[str]:
    """One row per effect (param ramped 0 -> max over 16 frames) and per transition."""
    from PIL import Image

    from providers.local.procedural import render_array
    from render.effects import PIXEL_EFFECTS, get_effect
    from render.encode import render_timeline
    from render.timeline import Curve, Effect
    from render.transitions import BUILTIN

    stills = []
    for i, prompt in enumerate(("a lighthouse at night under the northern lights",
                                "neon city at night")):
        Image.fromarray(render_array(prompt, 4, 640, 360)).save(tmp / f"s{i}.png")
        stills.append(tmp / f"s{i}.png")
    ramp = {"fps": "30", "values": [k / 15 for k in range(16)]}
    rows, labels = [], []
    for name in PIXEL_EFFECTS:
        defn = get_effect(name)
        main = defn.params[0]
        eff = Effect(name, params={main.name: main.default * 0 if main.min <= 0 else main.min},
                     drivers=({"param": main.name, "source": "curve", "curve": ramp,
                               "amount": _reach(name, main.max)},))
        path = render_timeline(_timeline(stills, (eff,), None), tmp / f"{name}.mp4").path
        rows.append(frames_at(path, [k / 30 for k in STRIP_FRAMES]))
        labels.append(f"effect {name}: {main.name} ramps up left to right")
    for kind in BUILTIN:
        path = render_timeline(_timeline(stills, (), (kind, 10)), tmp / f"{kind}.mp4").path
        rows.append(frames_at(path, [k / 30 for k in (3, 5, 7, 8, 9, 12)]))
        labels.append(f"transition {kind} (10 frames, cut at frame 8)")
    _ = Curve  # the ramp above is Curve.to_dict()'s form
    lines = []
    for row, label in zip(rows, labels, strict=True):
        name = label.split(":")[0].split(" (")[0].replace(" ", "-")
        sheet(row, len(row), (160, 90), [""] * len(row)).save(OUT / f"{name}.png")
        lines.append(f"**{label}**\n\n![{name}](gallery/{name}.png)\n")
    return lines


def visualizer_strips(tmp: Path) -> list[str]:
    """One row per gen.visualizer style: the recipe rendered from the demo song (from 8 s),
    every 10th frame."""
    from render.encode import render_timeline
    from render.timeline import OutputSettings, Timeline, VideoSegment
    from render.visualizer import STYLES

    song = ROOT / "assets" / "demo" / "song.flac"
    out = OutputSettings(width=320, height=180, fps=Fraction(30), preset="ultrafast", crf=16)
    lines = []
    for style in STYLES:
        visual = {"style": style, "palette": "aurora", "start_s": 8.0, "duration_s": 2.0}
        tl = Timeline(output=out, total_frames=60,
                      segments=(VideoSegment(str(song), 0, 60, visual=visual),))
        path = render_timeline(tl, tmp / f"vis-{style}.mp4").path
        row = frames_at(path, [k / 30 for k in range(0, 60, 10)])
        sheet(row, len(row), (160, 90), [""] * len(row)).save(OUT / f"visualizer-{style}.png")
        lines.append(f"**visualizer {style}: every 10th frame from 8 s of the demo song**\n\n"
                     f"![visualizer-{style}](gallery/visualizer-{style}.png)\n")
    return lines


def _reach(name: str, top: float) -> float:
    """How far the strip drives the main param (full range is not always a useful look)."""
    return {"zoom_punch": 0.4, "shake": 1.0, "rgb_split": 0.03, "blur": 0.4, "exposure": 2.0,
            "hue_shift": 180.0, "glitch": 1.0, "grade": 0.5}.get(name, top)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--demo", default=str(ROOT / "out" / "demo.mp4"))
    ap.add_argument("--vertical", default=str(ROOT / "out" / "demo-9x16.mp4"))
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    md = ["# Gallery", "", "Made by `python docs/make_gallery.py` from real renders: the demo "
          "(`make demo`) and one short render per effect and transition.", ""]
    if Path(args.demo).exists():
        md += ["## Demo, 16:9 (one frame per second)", "",
               contact(Path(args.demo), "demo-16x9", 1.0, 8, (240, 135)), ""]
    if Path(args.vertical).exists():
        md += ["## Demo, 9:16 (one frame every 2 s)", "",
               contact(Path(args.vertical), "demo-9x16", 2.0, 10, (108, 192)), ""]
    with tempfile.TemporaryDirectory() as tmp:
        md += ["## Effects and transitions", "", *strips(Path(tmp))]
        md += ["## Visualizer styles (gen.visualizer, aurora palette)", "",
               *visualizer_strips(Path(tmp))]
    (ROOT / "docs" / "gallery.md").write_text("\n".join(md) + "\n")
    print(f"wrote {ROOT / 'docs' / 'gallery.md'}")


if __name__ == "__main__":
    main()
