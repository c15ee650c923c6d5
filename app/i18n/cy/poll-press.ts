import type { Catalog } from '~/i18n/translate.ts'

/** Poll results pages wired up: downloads, weighting notes, and press lines from a published poll. */
export default {
  'Each bar shows an answer’s share with its 95% interval. In the breakdowns, cells of fewer than 10 people are hidden and marked [c].':
    "Mae pob bar yn dangos cyfran ateb gyda'i gyfwng 95%. Yn y dadansoddiadau, mae celloedd o lai na 10 o bobl wedi'u cuddio a'u marcio [c].",
  'Download the results as CSV': "Lawrlwytho'r canlyniadau fel CSV",
  'No answers to count yet.': "Does dim atebion i'w cyfrif eto.",
  'The same answers weighted by nation to the membership’s profile (effective sample size {effective}):':
    "Yr un atebion wedi'u pwysoli yn ôl gwlad i broffil yr aelodaeth (maint sampl effeithiol {effective}):",
  'Figures weighted by nation are withheld for this question: they could reveal a count hidden in the breakdowns.':
    "Mae ffigurau wedi'u pwysoli yn ôl gwlad wedi'u dal yn ôl ar gyfer y cwestiwn hwn: gallent ddatgelu nifer sydd wedi'i chuddio yn y dadansoddiadau.",
  'These results are not weighted: the membership’s profile by nation was not available to weight to.':
    "Nid yw'r canlyniadau hyn wedi'u pwysoli: nid oedd proffil yr aelodaeth yn ôl gwlad ar gael i bwysoli iddo.",
  'Free-text answers are seen only by officers and never published.': "Dim ond swyddogion sy'n gweld atebion testun rhydd, ac ni chânt eu cyhoeddi byth.",
  'The margin of error above is the widest for this poll: an answer given by half of those who answered “{question}”. Each answer’s own interval is in its table.':
    "Y lwfans gwallau uchod yw'r mwyaf ar gyfer yr arolwg hwn: ateb a roddwyd gan hanner y rhai a atebodd “{question}”. Mae cyfwng pob ateb ei hun yn ei dabl.",
  'Use in a press line': 'Defnyddio mewn llinell i’r wasg',
  'Pick an answer, or answers to add together (for example “Agree” and “Strongly agree”), and Chorus drafts the sentence and its methodology.':
    "Dewiswch ateb, neu atebion i'w hadio at ei gilydd (er enghraifft “Cytuno” a “Cytuno'n gryf”), ac mae Chorus yn drafftio'r frawddeg a'i methodoleg.",
  'No question has enough answers for a press line.': "Does gan yr un cwestiwn ddigon o atebion ar gyfer llinell i'r wasg.",
  'Draft the press line': "Drafftio'r llinell i'r wasg",
  'Drafted press line (in English, as it goes into the briefing)': "Y llinell i'r wasg ddrafft (yn Saesneg, fel yr aiff i'r briff)",
  'Methodology for the notes to editors': 'Methodoleg ar gyfer y nodiadau i olygyddion',
  'Draft briefing': 'Briff drafft',
  'Add to a briefing': 'Ychwanegu at friff',
  'There is no draft briefing to add it to. Start one in the press office first.': "Does dim briff drafft i'w ychwanegu ato. Dechreuwch un yn swyddfa'r wasg yn gyntaf.",
  'Choose at least one answer': 'Dewiswch o leiaf un ateb',
  'Choose a question from the list': "Dewiswch gwestiwn o'r rhestr",
  'Choose a draft briefing': 'Dewiswch friff drafft',
  'Choose a draft briefing: this one has been sent or no longer exists': "Dewiswch friff drafft: mae hwn wedi'i anfon neu nid yw'n bodoli mwyach",
  'That briefing already has 20 key facts: remove one first': 'Mae gan y briff hwnnw 20 o ffeithiau allweddol yn barod: tynnwch un yn gyntaf',
  'The notes to editors would be longer than 4,000 characters: shorten them first': "Byddai'r nodiadau i olygyddion yn hwy na 4,000 o nodau: byrhewch nhw yn gyntaf",
  members: 'aelodau',
  'A press line can be drawn from a poll once its results are published': "Gellir tynnu llinell i'r wasg o arolwg unwaith y bydd ei ganlyniadau wedi'u cyhoeddi",
  'Choose one or more answers that are published (for a several-choices question, one answer)': "Dewiswch un neu fwy o atebion sydd wedi'u cyhoeddi (ar gyfer cwestiwn sawl dewis, un ateb)",
  'The poll’s figure is in the key facts, and its methodology in the notes to editors, in English and in Welsh.':
    "Mae ffigur yr arolwg yn y ffeithiau allweddol, a'i fethodoleg yn y nodiadau i olygyddion, yn Saesneg ac yn Gymraeg.",
  'In Welsh, for the briefing’s Welsh key facts and notes to editors': 'Yn Gymraeg, ar gyfer ffeithiau allweddol a nodiadau i olygyddion fersiwn Gymraeg y briff',
  'The Welsh key facts would be longer than 4,000 characters: shorten them first': "Byddai'r ffeithiau allweddol Cymraeg yn hwy na 4,000 o nodau: byrhewch nhw yn gyntaf",
  'The Welsh notes to editors would be longer than 4,000 characters: shorten them first': "Byddai'r nodiadau Cymraeg i olygyddion yn hwy na 4,000 o nodau: byrhewch nhw yn gyntaf",
  'Counts so far, seen only by officers. Cells under 10 are hidden here as they would be in public.':
    "Y niferoedd hyd yma, i swyddogion yn unig. Mae celloedd o dan 10 wedi'u cuddio yma fel y byddent yn gyhoeddus.",
} satisfies Catalog
