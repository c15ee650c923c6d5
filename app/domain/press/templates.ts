import type { BriefingTemplate } from '../../../db/schema/press.ts'
import type { PressTopic } from './topics.ts'

export interface TemplateDefinition {
  label: string
  hint: string
  headline: string
  standfirst: string
  body: string
  keyFacts: string[]
  notesToEditors: string
  topics: PressTopic[]
  /** Statement topics whose published position statements are suggested as background. */
  statementTopics: string[]
}

const ABOUT_CHORUS =
  'Chorus is the national professional body for social workers in England, Scotland, Wales and Northern Ireland. It speaks for its members on practice, workload and the public understanding of social work.'

/** The common situations a rapid response answers, each with the structure it needs. */
export const BRIEFING_TEMPLATES: Record<BriefingTemplate, TemplateDefinition> = {
  serious_case_review: {
    label: 'A child death or serious case review is published',
    hint: 'Respond to the findings, put the system first, and support the staff involved.',
    headline: 'Chorus responds to the [name of area] safeguarding review',
    standfirst: 'The review into [what happened] finds [main finding]. Chorus calls for [the change needed].',
    body: '## Our response\n\n- [The main point in one sentence]\n- [What the review shows about the system: caseloads, supervision, information sharing]\n- [What we ask of government or employers]\n\n## What happens next\n\n[What Chorus will do, and by when]',
    keyFacts: ['[The review’s key finding, with its figure]', '[Caseload or vacancy figure for the area]'],
    notesToEditors: `Please do not name individual social workers involved before the review process has ended.\n\n${ABOUT_CHORUS}`,
    topics: ['serious-case-reviews', 'children-and-families'],
    statementTopics: ['serious case reviews', 'children', 'workforce'],
  },
  social_worker_named: {
    label: 'A social worker is named in the media',
    hint: 'Set out the facts, ask for restraint, and say how Chorus supports the person.',
    headline: 'Chorus statement on reporting of [the case]',
    standfirst: 'Chorus asks editors not to name individual social workers while [the review or proceedings] continue.',
    body: '## Our response\n\n- [What has been reported, neutrally]\n- [Why naming front-line staff before a review ends harms children and the profession]\n- [How Chorus is supporting the social worker and their colleagues]',
    keyFacts: ['[Where the case stands: review, hearing, investigation]'],
    notesToEditors: `The Independent Press Standards Organisation’s Editors’ Code, clause 2 (privacy), applies to social workers as to anyone else.\n\n${ABOUT_CHORUS}`,
    topics: ['media-and-the-profession'],
    statementTopics: ['media', 'serious case reviews'],
  },
  government_announcement: {
    label: 'A government announcement',
    hint: 'Welcome what helps, say clearly what is missing, with figures.',
    headline: 'Chorus responds to the [department]’s announcement on [subject]',
    standfirst: 'Chorus [welcomes / is concerned by] [the announcement]. [The one thing that matters most].',
    body: '## Our response\n\n- [What the announcement does]\n- [What it means for social workers and the people they support]\n- [What is missing]\n\n## What we ask\n\n1. [First ask]\n2. [Second ask]',
    keyFacts: ['[The amount or measure announced]', '[The comparable figure: need, vacancies, past funding]'],
    notesToEditors: ABOUT_CHORUS,
    topics: ['funding', 'workforce'],
    statementTopics: ['workforce', 'children', 'funding'],
  },
  other: {
    label: 'Something else',
    hint: 'A plain structure: what happened, what we say, what we ask.',
    headline: 'Chorus responds to [the story]',
    standfirst: '[One or two sentences journalists can use as they are.]',
    body: '## Our response\n\n- [Key line]\n- [Key line]\n- [Key line]',
    keyFacts: [],
    notesToEditors: ABOUT_CHORUS,
    topics: [],
    statementTopics: [],
  },
}

export const TEMPLATE_KEYS = Object.keys(BRIEFING_TEMPLATES) as [BriefingTemplate, ...BriefingTemplate[]]

/** A template's "[bracketed prompt]"; a Markdown link's "[text](address)" or "[text][ref]" is not one. */
const PROMPT = /(?<!\])\[[^\]\n]+\](?![(\[:])/

const FIELD_LABELS: Record<string, string> = {
  headline: 'the headline',
  standfirst: 'the standfirst',
  body: 'the key lines',
  keyFacts: 'the key facts',
  notesToEditors: 'the notes to editors',
  contactName: 'the contact name',
  contactEmail: 'the contact email',
  contactPhone: 'the contact phone number',
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

/**
 * Every field of a briefing that still holds a template prompt, by the form's field name, each
 * with a message to show beside it. Empty when the briefing is ready to send.
 */
export function fieldsWithPrompts(b: BriefingText): Record<string, string> {
  const found: Record<string, string> = {}
  const check = (name: string, value: string, label: string) => {
    if (PROMPT.test(value)) found[name] = `Replace the [bracketed prompt] in ${label} before sending`
  }
  for (const name of ['headline', 'standfirst', 'body', 'notesToEditors', 'contactName', 'contactEmail', 'contactPhone'] as const) check(name, b[name], FIELD_LABELS[name])
  check('keyFacts', b.keyFacts.join('\n'), FIELD_LABELS.keyFacts)
  b.quotes.slice(0, 3).forEach((q, i) => {
    check(`quote${i + 1}Text`, q.text, `quote ${i + 1}`)
    check(`quote${i + 1}Name`, q.name, `the name for quote ${i + 1}`)
    check(`quote${i + 1}Role`, q.role, `the role for quote ${i + 1}`)
  })
  return found
}
