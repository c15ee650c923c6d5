import type { Catalog } from '~/i18n/translate.ts'

/** Ballot calendars, reminders and the returning officer's report. */
export default {
  // Calendar
  'Chorus ballots': 'Pleidleisiau Chorus',
  '{kind, select, election {Election} other {Motion}} open for voting: {title}': '{kind, select, election {Etholiad} other {Cynnig}} ar agor i bleidleisio: {title}',
  'Chorus members on the electorate can vote until {closes}. Vote at {url}': 'Gall aelodau Chorus sydd ar y rhestr etholwyr bleidleisio tan {closes}. Pleidleisiwch yn {url}',
  'Voting closes: {title}': "Y pleidleisio'n cau: {title}",
  'Voting closes at {closes}. If you have not voted yet, vote at {url}': "Mae'r pleidleisio'n cau am {closes}. Os nad ydych wedi pleidleisio eto, pleidleisiwch yn {url}",
  'Voting closes at {closes} and the votes are counted at once. The result will be at {url}':
    "Mae'r pleidleisio'n cau am {closes} ac mae'r pleidleisiau'n cael eu cyfrif ar unwaith. Bydd y canlyniad yn {url}",
  'Add to your calendar': 'Ychwanegu at eich calendr',
  'Add the results date to your calendar': 'Ychwanegu dyddiad y canlyniad at eich calendr',
  'The result will be published when voting closes, at {closes}.': "Bydd y canlyniad yn cael ei gyhoeddi pan fydd y pleidleisio'n cau, am {closes}.",
  'Add the voting dates to your calendar': "Ychwanegu dyddiadau'r bleidlais at eich calendr",
  '(an .ics file for Outlook, Google, Apple and other calendars)': '(ffeil .ics ar gyfer Outlook, Google, Apple a chalendrau eraill)',
  // Scope
  // The returning officer's report
  'Returning officer’s report': 'Adroddiad y swyddog canlyniadau',
  'Returning officer’s report — Chorus': 'Adroddiad y swyddog canlyniadau — Chorus',
  'The returning officer’s report is published when voting has closed and the votes are counted.':
    "Caiff adroddiad y swyddog canlyniadau ei gyhoeddi pan fydd y pleidleisio wedi cau a'r pleidleisiau wedi'u cyfrif.",
  'Download the report as a PDF': "Lawrlwytho'r adroddiad fel PDF",
  'to print or file with the minutes': "i'w argraffu neu ei gadw gyda'r cofnodion",
  'The ballot': 'Y bleidlais',
  Kind: 'Math',
  'Who could vote': 'Pwy allai bleidleisio',
  'Voting opened': 'Agorodd y pleidleisio',
  'Voting closed': 'Caeodd y pleidleisio',
  Counted: 'Cyfrifwyd',
  Nominations: 'Enwebiadau',
  'Nominations received': 'Enwebiadau a ddaeth i law',
  'Valid nominations': 'Enwebiadau dilys',
  Rejected: 'Gwrthodwyd',
  'Electorate and turnout': "Etholwyr a'r nifer a bleidleisiodd",
  'Votes cast': 'Pleidleisiau a fwriwyd',
  'The count': 'Y cyfrif',
  Choice: 'Dewis',
  Votes: 'Pleidleisiau',
  'Share of votes cast': "Cyfran o'r pleidleisiau a fwriwyd",
  'The motion was carried.': 'Pasiwyd y cynnig.',
  'The motion was not carried.': 'Ni phasiwyd y cynnig.',
  '{count, plural, one {Elected:} other {Elected, in order of election:}}':
    '{count, plural, zero {Etholwyd, yn nhrefn eu hethol:} one {Etholwyd:} two {Etholwyd, yn nhrefn eu hethol:} few {Etholwyd, yn nhrefn eu hethol:} many {Etholwyd, yn nhrefn eu hethol:} other {Etholwyd, yn nhrefn eu hethol:}}',
  'The published record': 'Y cofnod a gyhoeddwyd',
  'Receipts and papers, for anyone to check or recount': 'Derbynebau a phapurau, i unrhyw un eu gwirio neu eu hailgyfrif',
  'I certify that the votes given in this ballot were counted as set out above, and that the result is as stated.':
    "Rwy'n tystio bod y pleidleisiau a roddwyd yn y bleidlais hon wedi'u cyfrif fel y nodir uchod, a bod y canlyniad fel y'i datganwyd.",
  'Returning officer': 'Swyddog canlyniadau',
  'Not recorded': 'Heb ei gofnodi',
  Date: 'Dyddiad',
} satisfies Catalog
