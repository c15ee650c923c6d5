import type { Catalog } from '~/i18n/translate.ts'

/** Elections: closing nominations early, the returning officer's report for an election declared unopposed, and member motions scoped like ballots. */
export default {
  'Only the returning officer for this election can close its nominations.': "Dim ond swyddog canlyniadau'r etholiad hwn all gau ei enwebiadau.",
  'Nominations for this election have already closed.': "Mae'r enwebiadau ar gyfer yr etholiad hwn eisoes wedi cau.",
  'Nominations are closed. There were no more valid nominations than seats, so the result is published: elected unopposed.':
    "Mae'r enwebiadau wedi cau. Nid oedd mwy o enwebiadau dilys na seddi, felly mae'r canlyniad wedi'i gyhoeddi: etholwyd yn ddiwrthwynebiad.",
  'Nominations are closed. The valid nominations are the candidates, and the ballot opens as scheduled.':
    "Mae'r enwebiadau wedi cau. Yr enwebiadau dilys yw'r ymgeiswyr, a bydd y bleidlais yn agor fel y trefnwyd.",
  'Close nominations now?': "Cau'r enwebiadau nawr?",
  'Close nominations now': "Cau'r enwebiadau nawr",
  'Close nominations — Chorus': 'Cau enwebiadau — Chorus',
  'Nominations are due to close at {when}. Closing now does what the close does at that time:':
    "Mae'r enwebiadau i fod i gau am {when}. Mae cau nawr yn gwneud yr hyn y byddai'r cau yn ei wneud bryd hynny:",
  '{count, plural, =0 {No nomination is valid} one {# valid nomination becomes a candidate} other {# valid nominations become the candidates}} for {seats, plural, one {# seat} other {# seats}}.':
    '{count, plural, =0 {Does dim enwebiad dilys} zero {Mae # enwebiad dilys yn dod yn ymgeiswyr} one {Mae # enwebiad dilys yn dod yn ymgeisydd} two {Mae # enwebiad dilys yn dod yn ymgeiswyr} few {Mae # enwebiad dilys yn dod yn ymgeiswyr} many {Mae # enwebiad dilys yn dod yn ymgeiswyr} other {Mae # enwebiad dilys yn dod yn ymgeiswyr}} ar gyfer {seats, plural, zero {# sedd} one {# sedd} two {# sedd} few {# sedd} many {# sedd} other {# sedd}}.',
  'That is not more than the seats, so they are elected unopposed and the result is published. No ballot is held.':
    "Nid yw hynny'n fwy na'r seddi, felly cânt eu hethol yn ddiwrthwynebiad a chaiff y canlyniad ei gyhoeddi. Ni chynhelir pleidlais.",
  'That is more than the seats, so the ballot opens as scheduled, at {when}.': "Mae hynny'n fwy na'r seddi, felly bydd y bleidlais yn agor fel y trefnwyd, am {when}.",
  '{count, plural, one {# nomination still awaits your decision and will not stand} other {# nominations still await your decision and will not stand}}.':
    '{count, plural, zero {Mae # enwebiad yn dal i aros am eich penderfyniad ac ni fyddant yn sefyll} one {Mae # enwebiad yn dal i aros am eich penderfyniad ac ni fydd yn sefyll} two {Mae # enwebiad yn dal i aros am eich penderfyniad ac ni fyddant yn sefyll} few {Mae # enwebiad yn dal i aros am eich penderfyniad ac ni fyddant yn sefyll} many {Mae # enwebiad yn dal i aros am eich penderfyniad ac ni fyddant yn sefyll} other {Mae # enwebiad yn dal i aros am eich penderfyniad ac ni fyddant yn sefyll}}.',
  '{count, plural, one {# nominee has not accepted and will not stand} other {# nominees have not accepted and will not stand}}.':
    '{count, plural, zero {Nid yw # enwebai wedi derbyn ac ni fyddant yn sefyll} one {Nid yw # enwebai wedi derbyn ac ni fydd yn sefyll} two {Nid yw # enwebai wedi derbyn ac ni fyddant yn sefyll} few {Nid yw # enwebai wedi derbyn ac ni fyddant yn sefyll} many {Nid yw # enwebai wedi derbyn ac ni fyddant yn sefyll} other {Nid yw # enwebai wedi derbyn ac ni fyddant yn sefyll}}.',
  'This cannot be undone: no more nominations, support or withdrawals are taken.': "Ni ellir dadwneud hyn: ni dderbynnir rhagor o enwebiadau, cefnogaeth na thynnu'n ôl.",
  'Reason (optional; kept in the audit log)': 'Rheswm (dewisol; caiff ei gadw yn y log archwilio)',
  'Yes, close nominations now': "Ie, cau'r enwebiadau nawr",
  'No, keep them open': 'Na, eu cadw ar agor',
  'Result declared': 'Cyhoeddwyd y canlyniad',
  'I certify that when nominations closed there were no more valid nominations than seats, so no ballot was held, and that the candidates named above are elected unopposed.':
    "Rwy'n tystio, pan gaeodd yr enwebiadau, nad oedd mwy o enwebiadau dilys na seddi, felly ni chynhaliwyd pleidlais, a bod yr ymgeiswyr a enwir uchod wedi'u hethol yn ddiwrthwynebiad.",
  'This motion is only for members within its scope, and your membership is outside it.': "Mae'r cynnig hwn ar gyfer aelodau o fewn ei gwmpas yn unig, ac mae eich aelodaeth y tu allan iddo.",
  'Your own membership must be within the members you choose: you can propose a motion only for members you are among.':
    "Rhaid i'ch aelodaeth eich hun fod o fewn yr aelodau a ddewiswch: dim ond ar gyfer aelodau rydych chi'n un ohonynt y gallwch gynnig cynnig.",
  'This motion was proposed for chosen members; its ballot goes to exactly those members.': "Cynigiwyd y cynnig hwn ar gyfer aelodau penodol; mae ei bleidlais yn mynd i'r union aelodau hynny.",
  'Who can support it and vote: {scope}': 'Pwy all ei gefnogi a phleidleisio: {scope}',
  'The ballot goes to the members the motion was proposed for: {scope}.': "Mae'r bleidlais yn mynd i'r aelodau y cynigiwyd y cynnig ar eu cyfer: {scope}.",
} satisfies Catalog
