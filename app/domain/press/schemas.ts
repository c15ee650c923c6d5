import { z } from 'zod'
import { PersonNameField, withoutBidiControls } from '../auth/schemas.ts'
import { PRESS_TOPIC_SLUGS } from './topics.ts'
import { TEMPLATE_KEYS } from './templates.ts'

const text = (max: number, label: string) => z.string().trim().max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`).default('')

/** The briefing form, shared by the browser (Conform) and the server. Quotes come as three fixed slots. */
export const BriefingFieldsSchema = z
  .object({
    headline: z.string({ error: 'Enter a headline' }).trim().min(1, 'Enter a headline').max(200, 'Headline must be 200 characters or fewer'),
    standfirst: text(600, 'The standfirst'),
    body: text(20_000, 'The key lines'),
    keyFacts: text(4_000, 'Key facts'),
    notesToEditors: text(4_000, 'Notes to editors'),
    contactName: text(120, 'The contact name'),
    contactEmail: z.union([z.literal(''), z.email({ error: 'Enter the press office email in the correct format, like press@chorus.example' })]).default(''),
    contactPhone: text(40, 'The phone number'),
    topics: z.array(z.enum(PRESS_TOPIC_SLUGS)).default([]),
    statementIds: z.array(z.uuid()).max(20).default([]),
    quote1Text: text(1500, 'A quote'), quote1Name: text(120, 'A spokesperson’s name'), quote1Role: text(160, 'A spokesperson’s role'),
    quote2Text: text(1500, 'A quote'), quote2Name: text(120, 'A spokesperson’s name'), quote2Role: text(160, 'A spokesperson’s role'),
    quote3Text: text(1500, 'A quote'), quote3Name: text(120, 'A spokesperson’s name'), quote3Role: text(160, 'A spokesperson’s role'),
  })
  .superRefine((v, ctx) => {
    for (const n of [1, 2, 3] as const) {
      if (v[`quote${n}Text`] && !v[`quote${n}Name`]) ctx.addIssue({ code: 'custom', path: [`quote${n}Name`], message: 'Say who is quoted' })
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
    quotes: ([1, 2, 3] as const).filter((n) => v[`quote${n}Text`]).map((n) => ({ text: v[`quote${n}Text`], name: v[`quote${n}Name`], role: v[`quote${n}Role`] })),
  }
}

export type BriefingFields = ReturnType<typeof toBriefingFields>

export const NewBriefingSchema = z.object({ template: z.enum(TEMPLATE_KEYS, { error: 'Choose the kind of story you are responding to' }) })

export const CorrectionSchema = z.object({
  correctionNote: z.string({ error: 'Say what was corrected' }).trim().min(5, 'Say what was corrected, in a sentence readers will see').max(500, 'Keep the correction note under 500 characters'),
})

export const WithdrawSchema = z.object({
  notice: z.string({ error: 'Write the notice readers will see instead' }).trim().min(10, 'Write the notice readers will see instead, in a sentence or two').max(1000, 'Keep the notice under 1,000 characters'),
})

export const JournalistRegistrationSchema = z.object({
  name: PersonNameField,
  outlet: z.string({ error: 'Enter the outlet you write or broadcast for' }).transform(withoutBidiControls).pipe(z.string().trim().min(2, 'Enter the outlet you write or broadcast for').max(160, 'Outlet must be 160 characters or fewer')),
  jobTitle: z.string({ error: 'Enter your role, like “Social affairs correspondent”' }).transform(withoutBidiControls).pipe(z.string().trim().min(2, 'Enter your role, like “Social affairs correspondent”').max(120, 'Role must be 120 characters or fewer')),
  email: z
    .string({ error: 'Enter your work email address' })
    .trim()
    .min(1, 'Enter your work email address')
    .max(254, 'Email address must be 254 characters or fewer')
    .pipe(z.email({ error: 'Enter an email address in the correct format, like name@outlet.example' }))
    .transform((v) => v.toLowerCase()),
  password: z.string({ error: 'Enter a password' }).min(12, 'Password must be at least 12 characters').max(200, 'Password must be 200 characters or fewer'),
  beats: z.array(z.enum(PRESS_TOPIC_SLUGS), { error: 'Choose at least one topic you cover' }).min(1, 'Choose at least one topic you cover'),
})

export const AlertTopicsSchema = z.object({
  scope: z.enum(['all', 'chosen'], { error: 'Choose all topics or the topics you want' }),
  topics: z.array(z.enum(PRESS_TOPIC_SLUGS)).default([]),
})
