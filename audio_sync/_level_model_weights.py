"""Weights of audio_sync.level_model, written by benchmarks/level_learn.py --write.

Fitted on compound (50), train (155), train2 (104), synth20000 (33), synth21000 (33); L2 1.0; margin 0.0 (leave-one-source-out).
"""

FEATURES = ('act_level', 'act_contrast', 'lm_level', 'lm_contrast', 'high_level', 'high_contrast', 'kick_level', 'kick_contrast', 'act_parity', 'lm_parity', 'harmony', 'act_acf', 'onset_acf', 'bar_fit', 'down_contrast', 'log2_bpm', 'log2_bpm_sq', 'log2_onsets_per_pulse', 'is_half', 'is_two_thirds', 'is_three_halves', 'is_double')
MODEL: dict[str, object] = {
    "mean": (1.51662, 2.16962, 1.51495, 1.05986, 1.40625, 1.09249, 1.50422, 1.66632, 0.707836, 0.703542, 0.0269527, 0.321507, 0.356051, 0.708443, 2.19302, -0.173532, 0.353622, 1.16492, 0.15836, 0.233923, 0.213023, 0.119775,),
    "scale": (0.579853, 2.46833, 0.522765, 1.09466, 0.592986, 1.68721, 0.673898, 1.9438, 0.371888, 0.289755, 0.0857689, 0.448108, 0.352643, 0.190066, 2.46792, 0.568779, 0.35649, 0.858097, 0.365079, 0.423325, 0.409444, 0.324699,),
    "weights": (2.23772, 0.878329, 0.918713, 0.214062, 0.583714, -0.617921, 0.970172, 0.0670839, 1.47055, -1.00744, -0.0417584, 1.29628, -0.649161, -0.399762, -0.41552, -0.0353999, -0.278305, -0.356601, -0.180525, -0.0802457, -0.511274, 0.0509493,),
    "margin": 0.0,
}
