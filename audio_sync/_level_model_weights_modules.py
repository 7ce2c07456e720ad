"""Weights of audio_sync.level_model, written by benchmarks/level_learn.py --write.

Fitted on train (123), train2 (100), compound (53), train3 (231), train4 (200), synth20000 (33), synth21000 (33), modtrain (118);
augmented: True; L2 1.0; margin 0.4; reads: act_level, act_contrast, lm_level, lm_contrast, high_level, high_contrast, kick_level, kick_contrast, act_parity, lm_parity, harmony, act_acf, onset_acf, log2_bpm, log2_bpm_sq, log2_onsets_per_pulse, is_half, is_two_thirds, is_three_halves, is_double, is_three_quarters, is_four_thirds
(the others have weight 0). Provenance: audio_sync/level_model.md.
"""

FEATURES = ('act_level', 'act_contrast', 'lm_level', 'lm_contrast', 'high_level', 'high_contrast', 'kick_level', 'kick_contrast', 'act_parity', 'lm_parity', 'harmony', 'act_acf', 'onset_acf', 'bar_fit', 'down_contrast', 'log2_bpm', 'log2_bpm_sq', 'log2_onsets_per_pulse', 'is_half', 'is_two_thirds', 'is_three_halves', 'is_double', 'is_three_quarters', 'is_four_thirds', 'skip_act', 'skip_lm', 'add_act', 'add_lm', 'backbeat')
MODEL: dict[str, object] = {
    "mean": (1.17249, 1.10818, 1.24333, 0.784699, 1.23894, 0.802809, 1.19119, 0.980819, 0.718581, 0.709715, 0.0210072, 0.199092, 0.198957, 0.59111, 1.35673, -0.190965, 0.326152, 1.25652, 0.0226555, 0.0323584, 0.0290622, 0.0163417, 0.0349118, 0.0323584, 0.236099, 0.149478, 0.2511, 0.15116, -0.0248151,),
    "scale": (0.53776, 1.70939, 0.517677, 0.971927, 0.557364, 1.32055, 0.642941, 1.52252, 0.341302, 0.291559, 0.0700187, 0.444961, 0.371687, 0.299749, 1.97572, 0.538224, 0.352797, 0.772296, 0.148804, 0.176951, 0.167982, 0.126787, 0.183557, 0.176951, 0.978698, 0.514699, 0.980095, 0.53878, 0.312821,),
    "weights": (-0.457938, 0.875441, 2.39641, -0.741637, -1.04912, -0.145498, 0.209224, 0.129449, 1.21655, -0.787769, -0.238151, 4.19871, -1.52244, 0, 0, -2.26649, -0.564842, -4.00911, -0.0570691, -0.0895202, -0.0469585, -0.0856717, 0.208605, -0.237874, 0, 0, 0, 0, 0,),
    "margin": 0.4,
    "skip_min": 0.223144,
    "add_max": 0.223144,
    "add_both": False,
    "backbeat_min": 0.223144,
    "levels": 7,
    "skip_three_quarters": False,
}
