"""Weights of the metrical-level vote, written by benchmarks/train_level_vote.py from 219 training
excerpts (real-train renders and generator songs; provenance in audio_sync/beat_tcn.md). MIT, like the project."""

# ruff: noqa: E501
MODELS: tuple[dict[str, object], ...] = (
    {'candidate': 2.0, 'x1': ('act_level', 'act_contrast', 'lm_level', 'lm_contrast'), 'alt': ('act_level', 'act_contrast', 'act_parity', 'lm_parity', 'log2_bpm'), 'threshold': 0.7, 'mean': (2.15177, 2.74667, 1.98158, 1.20243, 1.68439, 4.13317, 0.27237, 0.40333, 0.47929,), 'scale': (0.550877, 2.28147, 0.545008, 0.906971, 0.424299, 1.90364, 0.294165, 0.202741, 0.219177,), 'weights': (-1.6103, -0.665006, -0.174126, -0.217137, -1.32629, 2.23837, 2.77446, -0.412344, -0.0174867,), 'bias': -7.929078933689883},
    {'candidate': 0.5, 'x1': ('act_level', 'act_contrast', 'lm_level', 'lm_contrast', 'act_parity', 'lm_parity', 'harmony', 'onsets_per_pulse_sq'), 'alt': ('act_level', 'act_contrast', 'lm_level', 'lm_contrast', 'harmony', 'log2_bpm', 'onsets_per_pulse_sq'), 'threshold': 0.7, 'mean': (1.73939, 3.56991, 1.72591, 1.51027, 0.931115, 0.822455, 0.0505996, 1.03229, 1.76852, 0.069959, 1.8247, 0.216475, -0.00962463, -0.776842, 3.6396,), 'scale': (0.49442, 2.29042, 0.470551, 1.0327, 0.117015, 0.121047, 0.0796578, 0.926709, 0.480546, 0.189604, 0.456564, 0.170828, 0.0768313, 0.259688, 1.90197,), 'weights': (-0.0977163, -0.0989169, -0.0864057, 0.018351, -0.310251, -0.118297, 0.16438, -0.160718, -0.0395253, 0.322441, -0.0721456, 0.136936, 0.378305, 0.0252255, -0.233632,), 'bias': -1.8888877632888903},
)
