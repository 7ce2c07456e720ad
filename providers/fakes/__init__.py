"""Loopback fakes of the hosted providers' HTTP protocols (tests, demos, soak runs).

``FakeServer`` (in :mod:`providers.fakes.server`) serves fal, Replicate,
ElevenLabs, Stability, OpenAI-compatible and ComfyUI on one 127.0.0.1 port;
``FakeState`` (:mod:`providers.fakes.state`) holds jobs, files, counters and the
fault plan.  ``python -m providers.fakes`` runs them by hand.
"""
