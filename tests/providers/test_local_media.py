"""local:espeak speech with word timings, and local:motion image-to-video."""

from __future__ import annotations

import asyncio
import wave

import pytest

from providers import GenerationRequest, ProviderError, make_provider, run_job
from providers.fakes import media


def _run(request, tmp_path):
    return asyncio.run(run_job(make_provider("local", env={}), request, dest_dir=tmp_path))


def test_espeak_speaks_with_monotonic_word_timings(tmp_path):
    text = "Lights go down, the city sings tonight"
    result = _run(GenerationRequest(kind="speech", model="espeak", prompt=text), tmp_path)
    (out,) = result.outputs
    with wave.open(str(out.path)) as wav:
        duration_s = wav.getnframes() / wav.getframerate()
    assert out.media_type == "audio/wav" and 1.0 < duration_s < 6.0
    assert [w for w, _, _ in result.words] == ["Lights", "go", "down,", "the", "city", "sings",
                                               "tonight"]  # captions keep the punctuation
    starts = [s for _, s, _ in result.words]
    assert starts == sorted(starts) and starts[0] < 0.3
    assert all(s <= e <= duration_s + 1e-6 for _, s, e in result.words)
    assert result.words[-1][2] > duration_s * 0.6  # timings span the speech


def test_espeak_rate_changes_duration(tmp_path):
    text = "one two three four five six seven eight"
    slow = _run(GenerationRequest(kind="speech", model="espeak", prompt=text,
                                  params={"rate_wpm": 100}), tmp_path / "slow")
    fast = _run(GenerationRequest(kind="speech", model="espeak", prompt=text,
                                  params={"rate_wpm": 300}), tmp_path / "fast")
    assert slow.words[-1][1] > 1.8 * fast.words[-1][1]


def test_espeak_rejects_empty_text_and_unknown_voice(tmp_path):
    with pytest.raises(ProviderError):
        _run(GenerationRequest(kind="speech", model="espeak", prompt="  "), tmp_path)
    with pytest.raises(ProviderError) as info:
        _run(GenerationRequest(kind="speech", model="espeak", prompt="hi", voice="zz-nope"),
             tmp_path)
    assert "voice" in info.value.message


@pytest.mark.parametrize("motion", ["zoom_in", "pan_left", "parallax"])
def test_motion_makes_moving_video_of_requested_shape(tmp_path, motion):
    import av
    import numpy as np

    image = tmp_path / "in.png"
    image.write_bytes(media.png_bytes(200, 120, 3))
    result = _run(GenerationRequest(kind="video", model="motion", image_path=str(image),
                                    width=160, height=90, duration_s=1.0,
                                    params={"motion": motion, "fps": 12}), tmp_path)
    (out,) = result.outputs
    with av.open(str(out.path)) as container:
        stream = container.streams.video[0]
        frames = [f.to_ndarray(format="rgb24") for f in container.decode(stream)]
    assert (stream.width, stream.height) == (160, 90) and len(frames) == 12
    assert np.abs(frames[0].astype(int) - frames[-1].astype(int)).mean() > 2  # it moves


def test_motion_audio_reactive_pulses(tmp_path):
    image = tmp_path / "in.png"
    image.write_bytes(media.png_bytes(64, 64, 1))
    audio = tmp_path / "beat.mp3"
    audio.write_bytes(media.mp3_bytes(1.0))
    result = _run(GenerationRequest(kind="video", model="motion", image_path=str(image),
                                    width=64, height=64, duration_s=1.0,
                                    params={"reactive": True, "audio_path": str(audio),
                                            "fps": 8}), tmp_path)
    assert result.outputs[0].path.stat().st_size > 0


def test_motion_requires_an_image(tmp_path):
    with pytest.raises(ProviderError) as info:
        _run(GenerationRequest(kind="video", model="motion", image_path=None), tmp_path)
    assert info.value.kind == "validation"


@pytest.mark.parametrize("motion", ["pan_left", "pan_down", "parallax", "zoom_out"])
def test_motion_never_shows_past_the_image_edges(tmp_path, motion):
    import av
    from PIL import Image

    image = tmp_path / "grey.png"
    Image.new("RGB", (120, 200), (200, 200, 200)).save(image)  # portrait into landscape
    result = _run(GenerationRequest(kind="video", model="motion", image_path=str(image),
                                    width=96, height=54, duration_s=1.0,
                                    params={"motion": motion, "fps": 6, "intensity": 1.0}),
                  tmp_path)
    with av.open(str(result.outputs[0].path)) as container:
        darkest = min(int(f.to_ndarray(format="gray").min()) for f in container.decode(video=0))
    assert darkest > 150
