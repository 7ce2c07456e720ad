"""Weights of the metrical-level vote, written by benchmarks/train_level_vote.py from 321 training
excerpts (realbeats-train 153, realbeats-train2 102, synth20000 33, synth21000 33; provenance in audio_sync/beat_tcn.md).
MIT, like the project."""

# ruff: noqa: E501
MODELS: tuple[dict[str, object], ...] = (
    {'candidate': 2.0, 'x1': ('act_level', 'act_contrast', 'lm_level', 'lm_contrast'), 'alt': ('act_level', 'act_contrast', 'act_parity', 'lm_parity', 'log2_bpm'), 'threshold': 0.7, 'mean': (2.12493, 2.63015, 1.95917, 1.19755, 1.67563, 4.12527, 0.298382, 0.409514, 0.462215,), 'scale': (0.540724, 2.34683, 0.514001, 0.944248, 0.422104, 2.0082, 0.304902, 0.221613, 0.227788,), 'weights': (-1.19742, -1.08094, 1.1913, -0.83854, -0.723055, 0.79342, 3.44387, -1.16083, -0.173322,), 'bias': -6.105937711056496},
    {'candidate': 0.5, 'x1': ('act_level', 'act_contrast', 'lm_level', 'lm_contrast', 'act_parity', 'lm_parity', 'harmony', 'onsets_per_pulse_sq'), 'alt': ('act_level', 'act_contrast', 'lm_level', 'lm_contrast', 'harmony', 'log2_bpm', 'onsets_per_pulse_sq'), 'threshold': 0.8, 'mean': (1.70079, 3.37945, 1.67907, 1.42461, 0.928394, 0.825294, 0.0678916, 1.118, 1.72965, 0.0766193, 1.77726, 0.215795, -0.00496215, -0.793122, 3.76576,), 'scale': (0.527036, 2.36416, 0.48442, 1.01475, 0.117956, 0.129086, 0.0984549, 0.945766, 0.521099, 0.187714, 0.475674, 0.195804, 0.0802786, 0.255493, 1.9113,), 'weights': (-0.116041, -0.103828, -0.0995133, 0.0313122, -0.267518, -0.151921, 0.182789, -0.176917, -0.072095, 0.311629, -0.0700544, 0.178592, 0.279662, 0.123771, -0.218287,), 'bias': -1.74304927953854},
)
