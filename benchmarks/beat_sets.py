"""Evaluation sets for benchmarks/beat_accuracy.py: where they live and how they are loaded.

- ``real-dev``: /work/shared/data/realbeats-dev (18 rendered public-domain scores, exact grids),
  used while developing the tracker.
- ``real-dev2``: our own renders of more scores (benchmarks/make_realbeats_dev2.py: swing through
  the MIDI timing, trance and hip-hop drums, 6/8 jigs, quartets, chorales), disjoint from both
  other real sets, stored outside the repo (default ~/.cache/mvstudio-eval/realbeats-dev2);
  used while developing, like real-dev.
- ``real-heldout``: our own renders of other scores (benchmarks/make_realbeats_heldout.py),
  stored outside the repo (default ~/.cache/mvstudio-eval/realbeats-heldout); never tuned on.
- ``real-heldout2``: a second held-out set (benchmarks/make_realbeats_heldout2.py, README in
  benchmarks/realbeats-heldout2.md): another SoundFont (TimGM6mb) and score collections no other
  set or training set uses (default ~/.cache/mvstudio-eval/realbeats-heldout2). Scored with our
  tracker once, at the end; anchors (librosa, madmom) only before that (--anchors-only).
- ``real-heldout3``: a third held-out set, pristine (benchmarks/make_realbeats_heldout3.py,
  README in benchmarks/realbeats-heldout3.md): an FM SoundFont (OPL-3_FM_128M) and scores no
  other set, training set or random pool uses (default ~/.cache/mvstudio-eval/realbeats-heldout3).
  Guarded like real-heldout2: our tracker only with --final, the anchors with --anchors-only.
- ``real-heldout4``: a fourth held-out set, pristine (benchmarks/make_realbeats_heldout4.py,
  README in benchmarks/realbeats-heldout4.md): another synthesis engine and bank (TiMidity++
  with the freepats GUS patches) and scores no other set, training set or random pool uses
  (default ~/.cache/mvstudio-eval/realbeats-heldout4). Guarded like real-heldout2.
- ``real-heldout5``: a fifth held-out set, pristine (benchmarks/make_realbeats_heldout5.py,
  README in benchmarks/realbeats-heldout5.md): built like a creator's music (18 of 30 are band
  arrangements: drums, bass and chords in a named style under a public-domain melody), on the
  csound GM bank and sampled AVL drum kits, tempo changes in 5 (default
  ~/.cache/mvstudio-eval/realbeats-heldout5). Guarded like real-heldout2.
- ``real-heldout6``: a sixth held-out set, pristine (benchmarks/make_realbeats_heldout6.py,
  README in benchmarks/realbeats-heldout6.md): 24 of 36 are band arrangements, 14 of them
  off-beat-heavy styles (house, funk, reggae, ska, disco, afrobeat...), on sampled Hydrogen kits
  (default ~/.cache/mvstudio-eval/realbeats-heldout6). Guarded like real-heldout2.
- ``real-heldout7``: a seventh held-out set, pristine (benchmarks/make_realbeats_heldout7.py,
  README in benchmarks/realbeats-heldout7.md): 18 of 30 band arrangements in 18 styles, several
  at tempi where trackers halve or double, on four more Hydrogen kits (default
  ~/.cache/mvstudio-eval/realbeats-heldout7). Guarded like real-heldout2.
- ``real-heldout8``: an eighth held-out set, pristine (benchmarks/make_realbeats_heldout8.py,
  README in benchmarks/realbeats-heldout8.md): 18 band arrangements and 12 folk and classical
  pieces chosen for the metrical level (2/2 reels, punk, dnb, drill, slow ballads, 5/4...), on
  MuseScore General, TimGM6mb and four more Hydrogen kits (default
  ~/.cache/mvstudio-eval/realbeats-heldout8). Guarded like real-heldout2.
- ``real-heldout9``: a ninth held-out set, pristine (benchmarks/make_realbeats_heldout9.py,
  README in benchmarks/realbeats-heldout9.md): 18 band arrangements (four on the 3+3+2) and 12
  folk and classical pieces (four undrummed 2/2 tunes) chosen for the metrical level, on
  FluidR3_GM, the csound bank and the two 48 kHz Hydrogen kits no set used (default
  ~/.cache/mvstudio-eval/realbeats-heldout9). Guarded like real-heldout2.
- ``real-heldout10``: a tenth held-out set, pristine (benchmarks/make_realbeats_heldout10.py,
  README in benchmarks/realbeats-heldout10.md): 18 band arrangements (four on the 3+3+2, trap with
  triplet hats, drill, dnb, half-time rock) and 12 folk and classical pieces (four undrummed 2/2
  tunes, two 2/4, 6/8, 9/8) chosen for the metrical level, on TimGM6mb, MuseScore General and
  nine Hydrogen kits real-heldout9 did not use (default ~/.cache/mvstudio-eval/realbeats-heldout10).
  Guarded like real-heldout2.
- ``real-heldout11``: an eleventh held-out set, pristine (benchmarks/make_realbeats_heldout11.py,
  README in benchmarks/realbeats-heldout11.md): 18 band arrangements (three on the 3+3+2, trap,
  drill, dnb, half-time rock, ska) and 12 folk and classical pieces (four undrummed 2/2 tunes,
  two 2/4, 6/8, 9/8) chosen for the metrical level, on MuseScore General, FluidR3_GM and 13
  Hydrogen kits, each style on a kit neither real-heldout9 nor 10 played it on (default
  ~/.cache/mvstudio-eval/realbeats-heldout11). Guarded like real-heldout2.
- ``real-heldout12``: a twelfth held-out set, pristine (benchmarks/make_realbeats_heldout12.py,
  README in benchmarks/realbeats-heldout12.md): 14 band arrangements (half-time rock, dnb, trap on
  the 3+3+2, ska, a fast waltz, 5/4, 6/8 and 12/8 ballads, slow grooves) and 12 folk and classical
  pieces (three undrummed 2/2 reels, two 2/4 polkas, 6/8, 9/8, fast and slow 3/4) chosen for the
  metrical level, on TimGM6mb, FluidR3_GM and Hydrogen kits, each style on a kit none of
  real-heldout9, 10 and 11 played it on (default ~/.cache/mvstudio-eval/realbeats-heldout12).
  Guarded like real-heldout2.
- ``real-heldout13``: a thirteenth held-out set, pristine (benchmarks/make_realbeats_heldout13.py,
  README in benchmarks/realbeats-heldout13.md): 14 band arrangements (two dnb at 170-176, trap and
  drill at 140-150, a fast waltz, 5/4, 6/8 and 12/8 ballads at a dotted quarter of 50-52) and 12
  folk and classical pieces (three undrummed 2/2 reels, two 2/2 hornpipes, two 2/4 polkas, slow
  6/8 and 12/8, 9/8, a fast waltz, 5/4) chosen for the metrical level, on the csound bank,
  MuseScore General and Hydrogen kits, each style on a kit no held-out set played it on (default
  ~/.cache/mvstudio-eval/realbeats-heldout13). Guarded like real-heldout2.
- ``real-heldout14``: a fourteenth held-out set, pristine (benchmarks/make_realbeats_heldout14.py,
  README in benchmarks/realbeats-heldout14.md): 14 band arrangements (two dnb at 170-176, trap,
  drill and trap on the 3+3+2 at 136-146, a fast waltz, 5/4, 6/8 and 12/8 ballads at a dotted
  quarter of 54 and 48, deep house, house and disco with off-beat hats, ska and one-drop) and 12
  folk and classical pieces (three undrummed 2/2 reels, two 2/2 hornpipes, two 2/4 polkas, slow
  6/8 and 12/8, 9/8, a fast waltz, 5/4) chosen for the metrical level and phase, on TimGM6mb, the
  csound bank and Hydrogen kits, each style on a kit no held-out set played it on (default
  ~/.cache/mvstudio-eval/realbeats-heldout14). Guarded like real-heldout2.
- ``real-heldout15``: a fifteenth held-out set, pristine (benchmarks/make_realbeats_heldout15.py,
  README in benchmarks/realbeats-heldout15.md): 14 band arrangements (two dnb at 170-176, trap and
  drill at 140-144, a fast waltz, 5/4, 6/8 and 12/8 ballads at a dotted quarter of 52 and 46, deep
  house, house, disco and techno with off-beat open hats, ska and one-drop) and 12 folk and
  classical pieces (three undrummed 2/2 reels, two 2/2 hornpipes, two 2/4 polkas, slow 6/8 and
  12/8, 9/8, a fast waltz, 5/4) chosen for the metrical level and phase, on MuseScore General, the
  csound bank and Hydrogen kits, each style on a kit no held-out set played it on (default
  ~/.cache/mvstudio-eval/realbeats-heldout15). Guarded like real-heldout2.
- ``real-heldout16``: a sixteenth held-out set, pristine (benchmarks/make_realbeats_heldout16.py,
  README in benchmarks/realbeats-heldout16.md): 14 band arrangements (two dnb at 168-174, half-time
  trap and rock at 142-148, a waltz, 5/4, 6/8 and 12/8 ballads at a dotted quarter of 48 and 50,
  house, disco and techno with off-beat open hats, funk, a pop ballad, ska) and 13 folk and
  classical pieces (three undrummed 2/2 reels, two 2/2 hornpipes, two 2/4 polkas, slow 6/8 and
  12/8, a 6/8 jig, 9/8, a fast waltz, 5/4) chosen for the metrical level, phase and downbeat, on
  the csound bank, FluidR3_GM and Hydrogen kits, each style on a kit no held-out set played it on
  (default ~/.cache/mvstudio-eval/realbeats-heldout16). Guarded like real-heldout2.
- ``real-heldout17``: a seventeenth held-out set, pristine (benchmarks/make_realbeats_heldout17.py,
  README in benchmarks/realbeats-heldout17.md): 14 band arrangements (two dnb at 168-176, trap and
  drill at 140-144, half-time rock, a fast waltz at 184, 5/4, 6/8 and 12/8 ballads at a dotted
  quarter of 56 and 46, one-drop at 72, house and disco with off-beat open hats, funk, ska) and 13
  folk and classical pieces (three undrummed 2/2 reels, two 2/2 hornpipes, two 2/4 polkas, slow 6/8
  and 12/8, a 6/8 jig, 9/8, a fast waltz with a ritardando, 5/4) chosen for the metrical level,
  phase and downbeat, on FluidR3_GM, MuseScore General and Hydrogen kits, each style on a kit no
  held-out set played it on (default ~/.cache/mvstudio-eval/realbeats-heldout17). Guarded like
  real-heldout2.
- ``real-heldout18``: an eighteenth held-out set, pristine (benchmarks/make_realbeats_heldout18.py,
  README in benchmarks/realbeats-heldout18.md): 14 band arrangements (two dnb at 168-176, trap and
  drill at 138-146, half-time rock, a fast waltz at 188, 5/4, 6/8 and 12/8 ballads at a dotted
  quarter of 54 and 48, slow r&b at 68, techno and disco with off-beat open hats, bossa nova, funk)
  and 13 folk and classical pieces (three undrummed 2/2 reels, two 2/2 hornpipes, two 2/4 polkas,
  slow 6/8 and 12/8, a 6/8 jig, 9/8, a 6/8 march, a fast waltz with a ritardando) chosen for the
  metrical level, phase and downbeat, on the csound bank, TimGM6mb and Hydrogen kits, each style
  on a kit no held-out set played it on (default ~/.cache/mvstudio-eval/realbeats-heldout18).
  Guarded like real-heldout2.
- ``real-heldout19``: a nineteenth held-out set, pristine (benchmarks/make_realbeats_heldout19.py,
  README in benchmarks/realbeats-heldout19.md): 13 band arrangements (three dnb at 168-178, trap
  and drill at 140-144, a fast waltz at 186 with a ritardando, 5/4, 6/8 and 12/8 ballads at a
  dotted quarter of 52 and 50, house and disco with off-beat open hats, funk, ska) and 12 folk and
  classical pieces (three undrummed 2/2 reels, two 2/2 hornpipes, two 2/4 polkas, two 6/8 jigs,
  9/8, slow 6/8 and 12/8 airs) chosen for the metrical level, phase and downbeat, on MuseScore
  General, TimGM6mb and Hydrogen kits, each style on a kit no held-out set played it on (default
  ~/.cache/mvstudio-eval/realbeats-heldout19). Guarded like real-heldout2.
- ``real-heldout20``: a twentieth held-out set, pristine (benchmarks/make_realbeats_heldout20.py,
  README in benchmarks/realbeats-heldout20.md): 15 band arrangements (three dnb at 168-176, two
  half-time rock at 138-144, trap and drill at 136-146, a fast waltz at 180 with a ritardando, 5/4,
  6/8 and 12/8 ballads at a dotted quarter of 54 and 48, house and disco with off-beat open hats,
  funk, ska) and 11 folk and classical pieces (two undrummed 2/2 reels, two 2/2 hornpipes, two 2/4
  polkas, two 6/8 jigs, 9/8, slow 6/8 and 12/8 airs) chosen for the metrical level, phase and
  downbeat, on FluidR3_GM, the csound bank and Hydrogen kits, each style but the 6/8 ballad on a
  kit no held-out set played it on (default ~/.cache/mvstudio-eval/realbeats-heldout20). Guarded
  like real-heldout2.
- ``real-heldout21``: a twenty-first held-out set, pristine (benchmarks/make_realbeats_heldout21.py,
  README in benchmarks/realbeats-heldout21.md): 15 band arrangements (three dnb at 168-176, two
  half-time rock at 140-142, trap and drill at 140-144, a fast waltz at 184 with a ritardando, 5/4,
  6/8 and 12/8 ballads at a dotted quarter of 52 and 50, house and disco with off-beat open hats,
  funk, ska) and 11 folk pieces (two undrummed 2/2 reels, two 2/2 hornpipes, two 2/4 polkas, two
  6/8 jigs, 9/8, slow 6/8 and 12/8 airs) chosen for the metrical level, phase and downbeat, on
  TimGM6mb, MuseScore General and Hydrogen kits, each style but the waltz and the trap on a kit no
  held-out set played it on (default ~/.cache/mvstudio-eval/realbeats-heldout21). Guarded like
  real-heldout2.
- ``real-heldout22``: a twenty-second held-out set, pristine (benchmarks/make_realbeats_heldout22.py,
  README in benchmarks/realbeats-heldout22.md): 15 band arrangements (three dnb at 168-176, two
  half-time rock at 140-142, trap and drill at 140-144, a fast waltz at 184 with a ritardando, 5/4,
  6/8 and 12/8 ballads at a dotted quarter of 52 and 50, house and disco with off-beat open hats,
  funk, ska) and 11 folk pieces (two undrummed 2/2 reels, two 2/2 hornpipes, two 2/4 polkas, two
  6/8 jigs, 9/8, slow 6/8 and 12/8 airs) chosen for the metrical level, phase and downbeat, on
  MuseScore General, FluidR3_GM and Hydrogen kits, each style but the waltz, the 6/8 and 12/8
  ballads and the funk on a kit no held-out set played it on (default
  ~/.cache/mvstudio-eval/realbeats-heldout22). Guarded like real-heldout2.
- ``real-heldout23``: a twenty-third held-out set, pristine (benchmarks/make_realbeats_heldout23.py,
  README in benchmarks/realbeats-heldout23.md): 15 band arrangements (three dnb at 168-176, two
  half-time rock at 140-142, trap and drill at 140-144, a fast waltz at 184 with a ritardando, 5/4,
  6/8 and 12/8 ballads at a dotted quarter of 52 and 50, house and disco with off-beat open hats,
  funk, ska) and 11 folk pieces (two undrummed 2/2 reels, two 2/2 hornpipes, two 2/4 polkas, two
  6/8 jigs, 9/8, slow 6/8 and 12/8 airs) chosen for the metrical level, phase and downbeat, on
  csound (sf_GMbank), MuseScore General and Hydrogen kits, each style but the waltz, the 6/8 and
  12/8 ballads, dnb, the 5/4 and the house on a kit no held-out set played it on (default
  ~/.cache/mvstudio-eval/realbeats-heldout23). Guarded like real-heldout2.
- ``real-heldout24``: a twenty-fourth held-out set, pristine and targeted (benchmarks/make_realbeats_heldout24.py,
  README in benchmarks/realbeats-heldout24.md): 8 band arrangements with off-beat accents over a
  kick (three house at 122-126 and two disco at 116-118 with off-beat open hats, three ska at
  148-154 with the off-beat skank), 8 undrummed 2/2 reels and a hornpipe on solo instruments
  (half note 84-98) and 8 band arrangements of half-time rock, trap, UK drill and drum-and-bass
  (two each, 140-146 and 172-174), no tempo changes, on TimGM6mb (bands), csound (sf_GMbank,
  reels) and Hydrogen kits, each style but dnb and drill on a kit no held-out set played it on
  (default ~/.cache/mvstudio-eval/realbeats-heldout24). Guarded like real-heldout2.
- ``real-heldout25``: a twenty-fifth held-out set, pristine (benchmarks/make_realbeats_heldout25.py,
  README in benchmarks/realbeats-heldout25.md): 16 band arrangements of half-time rock, trap, UK
  drill and drum-and-bass (four each, quarter 132-150 and 168-178), 8 of slow music (pop ballad
  x3, slow r&b x3, one-drop reggae x2, quarter 62-80) and 8 undrummed pieces on solo instruments
  (four 4/4 hymn tunes at quarter 56-72, four 6/8 jigs at dotted quarter 100-118), no tempo
  changes, on MuseScore General (bands) and csound (sf_GMbank, hymns and jigs), every drummed
  piece on its own **synthesized** kit (benchmarks/synth_kits.py; no Hydrogen kit) (default
  ~/.cache/mvstudio-eval/realbeats-heldout25). Guarded like real-heldout2.
- ``real-heldout26``: a twenty-sixth held-out set, pristine, targeted and all undrummed
  (benchmarks/make_realbeats_heldout26.py, README in benchmarks/realbeats-heldout26.md): 13
  reels (half note 84-112; six with a light piano vamp) and 5 hornpipes with even eighths (half
  note 80-96) in 2/2 on solo instruments, and 6 slip jigs in 9/8 (dotted quarter 100-126), no
  tempo changes, half on MuseScore General, half on csound (sf_GMbank), no training bank
  (default ~/.cache/mvstudio-eval/realbeats-heldout26). Guarded like real-heldout2.
- ``real-heldout27``: a twenty-seventh held-out set, pristine, targeted and all undrummed, of
  real-heldout26's kind (benchmarks/make_realbeats_heldout27.py, README in
  benchmarks/realbeats-heldout27.md): 10 reels (half note 84-112; five with a light piano vamp)
  and 4 hornpipes with even eighths (half note 80-96) in 2/2, 5 slip jigs in 9/8 (dotted quarter
  100-126) and 5 double jigs in 6/8 with running even eighths (dotted quarter 100-120), on solo
  instruments, no tempo changes, half on MuseScore General, half on csound (sf_GMbank), no
  training bank (default ~/.cache/mvstudio-eval/realbeats-heldout27). Guarded like real-heldout2.
- ``real-heldout28``: a twenty-eighth held-out set, pristine, targeted and all drummed
  (benchmarks/make_realbeats_heldout28.py, README in benchmarks/realbeats-heldout28.md): 14 band
  arrangements of half-time feels and breakbeats (half-time rock and trap four each, UK drill and
  drum-and-bass three each; quarter 132-150 and 166-176) and 14 of slow drummed music (pop ballad,
  slow r&b, hip-hop and funk three each, one-drop reggae twice; quarter 60-100), no tempo changes,
  on csound (sf_GMbank), every piece on its own synthesized drum kit (benchmarks/synth_kits.py;
  no Hydrogen or SoundFont kit), no training bank (default
  ~/.cache/mvstudio-eval/realbeats-heldout28). Guarded like real-heldout2.
- ``real-heldout29``: a twenty-ninth held-out set, pristine, targeted and all drummed
  (benchmarks/make_realbeats_heldout29.py, README in benchmarks/realbeats-heldout29.md): 16 band
  arrangements of half-time feels and breakbeats (half-time rock, trap, UK drill and
  drum-and-bass four each; quarter 128-152 and 164-178) and 16 of slow drummed music (pop ballad,
  one-drop reggae, hip-hop and funk three each, slow r&b four; quarter 58-102), no tempo changes,
  on MuseScore General, every piece on its own synthesized drum kit (benchmarks/synth_kits.py;
  no Hydrogen or SoundFont kit), no training bank (default
  ~/.cache/mvstudio-eval/realbeats-heldout29). Guarded like real-heldout2.
- ``real-heldout30``: a thirtieth held-out set, pristine, targeted and all drummed
  (benchmarks/make_realbeats_heldout30.py, README in benchmarks/realbeats-heldout30.md): 16 band
  arrangements of breakbeats and half-time feels (drum-and-bass ten, half-time rock and UK drill
  three each; quarter 130-178) and 16 of drummed music with strong off-beats or a slow beat
  (hip-hop, funk, ska and slow 6/8 ballad three each, rocksteady and one-drop reggae two each),
  no tempo changes, on csound (sf_GMbank), every piece on its own synthesized drum kit
  (benchmarks/synth_kits.py; no Hydrogen or SoundFont kit), no training bank (default
  ~/.cache/mvstudio-eval/realbeats-heldout30). Guarded like real-heldout2.
- ``real-heldout31``: a thirty-first held-out set, pristine, targeted and all drummed
  (benchmarks/make_realbeats_heldout31.py, README in benchmarks/realbeats-heldout31.md): 14 band
  arrangements of drum-and-bass (quarter 162-178) and 16 of drummed music at 74-96 whose kick often
  falls off the beat (slow r&b, funk and hip-hop four each, dembow and rocksteady two each), no
  tempo changes, on MuseScore General, every piece on its own synthesized drum kit
  (benchmarks/synth_kits.py; no Hydrogen or SoundFont kit), no training bank (default
  ~/.cache/mvstudio-eval/realbeats-heldout31). Guarded like real-heldout2.
- ``real-heldout32``: a thirty-second held-out set, pristine, targeted and all drummed
  (benchmarks/make_realbeats_heldout32.py, README in benchmarks/realbeats-heldout32.md): 12 band
  arrangements of drum-and-bass (quarter 160-178), 10 of half-time feels (half-time rock four
  times, trap and UK drill three each) and 10 slow drummed pieces (pop ballad twice, slow r&b
  three times, one-drop twice, slow 6/8 ballad three times), no tempo changes, on csound
  (sf_GMbank), every piece on its own synthesized drum kit (benchmarks/synth_kits.py; no
  Hydrogen or SoundFont kit), no training bank (default
  ~/.cache/mvstudio-eval/realbeats-heldout32). Guarded like real-heldout2.
- ``real-heldout33``: a thirty-third held-out set, pristine, targeted and all drummed
  (benchmarks/make_realbeats_heldout33.py, README in benchmarks/realbeats-heldout33.md): 12 band
  arrangements of fast waltzes (3/4, quarter 168-196) and 12 of drummed music at 80-98 whose kick
  often falls on the "and" of 2 (hip-hop four times, slow r&b three times, rocksteady and funk
  twice each, dembow once), no tempo changes, on MuseScore General, every piece on its own
  synthesized drum kit (benchmarks/synth_kits.py; no Hydrogen or SoundFont kit), no training bank
  (default ~/.cache/mvstudio-eval/realbeats-heldout33). Guarded like real-heldout2.
- ``real-heldout34`` .. ``real-heldout75``: forty-two held-out sets, pristine when made, untargeted,
  each in real-heldout21's mix (benchmarks/make_realbeats_heldoutN.py, README in
  benchmarks/realbeats-heldoutN.md): 15 band arrangements (funk, ska, house, disco, 6/8 and 12/8
  ballads, drum-and-bass three times, half-time rock twice, trap, UK drill, fast waltz, 5/4), each
  on its own synthesized drum kit (benchmarks/synth_kits.py; no Hydrogen or SoundFont kit), and
  11 undrummed folk pieces (reels, hornpipes, polkas and jigs twice each, a slip jig, a slow air,
  a waltz); the bands on csound and the folk pieces on MuseScore General in 34, 36, 38, 40, 42,
  44, 46, 48, 50, 52, 54, 56, 58, 60, 62, 64, 66, 68, 70, 72 and 74, the other way round in 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55, 57, 59, 61, 63, 65, 67, 69, 71, 73 and 75. No tempo
  changes, no training bank (default ~/.cache/mvstudio-eval/realbeats-heldoutN). Guarded like
  real-heldout2.
- ``synthetic``: the project's generator at a seed offset never used while tuning.
- ``changes``: tempo and metre changes (100 BPM 4/4 -> 3/4 -> 128 BPM 4/4) glued from
  synthetic songs, scored on beats in the two bars after each change.
Override a folder with MVSTUDIO_REALBEATS_<NAME> (DEV, DEV2, HELDOUT, HELDOUT2 .. HELDOUTn: ``eval_dir``).
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from audio_sync.testsongs import SongSpec, corpus, make_song
from audio_sync.types import DecodedAudio

DEV_DIR = Path(os.environ.get("MVSTUDIO_REALBEATS_DEV", "/work/shared/data/realbeats-dev"))
EVAL_CACHE = Path.home() / ".cache" / "mvstudio-eval"


def eval_dir(name: str) -> Path:
    """A rendered evaluation set: ``$MVSTUDIO_REALBEATS_<NAME>`` or ``~/.cache/mvstudio-eval/realbeats-<name>``."""
    return Path(os.environ.get(f"MVSTUDIO_REALBEATS_{name.upper()}", EVAL_CACHE / f"realbeats-{name}"))


DEV2_DIR = eval_dir("dev2")
HELDOUT_DIR = eval_dir("heldout")
HELDOUT2_DIR = eval_dir("heldout2")
HELDOUT3_DIR = eval_dir("heldout3")
HELDOUT4_DIR = eval_dir("heldout4")
HELDOUT5_DIR = eval_dir("heldout5")
HELDOUT6_DIR = eval_dir("heldout6")
HELDOUT7_DIR = eval_dir("heldout7")
HELDOUT8_DIR = eval_dir("heldout8")
HELDOUT9_DIR = eval_dir("heldout9")
HELDOUT10_DIR = eval_dir("heldout10")
HELDOUT11_DIR = eval_dir("heldout11")
HELDOUT12_DIR = eval_dir("heldout12")
HELDOUT13_DIR = eval_dir("heldout13")
HELDOUT14_DIR = eval_dir("heldout14")
# The numbered render sets are those with a make_realbeats_heldoutN.py beside this file: a new
# set's script adds it here, to heldout_scan and to render_eval_sets.sh (each used to be bumped
# by hand).
LAST_HELDOUT = max(int(p.stem.removeprefix("make_realbeats_heldout"))
                   for p in Path(__file__).parent.glob("make_realbeats_heldout[0-9]*.py"))
# Every real set by the name the benchmarks take on their command lines; the held-out ones in order.
REAL_DIRS: dict[str, Path] = {"real-dev": DEV_DIR, "real-dev2": DEV2_DIR, "real-heldout": HELDOUT_DIR,
                              **{f"real-heldout{k}": eval_dir(f"heldout{k}")
                                 for k in range(2, LAST_HELDOUT + 1)}}
# Tracker modules from Debian's game data, (heldout5) from npm and PyPI packages, (heldout6) from
# bullseye non-free's uqm-content and (heldout7 to heldout12) from public GitHub repositories
# (make_realbeats_modules.py): whole productions by other people, split by package; the held-out
# parts are guarded like the numbered held-out sets.
# The parts are make_realbeats_modules.py's own (its LAST_PART), so a new part is numbered once.
from make_realbeats_modules import LAST_PART as _LAST_MODULES_PART  # noqa: E402 - sibling script

MODULES_HELDOUT = ("real-modules-heldout",
                   *(f"real-modules-heldout{n}" for n in range(2, _LAST_MODULES_PART + 1)))
MODULE_SETS = {"real-modules": eval_dir("modules"),
               **{name: eval_dir(name.removeprefix("real-")) for name in MODULES_HELDOUT}}
REAL_DIRS.update(MODULE_SETS)
HELDOUT_SETS = tuple(n for n in REAL_DIRS if n.startswith("real-heldout"))
# Held-out sets our tracker may touch only in a lead's one --final run (real-heldout, the first,
# predates the rule); change_recovery guards those from real-heldout5 on, the first with changes.
GUARDED_SETS = HELDOUT_SETS[1:] + MODULES_HELDOUT
GUARDED_CHANGE_SETS = tuple(n for n in HELDOUT_SETS[1:] if int(n.removeprefix("real-heldout")) >= 5)
# Folder names of every real evaluation set (training never reads them).
EVAL_FOLDERS = tuple("realbeats-" + n.removeprefix("real-") for n in REAL_DIRS)
# Seeds 1..32 (offset 0) are the corpus the tracker was first tuned on, and offsets below 1000
# were used as checks while tuning; 9000 was never looked at before the final report.
FRESH_SEED_OFFSET = 9000


@dataclass(slots=True)
class Excerpt:
    name: str
    audio: DecodedAudio
    beats_s: np.ndarray
    downbeats_s: np.ndarray
    path: Path | None = None   # the file (for trackers that decode themselves)
    changes_s: tuple[float, ...] = ()
    metre: str = ""


def real_set(folder: Path) -> Iterator[Excerpt]:
    """Every NAME.mp3 + NAME.beats pair in ``folder`` (none when the folder is absent)."""
    if not folder.is_dir():
        return
    for beats_file in sorted(folder.glob("*.beats")):
        if beats_file.with_suffix(".mp3").exists():
            yield real_excerpt(beats_file)


def real_excerpt(beats_file: Path) -> Excerpt:
    """One excerpt of a real set: NAME.beats, its NAME.mp3 and (if there) NAME.json."""
    from audio_sync.decode import decode_audio

    mp3 = beats_file.with_suffix(".mp3")
    ann = np.loadtxt(beats_file, ndmin=2)
    meta_file = beats_file.with_suffix(".json")
    meta = json.loads(meta_file.read_text()) if meta_file.exists() else {}
    return Excerpt(name=beats_file.stem, audio=decode_audio(mp3), beats_s=ann[:, 0],
                   downbeats_s=ann[ann[:, 1] == 1, 0], path=mp3,
                   metre=str(meta.get("metre", "")), changes_s=step_changes(ann[:, 0]))


def step_changes(beats_s: np.ndarray, *, jump: float = 0.03, steady: float = 0.01) -> tuple[float, ...]:
    """Beats where the tempo steps (the interval changes by more than ``jump`` and the next
    three intervals stay within ``steady`` of the new one): the renders' tempo-map steps
    (116 -> 128 when a tune starts again, a tempo after a ritardando). Ramps are not steps."""
    ibi = np.diff(beats_s)
    out = []
    for k in range(1, ibi.size - 3):
        new = ibi[k:k + 4]
        if (abs(ibi[k] / ibi[k - 1] - 1) > jump
                and np.all(np.abs(new / new[0] - 1) <= steady)):
            out.append(float(beats_s[k]))
    return tuple(out)


def synthetic_set(seed_offset: int, only: str = "") -> Iterator[Excerpt]:
    for spec in corpus():
        if only in spec.name:
            yield synthetic_excerpt(spec, seed_offset)


def synthetic_excerpt(spec: SongSpec, seed_offset: int) -> Excerpt:
    """A song of the project's generator with its seed moved by ``seed_offset``."""
    s = SongSpec(spec.name, {**spec.kwargs, "seed": spec.kwargs["seed"] + seed_offset})
    audio, truth = s.make()
    return Excerpt(name=spec.name, audio=audio, beats_s=np.asarray(truth.beats_s),
                   downbeats_s=np.asarray(truth.downbeats_s), metre=f"{truth.beats_per_bar}/4")


