"""Finding node types by what a creator would type (Qt-free).

Each query word must match the node's id, title, category, description,
parameter or port names, or a synonym ("crossfade" finds the montage's
transitions, "voice" finds speech). Results are ranked: title hits first.
"""

from __future__ import annotations

from collections.abc import Iterable

from nodes.spec import NodeSpec

# word a creator types -> words that appear in the node types that do it
SYNONYMS: dict[str, tuple[str, ...]] = {
    "crossfade": ("transition", "fade"), "dissolve": ("transition",), "fade": ("fade",),
    "transition": ("transition",), "voice": ("speech", "voice"), "voiceover": ("speech",),
    "narration": ("speech",), "narrate": ("speech",), "narrator": ("speech",),
    "tts": ("speech",), "speak": ("speech",), "lyrics": ("lyrics", "captions"),
    "subtitles": ("captions", "lyrics"), "karaoke": ("lyrics",), "bpm": ("beat",),
    "tempo": ("beat",), "downbeat": ("beat",), "rhythm": ("beat",), "music": ("song",),
    "track": ("song",), "mp3": ("song",), "wav": ("song",), "picture": ("image",),
    "photo": ("image",), "still": ("image",), "ai": ("generate",), "footage": ("video",),
    "clip": ("video",), "movie": ("video",), "export": ("render",), "mp4": ("render",),
    "encode": ("render",), "edit": ("cut",), "shots": ("cut",), "shot": ("cut",),
    "zoom": ("ken burns", "zoom"), "pan": ("ken burns", "pan"), "slideshow": ("ken burns",),
    "prompt": ("prompt", "scene"), "story": ("scene",), "upload": ("publish",),
    "loudness": ("envelope", "qc"), "check": ("quality",), "approve": ("review",),
    "cheap": ("cost",), "price": ("cost",), "random": ("seed",),
}


def haystack(spec: NodeSpec) -> str:
    params = " ".join(p.name.replace("_", " ") for p in spec.params)
    ports = " ".join(p.name for p in (*spec.inputs, *spec.outputs))
    return (f"{spec.type_id} {spec.title} {spec.category} {spec.description} {params} "
            f"{ports}").lower()


def _word_hits(word: str, hay: str) -> bool:
    if word in hay:
        return True
    if len(word) > 5 and word[:5] in hay:  # "generator" finds "generate"
        return True
    return any(alt in hay for alt in SYNONYMS.get(word, ()))


def matches(spec: NodeSpec, query: str) -> bool:
    hay = haystack(spec)
    return all(_word_hits(w, hay) for w in query.lower().split())


def _score(spec: NodeSpec, words: list[str]) -> tuple[int, str]:
    title = f"{spec.title} {spec.type_id}".lower()
    return (-sum(2 if w in title else 1 if _word_hits(w, title) else 0 for w in words),
            spec.title)


def search(specs: Iterable[NodeSpec], query: str) -> list[NodeSpec]:
    """Matching specs, best first; an empty query lists everything in registry order."""
    words = query.lower().split()
    found = [s for s in specs if matches(s, query)]
    return sorted(found, key=lambda s: _score(s, words)) if words else found
