import type { Catalog } from '../translate.ts'

/** Statements and briefings written in both languages. */
export default {
  'Enter the Welsh title, or leave all the Welsh empty': "Rhowch y teitl Cymraeg, neu gadewch yr holl Gymraeg yn wag",
  'Enter the Welsh summary, or leave all the Welsh empty': "Rhowch y crynodeb Cymraeg, neu gadewch yr holl Gymraeg yn wag",
  'Enter the Welsh text, or leave all the Welsh empty': "Rhowch y testun Cymraeg, neu gadewch yr holl Gymraeg yn wag",
  'Write at least {min} characters': 'Ysgrifennwch o leiaf {min} nod',
  'Keep it to {max, number} characters or fewer': 'Cadwch ef i {max, number} nod neu lai',
  'No such statement': "Does dim datganiad o'r fath",
  'Welsh version': 'Fersiwn Gymraeg',
  'The Welsh version is saved. Welsh readers see it now.': "Mae'r fersiwn Gymraeg wedi'i chadw. Mae darllenwyr Cymraeg yn ei gweld nawr.",
  'The Welsh version is taken down. Welsh readers see the English.': "Mae'r fersiwn Gymraeg wedi'i thynnu i lawr. Mae darllenwyr Cymraeg yn gweld y Saesneg.",
  'Write the Welsh beside the English. Welsh readers see it at the same address under /cy; until it is written they see the English with a note. Leave every field empty to take the Welsh version down.':
    "Ysgrifennwch y Gymraeg wrth ochr y Saesneg. Mae darllenwyr Cymraeg yn ei gweld yn yr un cyfeiriad o dan /cy; nes iddi gael ei hysgrifennu, maen nhw'n gweld y Saesneg gyda nodyn. Gadewch bob maes yn wag i dynnu'r fersiwn Gymraeg i lawr.",
  'See the Welsh public page': "Gweld y dudalen gyhoeddus Gymraeg",
  English: 'Saesneg',
  Welsh: 'Cymraeg',
  'Title in Welsh': 'Teitl yn Gymraeg',
  'Summary in Welsh': 'Crynodeb yn Gymraeg',
  'Statement in Welsh': 'Datganiad yn Gymraeg',
  'Markdown, as in the English.': 'Markdown, fel yn y Saesneg.',
  'Save the Welsh version': "Cadw'r fersiwn Gymraeg",
  'Welsh version: {title} — Chorus': 'Fersiwn Gymraeg: {title} — Chorus',
  'This statement is not available in Welsh yet. Here it is in English.': "Nid yw'r datganiad hwn ar gael yn Gymraeg eto. Dyma fe yn Saesneg.",
  'Read this statement in {language}': "Darllenwch y datganiad hwn yn {language}",
} satisfies Catalog
