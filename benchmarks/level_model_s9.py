"""Session 9's level model (shipped until session 10), kept for the comparison column of
benchmarks/beat_accuracy.py --s9-level. As written by benchmarks/level_learn.py --write:

Fitted on train (155), train2 (104), compound (50), train3 (227), synth20000 (33), synth21000 (33);
augmented: True; L2 1.0; margin 0.4; reads: act_level, act_contrast, lm_level, lm_contrast, high_level, high_contrast, kick_level, kick_contrast, act_parity, lm_parity, harmony, act_acf, onset_acf, log2_bpm, log2_bpm_sq, log2_onsets_per_pulse, is_half, is_two_thirds, is_three_halves, is_double
(the others have weight 0). Provenance: audio_sync/level_model.md.
Session 10: zeros padded in for is_three_quarters and is_four_thirds; no "levels" key, so it
chooses among the first 5 candidates as fitted.
"""

FEATURES = ('act_level', 'act_contrast', 'lm_level', 'lm_contrast', 'high_level', 'high_contrast', 'kick_level', 'kick_contrast', 'act_parity', 'lm_parity', 'harmony', 'act_acf', 'onset_acf', 'bar_fit', 'down_contrast', 'log2_bpm', 'log2_bpm_sq', 'log2_onsets_per_pulse', 'is_half', 'is_two_thirds', 'is_three_halves', 'is_double', 'is_three_quarters', 'is_four_thirds', 'skip_act', 'skip_lm', 'add_act', 'add_lm', 'backbeat')
MODEL: dict[str, object] = {
    "mean": (1.45179, 1.93341, 1.45791, 1.05141, 1.40345, 1.09349, 1.45489, 1.51009, 0.708788, 0.700924, 0.0298302, 0.288817, 0.303408, 0.671457, 2.13297, -0.195853, 0.343363, 1.16633, 0.0447022, 0.0680588, 0.0668213, 0.0397525, 0, 0, 0.348174, 0.155988, 0.564283, 0.250524, -0.00740957,),
    "scale": (0.577409, 2.31644, 0.519328, 1.10888, 0.581679, 1.57609, 0.67208, 1.86058, 0.377637, 0.307106, 0.0789831, 0.458255, 0.377766, 0.222132, 2.45046, 0.552273, 0.366816, 0.815382, 0.20665, 0.251848, 0.249713, 0.195378, 1, 1, 1.30016, 0.532674, 1.60876, 0.685883, 0.349002,),
    "weights": (0.157999, 0.684754, 1.13252, 0.184658, -0.0775134, -0.445818, 0.561339, -0.313997, 2.54402, -1.35221, -0.102672, 3.30284, -1.5652, 0, 0, -0.638247, -0.533598, -1.28903, -0.0498295, -0.0290456, -0.392375, -0.123334, 0, 0, 0, 0, 0, 0, 0,),
    "margin": 0.4,
    "skip_min": 0.223144,
    "add_max": 0.223144,
    "add_both": False,
    "backbeat_min": 0.223144,
}
