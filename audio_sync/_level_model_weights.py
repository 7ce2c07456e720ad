"""Weights of audio_sync.level_model, written by benchmarks/level_learn.py --write.

Fitted on train (155), train2 (104), compound (50), train3 (227), synth20000 (33), synth21000 (33);
augmented: True; L2 1.0; margin 0.4; reads: act_level, act_contrast, lm_level, lm_contrast, high_level, high_contrast, kick_level, kick_contrast, act_parity, lm_parity, harmony, act_acf, onset_acf, log2_bpm, log2_bpm_sq, log2_onsets_per_pulse, is_half, is_two_thirds, is_three_halves, is_double
(the others have weight 0). Provenance: audio_sync/level_model.md.
"""

FEATURES = ('act_level', 'act_contrast', 'lm_level', 'lm_contrast', 'high_level', 'high_contrast', 'kick_level', 'kick_contrast', 'act_parity', 'lm_parity', 'harmony', 'act_acf', 'onset_acf', 'bar_fit', 'down_contrast', 'log2_bpm', 'log2_bpm_sq', 'log2_onsets_per_pulse', 'is_half', 'is_two_thirds', 'is_three_halves', 'is_double', 'skip_act', 'skip_lm')
MODEL: dict[str, object] = {
    "mean": (1.45106, 1.97687, 1.46274, 1.06181, 1.39188, 1.07645, 1.45437, 1.5157, 0.707693, 0.70193, 0.0290237, 0.276476, 0.303384, 0.672041, 2.0113, -0.195828, 0.343358, 1.16636, 0.0447022, 0.0680588, 0.0668213, 0.0397525, 0.00456576, 0.0100254,),
    "scale": (0.569312, 2.3952, 0.519407, 1.11277, 0.582401, 1.58327, 0.671912, 1.83103, 0.369699, 0.307026, 0.078589, 0.447327, 0.37774, 0.219304, 2.36198, 0.552278, 0.366813, 0.815411, 0.20665, 0.251848, 0.249713, 0.195378, 0.0507031, 0.056279,),
    "weights": (0.891269, 0.827799, 1.51599, -0.219536, 0.0391147, -0.527988, 0.43676, -0.210492, 1.59202, -1.14408, -0.0847661, 1.59685, -0.160495, 0, 0, -0.680646, -0.577278, -1.52753, -0.0895332, -0.0841917, -0.377706, -0.159483, 0, 0,),
    "margin": 0.4,
    "skip_min": 0.223144,
}
