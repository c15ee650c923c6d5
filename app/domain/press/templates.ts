import type { BriefingTemplate } from '../../../db/schema/press.ts'
import type { Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { quoteField } from './quote-fields.ts'
import type { PressTopic } from './topics.ts'

/**
 * A template's texts are messages: the label and hint the officer chooses by, and the prompts the
 * draft starts with, written in the language of the page the officer started it from.
 */
export interface TemplateDefinition {
  label: string
  hint: string
  headline: string
  standfirst: string
  body: string
  keyFacts: string[]
  /** Paragraphs, each a message: joined by a blank line. */
  notesToEditors: string[]
  topics: PressTopic[]
  /** Statement topics whose published position statements are suggested as background. */
  statementTopics: string[]
}

const ABOUT_CHORUS = msg(
  'Chorus is the national professional body for social workers in England, Scotland, Wales and Northern Ireland. It speaks for its members on practice, workload and the public understanding of social work.',
)

/** Statement topics are stored as lower-case words: `serious case reviews`. */
const statementTopic = (slug: string) => slug.replaceAll('-', ' ')

/** The common situations a rapid response answers, each with the structure it needs. */
export const BRIEFING_TEMPLATES: Record<BriefingTemplate, TemplateDefinition> = {
  serious_case_review: {
    label: msg('A child death or serious case review is published'),
    hint: msg('Respond to the findings, put the system first, and support the staff involved.'),
    headline: msg('Chorus responds to the [name of area] safeguarding review'),
    standfirst: msg('The review into [what happened] finds [main finding]. Chorus calls for [the change needed].'),
    body: msg(
      '## Our response\n\n- [The main point in one sentence]\n- [What the review shows about the system: caseloads, supervision, information sharing]\n- [What we ask of government or employers]\n\n## What happens next\n\n[What Chorus will do, and by when]',
    ),
    keyFacts: [msg('[The review’s key finding, with its figure]'), msg('[Caseload or vacancy figure for the area]')],
    notesToEditors: [msg('Please do not name individual social workers involved before the review process has ended.'), ABOUT_CHORUS],
    topics: ['serious-case-reviews', 'children-and-families'],
    statementTopics: [statementTopic('serious-case-reviews'), 'children', 'workforce'],
  },
  social_worker_named: {
    label: msg('A social worker is named in the media'),
    hint: msg('Set out the facts, ask for restraint, and say how Chorus supports the person.'),
    headline: msg('Chorus statement on reporting of [the case]'),
    standfirst: msg('Chorus asks editors not to name individual social workers while [the review or proceedings] continue.'),
    body: msg(
      '## Our response\n\n- [What has been reported, neutrally]\n- [Why naming front-line staff before a review ends harms children and the profession]\n- [How Chorus is supporting the social worker and their colleagues]',
    ),
    keyFacts: [msg('[Where the case stands: review, hearing, investigation]')],
    notesToEditors: [msg('The Independent Press Standards Organisation’s Editors’ Code, clause 2 (privacy), applies to social workers as to anyone else.'), ABOUT_CHORUS],
    topics: ['media-and-the-profession'],
    statementTopics: ['media', statementTopic('serious-case-reviews')],
  },
  government_announcement: {
    label: msg('A government announcement'),
    hint: msg('Welcome what helps, say clearly what is missing, with figures.'),
    headline: msg('Chorus responds to the [department]’s announcement on [subject]'),
    standfirst: msg('Chorus [welcomes / is concerned by] [the announcement]. [The one thing that matters most].'),
    body: msg(
      '## Our response\n\n- [What the announcement does]\n- [What it means for social workers and the people they support]\n- [What is missing]\n\n## What we ask\n\n1. [First ask]\n2. [Second ask]',
    ),
    keyFacts: [msg('[The amount or measure announced]'), msg('[The comparable figure: need, vacancies, past funding]')],
    notesToEditors: [ABOUT_CHORUS],
    topics: ['funding', 'workforce'],
    statementTopics: ['workforce', 'children', 'funding'],
  },
  other: {
    label: msg('Something else'),
    hint: msg('A plain structure: what happened, what we say, what we ask.'),
    headline: msg('Chorus responds to [the story]'),
    standfirst: msg('[One or two sentences journalists can use as they are.]'),
    body: msg('## Our response\n\n- [Key line]\n- [Key line]\n- [Key line]'),
    keyFacts: [],
    notesToEditors: [ABOUT_CHORUS],
    topics: [],
    statementTopics: [],
  },
}

export const TEMPLATE_KEYS = Object.keys(BRIEFING_TEMPLATES) as [BriefingTemplate, ...BriefingTemplate[]]

/** A template's "[bracketed prompt]"; a Markdown link's "[text](address)" or "[text][ref]" is not one. */
const PROMPT = /(?<!\])\[[^\]\n]+\](?![(\[:])/

/** What to say beside each field that still holds a prompt. */
const PROMPT_MESSAGES: Record<string, string> = {
  headline: msg('Replace the [bracketed prompt] in the headline before sending'),
  standfirst: msg('Replace the [bracketed prompt] in the standfirst before sending'),
  body: msg('Replace the [bracketed prompt] in the key lines before sending'),
  keyFacts: msg('Replace the [bracketed prompt] in the key facts before sending'),
  notesToEditors: msg('Replace the [bracketed prompt] in the notes to editors before sending'),
  contactName: msg('Replace the [bracketed prompt] in the contact name before sending'),
  contactEmail: msg('Replace the [bracketed prompt] in the contact email before sending'),
  contactPhone: msg('Replace the [bracketed prompt] in the contact phone number before sending'),
  text: msg('Replace the [bracketed prompt] in quote {n} before sending'),
  name: msg('Replace the [bracketed prompt] in the name for quote {n} before sending'),
  role: msg('Replace the [bracketed prompt] in the role for quote {n} before sending'),
}

/** A template's texts in a language, as the draft's fields. */
export function templateDraft(t: TemplateDefinition, locale: Locale) {
  const tr = (message: string) => translate(locale, message)
  return {
    headline: tr(t.headline),
    standfirst: tr(t.standfirst),
    body: tr(t.body),
    keyFacts: t.keyFacts.map(tr),
    notesToEditors: t.notesToEditors.map(tr).join('\n\n'),
  }
}

export interface BriefingText {
  headline: string
  standfirst: string
  body: string
  keyFacts: string[]
  quotes: { text: string; name: string; role: string }[]
  notesToEditors: string
  contactName: string
  contactEmail: string
  contactPhone: string
}

export type PromptMessages = Record<string, { message: string; values?: { n: number } }>

/**
 * Every field of a briefing that still holds a template prompt, by the form's field name, each
 * with a message id (and its values) to show beside it. Empty when the briefing is ready to send.
 */
export function promptsLeft(b: BriefingText): PromptMessages {
  const found: PromptMessages = {}
  const check = (name: string, value: string, message: string, values?: { n: number }) => {
    if (PROMPT.test(value)) found[name] = { message, values }
  }
  for (const name of ['headline', 'standfirst', 'body', 'notesToEditors', 'contactName', 'contactEmail', 'contactPhone'] as const) check(name, b[name], PROMPT_MESSAGES[name])
  check('keyFacts', b.keyFacts.join('\n'), PROMPT_MESSAGES.keyFacts)
  b.quotes.slice(0, 3).forEach((q, i) => {
    for (const part of ['text', 'name', 'role'] as const) check(quoteField(i + 1, part), q[part], PROMPT_MESSAGES[part], { n: i + 1 })
  })
  return found
}

/** The same, as text in a language. */
export function fieldsWithPrompts(b: BriefingText, locale: Locale = 'en'): Record<string, string> {
  return Object.fromEntries(Object.entries(promptsLeft(b)).map(([name, p]) => [name, translate(locale, p.message, p.values)]))
}
