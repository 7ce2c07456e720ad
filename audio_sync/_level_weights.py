"""Weights of the metrical-level vote, written by benchmarks/train_level_vote.py from 301 training
excerpts (realbeats-train 153, realbeats-train2 82, synth20000 33, synth21000 33; provenance in audio_sync/beat_tcn.md).
MIT, like the project."""

# ruff: noqa: E501
MODELS: tuple[dict[str, object], ...] = (
    {'candidate': 2.0, 'x1': ('act_level', 'act_contrast', 'lm_level', 'lm_contrast'), 'alt': ('act_level', 'act_contrast', 'act_parity', 'lm_parity', 'log2_bpm'), 'threshold': 0.8, 'mean': (2.18998, 2.82696, 2.02113, 1.22377, 1.72825, 4.40247, 0.282516, 0.406411, 0.482604,), 'scale': (0.507972, 2.41924, 0.478739, 0.977033, 0.395096, 1.91005, 0.304962, 0.221774, 0.221401,), 'weights': (-0.984415, -1.06521, 0.276707, -0.466747, -0.499113, 1.04096, 3.62412, -0.763188, -0.261707,), 'bias': -6.758367469541257},
    {'candidate': 0.5, 'x1': ('act_level', 'act_contrast', 'lm_level', 'lm_contrast', 'act_parity', 'lm_parity', 'harmony', 'onsets_per_pulse_sq'), 'alt': ('act_level', 'act_contrast', 'lm_level', 'lm_contrast', 'harmony', 'log2_bpm', 'onsets_per_pulse_sq'), 'threshold': 0.8, 'mean': (1.71411, 3.41651, 1.69058, 1.43389, 0.929127, 0.82631, 0.0680626, 1.09871, 1.74248, 0.075646, 1.78825, 0.213814, -0.00597197, -0.792479, 3.8077,), 'scale': (0.516774, 2.35564, 0.475806, 1.01741, 0.118364, 0.12928, 0.099058, 0.932347, 0.511602, 0.188556, 0.46747, 0.195922, 0.0802272, 0.254063, 1.88613,), 'weights': (-0.121854, -0.106196, -0.0928823, 0.0365816, -0.260486, -0.160981, 0.186412, -0.169918, -0.077396, 0.307755, -0.0610972, 0.184906, 0.277043, 0.106284, -0.220736,), 'bias': -1.7648949001257728},
)
