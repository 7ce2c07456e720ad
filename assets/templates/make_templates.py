"""Write the starter templates (File > New from template) and their small assets.

Run from the repository root: ``python assets/templates/make_templates.py``.
Every template uses node types that ship with mvstudio and local models only,
so it renders offline with no API keys; swap a ``model`` param to a hosted one
(fal, Replicate, ElevenLabs, …) when you want. Paths are relative to this folder;
the studio makes them absolute when it opens a template.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

SONG = "../demo/song.flac"
W, H = 1280, 720
LYRICS = """[ti:Northern Lights (demo song)]
[00:02.00]light on the water
[00:06.00]keeper of the shore
[00:10.00]waiting for the colours
[00:14.00]that were here before
[00:18.00]green across the sky now
[00:22.00]singing as they go
[00:26.00]northern lights above me
[00:30.00]dancing on the snow
[00:34.00]light on the water
"""

Spec = tuple[str, str, dict]  # id, type, params
LinkSpec = tuple[str, str, str, str]

BEAT_TO_PICTURES: list[Spec] = [
    ("song", "input.audio", {"path": SONG}),
    ("beats", "audio.analyze", {}),
    ("cuts", "audio.cut_plan", {"every": 1, "unit": "bar", "min_shot_s": 1.0,
                                "max_shot_s": 6.0, "fps": "30"}),
    ("scenes", "text.scenes", {"mode": "per_shot", "model": "local:template", "seed": 1}),
    ("images", "gen.image", {"model": "local:procedural", "seed": 7, "width": W, "height": H}),
    ("clips", "comp.kenburns", {"duration_s": 2.5, "motion": "auto", "width": W, "height": H,
                                "fps": "30"}),
    ("montage", "comp.montage", {"order": "cycle", "fit": "cover", "policy": "hold",
                                 "transition": "cut"}),
]
BEAT_LINKS: list[LinkSpec] = [
    ("song", "audio", "beats", "audio"), ("beats", "beats", "cuts", "beats"),
    ("theme", "text", "scenes", "theme"), ("beats", "beats", "scenes", "beats"),
    ("cuts", "plan", "scenes", "plan"), ("scenes", "scenes", "images", "prompt"),
    ("images", "image", "clips", "image"), ("clips", "video", "montage", "clips"),
    ("cuts", "plan", "montage", "plan"), ("montage", "timeline", "render", "timeline"),
    ("song", "audio", "render", "audio"),
]


def _render(name: str) -> Spec:
    return ("render", "out.render", {"path": f"out/{name}.mp4", "preset": "720p",
                                     "fade_out_s": 1.0})


_VIS = {"cuts": {"every": 2, "unit": "beat", "min_shot_s": 0.5, "max_shot_s": 4.0},
        "clips": {"duration_s": 1.2, "zoom_from": 1.0, "zoom_to": 1.35},
        "montage": {"transition": "crossfade", "transition_frames": 6}}

TEMPLATES: dict[str, dict] = {
    "lyric-video": {
        "title": "Lyric video",
        "description": "The song's timed lyrics (.lrc) over pictures cut to the bars. "
                       "Replace lyrics.lrc and the song with yours.",
        "nodes": [("theme", "input.text", {"text": "a lighthouse under the northern lights"}),
                  *BEAT_TO_PICTURES, ("lyrics", "input.lyrics", {"path": "lyrics.lrc"}),
                  _render("lyric-video")],
        "links": [*BEAT_LINKS, ("lyrics", "captions", "render", "captions")],
    },
    "visualizer": {
        "title": "Visualizer",
        "description": "Fast cuts on every second beat, strong zooms, crossfades: a "
                       "beat-driven loop of abstract pictures for a release teaser.",
        "nodes": [("theme", "input.text", {"text": "neon waves, abstract, pulsing light"}),
                  *[(i, t, {**p, **_VIS.get(i, {})}) for i, t, p in BEAT_TO_PICTURES],
                  _render("visualizer")],
        "links": BEAT_LINKS,
    },
    "ai-slideshow": {
        "title": "AI slideshow",
        "description": "One generated picture per shot from a theme, with Ken Burns motion. "
                       "Set the images' model to a hosted one for real pictures.",
        "nodes": [("theme", "input.text", {"text": "a lighthouse keeper who dreams of the "
                                                   "northern lights"}),
                  *BEAT_TO_PICTURES, _render("ai-slideshow")],
        "links": BEAT_LINKS,
    },
    "footage-montage": {
        "title": "Footage montage",
        "description": "Your picture animated into a clip per shot (image-to-video), cut to "
                       "the bars. Replace still.png with your footage still.",
        "nodes": [("theme", "input.text", {"text": "slow camera move along the coast"}),
                  ("footage", "input.image", {"path": "still.png"}),
                  *[n for n in BEAT_TO_PICTURES if n[0] not in ("images", "clips")],
                  ("clips", "gen.video", {"model": "local:motion", "seed": 3, "width": W,
                                          "height": H, "duration_s": 2.5}),
                  _render("footage-montage")],
        "links": [lk for lk in BEAT_LINKS if lk[2] not in ("images", "clips")]
                 + [("footage", "image", "clips", "image"), ("scenes", "scenes", "clips",
                                                             "prompt")],
    },
    "narrated-short": {
        "title": "Narrated short",
        "description": "A narrator reads your script (offline voice, word-timed captions) "
                       "over pictures and the song, ducked under the voice.",
        "nodes": [("theme", "input.text", {"text": "a quiet harbour town at dawn"}),
                  ("script", "input.text", {"text": "Every night the keeper climbs the stairs. "
                                                    "Every night the sky answers in green."}),
                  ("voice", "gen.speech", {"model": "local:espeak", "voice": ""}),
                  *BEAT_TO_PICTURES,
                  ("render", "out.render", {"path": "out/narrated-short.mp4", "preset": "720p",
                                            "fade_out_s": 1.0, "duck_db": -9.0,
                                            "voice_start_s": 1.0})],
        "links": [*BEAT_LINKS, ("script", "text", "voice", "text"),
                  ("voice", "audio", "render", "voice"),
                  ("voice", "captions", "render", "captions")],
    },
}


def build(name: str, spec: dict) -> dict:
    from nodes.document import dumps
    from nodes.graph import Graph, Link, Node
    from nodes.registry import default_registry
    from studio.gui.layout import layered_positions

    registry = default_registry()
    g = Graph()
    for nid, type_id, params in spec["nodes"]:
        node_spec = registry.get(type_id)
        assert node_spec is not None, type_id
        g.nodes[nid] = Node(nid, type_id, type_version=node_spec.version,
                            params={**node_spec.defaults(), **params})
    g.links = [Link(*lk) for lk in spec["links"]]
    g.ui = {nid: {"pos": list(xy)} for nid, xy in layered_positions(g).items()}
    data = json.loads(dumps(g))
    data["template"] = {"title": spec["title"], "description": spec["description"]}
    return data


def main() -> None:
    from PIL import Image, ImageDraw

    (HERE / "lyrics.lrc").write_text(LYRICS, encoding="utf-8")
    still = Image.new("RGB", (640, 360), (18, 30, 52))
    draw = ImageDraw.Draw(still)
    for i in range(12):  # a made-here "coast": sky bands, sea, a lighthouse
        draw.rectangle([0, i * 15, 640, i * 15 + 15], fill=(18 + i * 6, 30 + i * 9, 52 + i * 8))
    draw.rectangle([0, 250, 640, 360], fill=(12, 40, 70))
    draw.rectangle([470, 120, 500, 250], fill=(230, 230, 220))
    draw.polygon([(462, 120), (508, 120), (485, 95)], fill=(200, 60, 50))
    still.save(HERE / "still.png")
    for name, spec in TEMPLATES.items():
        text = json.dumps(build(name, spec), indent=2) + "\n"
        (HERE / f"{name}.mvgraph").write_text(text, encoding="utf-8")
        print(f"wrote {name}.mvgraph")


if __name__ == "__main__":
    main()