def _part(bpm: float, bars: int, bpb: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A synthetic song cut at its (bars+1)-th downbeat: samples, beats, downbeats."""
    dur = (bars + 2) * bpb * 60.0 / bpm + 1.0
    audio, truth = make_song(bpm=bpm, beats_per_bar=bpb, duration_s=dur, seed=seed,
                             drumless_breakdown=False)
    downs = np.asarray(truth.downbeats_s)
    start, end = downs[0], downs[bars]
    sr = audio.rate_hz
    y = audio.samples[0, int(round(start * sr)):int(round(end * sr))]
    beats = np.asarray(truth.beats_s)
    sel = (beats >= start - 1e-6) & (beats < end - 1e-6)
    return y, beats[sel] - start, downs[:bars] - start


def change_set(seed_offset: int) -> Iterator[Excerpt]:
    """Songs whose tempo and/or metre change at a bar line (the issue's click-song case)."""
    plans = {
        "100-4/4 > 100-3/4 > 128-4/4": [(100.0, 8, 4), (100.0, 8, 3), (128.0, 10, 4)],
        "90-4/4 > 120-4/4": [(90.0, 10, 4), (120.0, 12, 4)],
        "140-4/4 > 105-3/4": [(140.0, 14, 4), (105.0, 12, 3)],
    }
    for k, (name, plan) in enumerate(plans.items()):
        ys, beats, downs, changes, t0 = [], [], [], [], 0.0
        for j, (bpm, bars, bpb) in enumerate(plan):
            y, b, d = _part(bpm, bars, bpb, seed=seed_offset + 100 * k + j)
            ys.append(y)
            beats.append(b + t0)
            downs.append(d + t0)
            if j:
                changes.append(t0)
            t0 += y.size / 22050.0
        samples = np.concatenate(ys)[None, :].astype(np.float32)
        yield Excerpt(name=name, audio=DecodedAudio(samples=samples, rate_hz=22050),
                      beats_s=np.concatenate(beats), downbeats_s=np.concatenate(downs),
                      changes_s=tuple(changes))


def refuse_unfinal(parser: argparse.ArgumentParser, sets_csv: str, guarded: tuple[str, ...], *, anchors_only: bool,
                   final: bool, anchors: str = "") -> None:
    """Exit 2 (``parser.error``) when a guarded held-out set is asked for without ``--final``
    (the lead's one scoring) or ``--anchors-only`` (``anchors`` alone; our tracker never runs;
    empty: the script has no anchors)."""
    asked = [s for s in sets_csv.split(",") if s in guarded]
    if asked and not (anchors_only or final):
        hint = f", or --anchors-only for {anchors}" if anchors else ""
        parser.error(f"{', '.join(asked)}: scored with our tracker once, at the end, by the lead: "
                     f"add --final for that run{hint}")


def excerpt_jobs(parser: argparse.ArgumentParser, sets_csv: str, *, final: bool) -> list[tuple[str, str]]:
    """(set, NAME.beats path) of every rendered excerpt of the real sets in ``sets_csv``, for a
    script that runs our tracker on them: guarded sets need ``final``, unknown sets are a usage
    error (exit 2), and sets not rendered here are named and skipped."""
    refuse_unfinal(parser, sets_csv, GUARDED_SETS, anchors_only=False, final=final)
    sets = [s for s in sets_csv.split(",") if s]
    unknown = [s for s in sets if s not in REAL_DIRS]
    if unknown:
        parser.error(f"--sets: unknown set(s) {', '.join(unknown)} (known: {', '.join(REAL_DIRS)})")
    jobs = [(s, str(b)) for s in sets for b in sorted(REAL_DIRS[s].glob("*.beats"))
            if b.with_suffix(".mp3").exists()]
    missing = [s for s in sets if not any(j[0] == s for j in jobs)]
    if missing:
        print(f"not rendered here, skipped: {', '.join(missing)} (benchmarks/render_eval_sets.sh)")
    return jobs


def by_corpus(rows: list[Any]) -> list[tuple[str, list[Any]]]:
    """("productions", rows of the tracker-module sets) and ("renders", the others), each only
    where it has rows: the two kinds of music the records compare (``row.set_name``)."""
    parts = [("productions", [r for r in rows if r.set_name in MODULE_SETS]),
             ("renders", [r for r in rows if r.set_name not in MODULE_SETS])]
    return [(kind, kept) for kind, kept in parts if kept]


def excerpt_parser(doc: str | None, *, list_help: str = "") -> argparse.ArgumentParser:
    """The options every per-excerpt benchmark over the real sets takes: --sets, --final, --jobs
    and (with ``list_help``) --list."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="real-dev,real-dev2,real-heldout", help="comma-separated real sets")
    parser.add_argument("--final", action="store_true", help="the lead's run on guarded held-out sets")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    if list_help:
        parser.add_argument("--list", action="store_true", help=list_help)
    return parser


def measure_excerpts(parser: argparse.ArgumentParser, args: argparse.Namespace,
                     measure: Callable[[tuple[str, str]], Any], **pool_options: Any
                     ) -> tuple[list[Any], float] | None:
    """``measure`` over every excerpt of ``args.sets`` in ``args.jobs`` worker processes (guarded
    as excerpt_jobs): (rows in job order, time.perf_counter() at the start), or None when there
    is nothing to run. ``pool_options``: e.g. a worker initializer."""
    import time
    from concurrent.futures import ProcessPoolExecutor

    jobs = excerpt_jobs(parser, args.sets, final=args.final)
    if not jobs:
        return None
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=max(1, args.jobs), **pool_options) as pool:
        return list(pool.map(measure, jobs, chunksize=4)), started


def print_set_summaries(rows: list[Any], summary: Callable[[str, list[Any]], str], *, started: float,
                        workers: int) -> None:
    """``summary`` of each set's rows (``row.set_name``), in the order first met, then of all, and
    the wall time since ``started`` (time.perf_counter)."""
    import time

    for name in dict.fromkeys(r.set_name for r in rows):
        print(summary(name, [r for r in rows if r.set_name == name]))
    print(summary("all", rows))
    print(f"\n{len(rows)} excerpts in {time.perf_counter() - started:.0f} s ({workers} workers)")
