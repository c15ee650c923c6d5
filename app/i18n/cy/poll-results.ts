import type { Catalog } from '~/i18n/translate.ts'

/** Poll results: charts, tables, suppression, press lines and their methodology. */
export default {
  'Percentages of each group’s answers, with the number of people in brackets': 'Canrannau atebion pob grŵp, gyda nifer y bobl mewn cromfachau',
  Group: 'Grŵp',
  Base: 'Sylfaen',
  Adults: 'Oedolion',
  'Mental health / AMHP': 'Iechyd meddwl / AMHP',
  Education: 'Addysg',
  Management: 'Rheoli',
  'Other practice area': 'Maes ymarfer arall',
  'By nation': 'Yn ôl gwlad',
  'By practice area': 'Yn ôl maes ymarfer',
  '[c] Not published: fewer than 10 people, or a figure that would reveal such a count.': "[c] Heb ei gyhoeddi: llai na 10 o bobl, neu ffigur a fyddai'n datgelu nifer o'r fath.",
  'How this poll was done': 'Sut y cynhaliwyd yr arolwg hwn',
  'Fewer than 10 people answered this question, so its results are not published.': "Atebodd llai na 10 o bobl y cwestiwn hwn, felly nid yw ei ganlyniadau'n cael eu cyhoeddi.",
  '{answer}: not published': '{answer}: heb ei gyhoeddi',
  '{answer}: {percent}% (95% interval {lower}% to {upper}%)': '{answer}: {percent}% (cyfwng 95% {lower}% i {upper}%)',
  'Answers to “{question}”, with 95% intervals': 'Atebion i “{question}”, gyda chyfyngau 95%',
  'Base: {n, plural, one {# person} other {# people}} answered': 'Sylfaen: atebodd {n, plural, zero {# o bobl} one {# person} two {# berson} few {# pherson} many {# pherson} other {# o bobl}}',
  'weighted by nation': "wedi'i bwysoli yn ôl gwlad",
  Answer: 'Ateb',
  People: 'Pobl',
  'Weighted percentage': "Canran wedi'i phwysoli",
  Percentage: 'Canran',
  '95% interval': 'Cyfwng 95%',
  '{list} or {last}': '{list} neu {last}',
  '{percent}% of {audience} who answered said {answers} when asked “{question}” ({weighted, select, yes {n = {n}, weighted by nation} other {n = {n}}}; ±{margin} points).':
    "Dywedodd {percent}% o {audience} a atebodd {answers} pan ofynnwyd “{question}” ({weighted, select, yes {n = {n}, wedi'i bwysoli yn ôl gwlad} other {n = {n}}}; ±{margin} pwynt).",
  'Chorus, the professional body for social workers, asked {audience} by email to answer online.':
    'Gofynnodd Chorus, y corff proffesiynol ar gyfer gweithwyr cymdeithasol, i {audience} ateb ar-lein drwy e-bost.',
  '{invited, plural, one {# member was} other {# members were}} invited.': 'Gwahoddwyd {invited, plural, zero {# aelod} one {# aelod} two {# aelod} few {# aelod} many {# aelod} other {# aelod}}.',
  'Fieldwork: from {start} to {end} (UK time).': 'Gwaith maes: o {start} hyd {end} (amser y DU).',
  'Base: {n, plural, one {# member} other {# members}} answered the question.':
    'Sylfaen: atebodd {n, plural, zero {# aelod} one {# aelod} two {# aelod} few {# aelod} many {# aelod} other {# aelod}} y cwestiwn.',
  'Question, as asked: “{question}”': "Y cwestiwn, fel y'i gofynnwyd: “{question}”",
  'Results are weighted by nation to the membership’s profile. The effective sample size after weighting is {effective}.':
    "Mae'r canlyniadau wedi'u pwysoli yn ôl gwlad i gyd-fynd â phroffil yr aelodaeth. Maint effeithiol y sampl ar ôl pwysoli yw {effective}.",
  'Results are not weighted.': "Nid yw'r canlyniadau wedi'u pwysoli.",
  'This is a self-selecting sample: members chose whether to answer, so the results may not represent all members or all social workers.':
    "Sampl hunanddewisol yw hwn: dewisodd aelodau a oeddent am ateb, felly efallai na fydd y canlyniadau'n cynrychioli pob aelod na phob gweithiwr cymdeithasol.",
  'The margin of error is ±{margin} percentage points: the 95% confidence interval runs from {lower}% to {upper}% (Wilson score method). It assumes a random sample, so the true uncertainty of a self-selecting poll is larger.':
    "Y lwfans gwallau yw ±{margin} pwynt canran: mae'r cyfwng hyder 95% yn rhedeg o {lower}% i {upper}% (dull sgôr Wilson). Mae'n rhagdybio sampl ar hap, felly mae ansicrwydd gwirioneddol arolwg hunanddewisol yn fwy.",
  'Counts of fewer than 10 people are not published, nor any figure that would reveal one.': "Nid yw niferoedd o lai na 10 o bobl yn cael eu cyhoeddi, na dim ffigur a fyddai'n datgelu un.",
  'Full results: {url}': 'Y canlyniadau llawn: {url}',
} satisfies Catalog
