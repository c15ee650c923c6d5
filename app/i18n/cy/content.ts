import type { Catalog } from '../translate.ts'

/** Statements and briefings written in both languages. */
export default {
  'Enter the Welsh title, or leave all the Welsh empty': "Rhowch y teitl Cymraeg, neu gadewch yr holl Gymraeg yn wag",
  'Enter the Welsh summary, or leave all the Welsh empty': "Rhowch y crynodeb Cymraeg, neu gadewch yr holl Gymraeg yn wag",
  'Enter the Welsh text, or leave all the Welsh empty': "Rhowch y testun Cymraeg, neu gadewch yr holl Gymraeg yn wag",
  'Write at least {min} characters': 'Ysgrifennwch o leiaf {min} nod',
  'Keep it to {max, number} characters or fewer': 'Cadwch ef i {max, number} nod neu lai',
  'No such statement': "Does dim datganiad o'r fath",
} satisfies Catalog
