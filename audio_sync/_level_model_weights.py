"""Weights of audio_sync.level_model, written by benchmarks/level_learn.py --write.

Fitted on train (155), train2 (104), compound (50), train3 (227), train4 (200), synth20000 (33), synth21000 (33);
augmented: True; L2 1.0; margin 0.4; reads: act_level, act_contrast, lm_level, lm_contrast, high_level, high_contrast, kick_level, kick_contrast, act_parity, lm_parity, harmony, act_acf, onset_acf, log2_bpm, log2_bpm_sq, log2_onsets_per_pulse, is_half, is_two_thirds, is_three_halves, is_double, is_three_quarters, is_four_thirds
(the others have weight 0). Provenance: audio_sync/level_model.md.
Session 13: ``skip_three_quarters`` False added by hand (V7f: the same weights, no skip guard at x3/4).
"""

FEATURES = ('act_level', 'act_contrast', 'lm_level', 'lm_contrast', 'high_level', 'high_contrast', 'kick_level', 'kick_contrast', 'act_parity', 'lm_parity', 'harmony', 'act_acf', 'onset_acf', 'bar_fit', 'down_contrast', 'log2_bpm', 'log2_bpm_sq', 'log2_onsets_per_pulse', 'is_half', 'is_two_thirds', 'is_three_halves', 'is_double', 'is_three_quarters', 'is_four_thirds', 'skip_act', 'skip_lm', 'add_act', 'add_lm', 'backbeat')
MODEL: dict[str, object] = {
    "mean": (1.25403, 1.37493, 1.3003, 0.853434, 1.25739, 0.863384, 1.26511, 1.09399, 0.699169, 0.697866, 0.0226376, 0.184084, 0.197155, 0.558487, 1.54542, -0.192314, 0.327073, 1.19732, 0.0211558, 0.0314731, 0.0300141, 0.0178209, 0.034339, 0.0327237, 0.303062, 0.160369, 0.334729, 0.165956, -0.0307603,),
    "scale": (0.563837, 2.02586, 0.521938, 1.02502, 0.568783, 1.38198, 0.65402, 1.61527, 0.360684, 0.304575, 0.0720783, 0.42914, 0.374624, 0.305847, 2.16195, 0.5386, 0.352658, 0.799449, 0.143904, 0.174593, 0.170627, 0.132301, 0.182099, 0.177913, 1.24229, 0.548757, 1.23826, 0.577419, 0.319297,),
    "weights": (0.201884, 0.678016, 1.08066, -0.121124, -0.47273, -0.254929, 0.501867, -0.28354, 1.61811, -1.3381, -0.115422, 3.9244, -1.48036, 0, 0, -1.40521, -0.526119, -2.61697, -0.0411089, -0.0683053, -0.0540495, -0.0863294, 0.165154, -0.2131, 0, 0, 0, 0, 0,),
    "margin": 0.4,
    "skip_min": 0.223144,
    "add_max": 0.223144,
    "add_both": False,
    "backbeat_min": 0.223144,
    "levels": 7,
    "skip_three_quarters": False,
}
