"""Weights of audio_sync.level_model, written by benchmarks/level_learn.py --write.

Fitted on train (155), train2 (104), compound (50), train3 (160), synth20000 (33), synth21000 (33); L2 1.0; margin 0.3 (leave-one-source-out).
"""

FEATURES = ('act_level', 'act_contrast', 'lm_level', 'lm_contrast', 'high_level', 'high_contrast', 'kick_level', 'kick_contrast', 'act_parity', 'lm_parity', 'harmony', 'act_acf', 'onset_acf', 'bar_fit', 'down_contrast', 'log2_bpm', 'log2_bpm_sq', 'log2_onsets_per_pulse', 'is_half', 'is_two_thirds', 'is_three_halves', 'is_double')
MODEL: dict[str, object] = {
    "mean": (1.4554, 1.9896, 1.47429, 1.07897, 1.40149, 1.09636, 1.4505, 1.51682, 0.706477, 0.701447, 0.027969, 0.276713, 0.304789, 0.670003, 2.02659, -0.195471, 0.343517, 1.18031, 0.0453292, 0.0682523, 0.0665288, 0.0389521,),
    "scale": (0.567118, 2.41057, 0.518695, 1.13603, 0.581026, 1.63087, 0.669016, 1.8479, 0.369632, 0.309027, 0.0764425, 0.447462, 0.379133, 0.219561, 2.37992, 0.552548, 0.367751, 0.800573, 0.208026, 0.252179, 0.249205, 0.193482,),
    "weights": (0.279958, 1.3531, 1.40376, -0.187654, 0.0516746, -0.440717, 0.526662, -0.239598, 1.41938, -1.09306, -0.0750682, 2.37222, -0.704397, 1.16849, -0.67373, -0.726699, -0.549063, -1.55402, -0.103717, -0.0364368, -0.436408, -0.156285,),
    "margin": 0.3,
}
