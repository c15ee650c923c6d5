import { z } from 'zod'
import { msg } from '../../i18n/translate.ts'
import { PersonNameField, withoutBidiControls } from '../auth/schemas.ts'
import { quoteField, quoteKey } from './quote-fields.ts'
import { PRESS_TOPIC_SLUGS } from './topics.ts'
import { TEMPLATE_KEYS } from './templates.ts'

const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong).default('')

/** The briefing form, shared by the browser (Conform) and the server. Quotes come as three fixed slots. */
export const BriefingFieldsSchema = z
  .object({
    headline: z.string({ error: msg('Enter a headline') }).trim().min(1, msg('Enter a headline')).max(200, msg('Headline must be 200 characters or fewer')),
    standfirst: text(600, msg('The standfirst must be 600 characters or fewer')),
    body: text(20_000, msg('The key lines must be 20,000 characters or fewer')),
    keyFacts: text(4_000, msg('Key facts must be 4,000 characters or fewer')),
    notesToEditors: text(4_000, msg('Notes to editors must be 4,000 characters or fewer')),
    contactName: text(120, msg('The contact name must be 120 characters or fewer')),
    contactEmail: z.union([z.literal(''), z.email({ error: msg('Enter the press office email in the correct format, like press@chorus.example') })]).default(''),
    contactPhone: text(40, msg('The phone number must be 40 characters or fewer')),
    topics: z.array(z.enum(PRESS_TOPIC_SLUGS)).default([]),
    statementIds: z.array(z.uuid()).max(20).default([]),
    quote1Text: text(1500, msg('A quote must be 1,500 characters or fewer')), quote1Name: text(120, msg('A spokesperson’s name must be 120 characters or fewer')), quote1Role: text(160, msg('A spokesperson’s role must be 160 characters or fewer')),
    quote2Text: text(1500, msg('A quote must be 1,500 characters or fewer')), quote2Name: text(120, msg('A spokesperson’s name must be 120 characters or fewer')), quote2Role: text(160, msg('A spokesperson’s role must be 160 characters or fewer')),
    quote3Text: text(1500, msg('A quote must be 1,500 characters or fewer')), quote3Name: text(120, msg('A spokesperson’s name must be 120 characters or fewer')), quote3Role: text(160, msg('A spokesperson’s role must be 160 characters or fewer')),
  })
  .superRefine((v, ctx) => {
    for (const n of [1, 2, 3] as const) {
      if (v[quoteKey(n, 'text')] && !v[quoteKey(n, 'name')]) ctx.addIssue({ code: 'custom', path: [quoteField(n, 'name')], message: msg('Say who is quoted') })
    }
  })

export type BriefingFieldsInput = z.infer<typeof BriefingFieldsSchema>

/** The form's flat fields as the domain's shape. */
export function toBriefingFields(v: BriefingFieldsInput) {
  return {
    headline: v.headline,
    standfirst: v.standfirst,
    body: v.body,
    keyFacts: v.keyFacts.split(/\r?\n/).map((l) => l.replace(/^[-*•]\s*/, '').trim()).filter(Boolean).slice(0, 20),
    notesToEditors: v.notesToEditors,
    contactName: v.contactName,
    contactEmail: v.contactEmail,
    contactPhone: v.contactPhone,
    topics: v.topics,
    statementIds: v.statementIds,
    quotes: ([1, 2, 3] as const).filter((n) => v[quoteKey(n, 'text')]).map((n) => ({ text: v[quoteKey(n, 'text')], name: v[quoteKey(n, 'name')], role: v[quoteKey(n, 'role')] })),
  }
}

export type BriefingFields = ReturnType<typeof toBriefingFields>

export const NewBriefingSchema = z.object({ template: z.enum(TEMPLATE_KEYS, { error: msg('Choose the kind of story you are responding to') }) })

export const CorrectionSchema = z.object({
  correctionNote: z.string({ error: msg('Say what was corrected') }).trim().min(5, msg('Say what was corrected, in a sentence readers will see')).max(500, msg('Keep the correction note under 500 characters')),
})

export const WithdrawSchema = z.object({
  notice: z.string({ error: msg('Write the notice readers will see instead') }).trim().min(10, msg('Write the notice readers will see instead, in a sentence or two')).max(1000, msg('Keep the notice under 1,000 characters')),
})

export const JournalistRegistrationSchema = z.object({
  name: PersonNameField,
  outlet: z.string({ error: msg('Enter the outlet you write or broadcast for') }).transform(withoutBidiControls).pipe(z.string().trim().min(2, msg('Enter the outlet you write or broadcast for')).max(160, msg('Outlet must be 160 characters or fewer'))),
  jobTitle: z.string({ error: msg('Enter your role, like “Social affairs correspondent”') }).transform(withoutBidiControls).pipe(z.string().trim().min(2, msg('Enter your role, like “Social affairs correspondent”')).max(120, msg('Role must be 120 characters or fewer'))),
  email: z
    .string({ error: msg('Enter your work email address') })
    .trim()
    .min(1, msg('Enter your work email address'))
    .max(254, msg('Email address must be 254 characters or fewer'))
    .pipe(z.email({ error: msg('Enter an email address in the correct format, like name@outlet.example') }))
    .transform((v) => v.toLowerCase()),
  password: z.string({ error: msg('Enter a password') }).min(12, msg('Password must be at least 12 characters')).max(200, msg('Password must be 200 characters or fewer')),
  beats: z.array(z.enum(PRESS_TOPIC_SLUGS), { error: msg('Choose at least one topic you cover') }).min(1, msg('Choose at least one topic you cover')),
})

export const AlertLanguageSchema = z.object({
  alertLanguage: z.enum(['cy', 'en', 'both'], { error: msg('Choose the language of your alerts') }),
})

export const AlertTopicsSchema = z.object({
  scope: z.enum(['all', 'chosen'], { error: msg('Choose all topics or the topics you want') }),
  topics: z.array(z.enum(PRESS_TOPIC_SLUGS)).default([]),
})
