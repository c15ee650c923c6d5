import { z } from 'zod'
import type { Locale } from '~/i18n/locale.ts'
import { msg } from '~/i18n/translate.ts'
import { parseLondonLocal, zoneChoice } from '~/utils/london-time.ts'
import { PersonNameField, withoutBidiControls } from '~/domain/auth/schemas.ts'
import { quoteField, quoteKey } from './quote-fields.ts'
import { PRESS_TOPIC_SLUGS } from './topics.ts'
import { TEMPLATE_KEYS } from './templates.ts'

const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong).default('')

/** The briefing form, shared by the browser (Conform) and the server. Quotes come as three fixed slots. */
const BriefingFieldsSchema = z
  .object({
    headline: z
      .string({ error: msg('Enter a headline') })
      .trim()
      .min(1, msg('Enter a headline'))
      .max(200, msg('Headline must be 200 characters or fewer')),
    standfirst: text(600, msg('The standfirst must be 600 characters or fewer')),
    body: text(20_000, msg('The key lines must be 20,000 characters or fewer')),
    keyFacts: text(4_000, msg('Key facts must be 4,000 characters or fewer')),
    notesToEditors: text(4_000, msg('Notes to editors must be 4,000 characters or fewer')),
    contactName: text(120, msg('The contact name must be 120 characters or fewer')),
    contactEmail: z.union([z.literal(''), z.email({ error: msg('Enter the press office email in the correct format, like press@chorus.example') })]).default(''),
    contactPhone: text(40, msg('The phone number must be 40 characters or fewer')),
    topics: z.array(z.enum(PRESS_TOPIC_SLUGS)).default([]),
    statementIds: z.array(z.uuid()).max(20).default([]),
    quote1Text: text(1500, msg('A quote must be 1,500 characters or fewer')),
    quote1Name: text(120, msg('A spokesperson’s name must be 120 characters or fewer')),
    quote1Role: text(160, msg('A spokesperson’s role must be 160 characters or fewer')),
    quote2Text: text(1500, msg('A quote must be 1,500 characters or fewer')),
    quote2Name: text(120, msg('A spokesperson’s name must be 120 characters or fewer')),
    quote2Role: text(160, msg('A spokesperson’s role must be 160 characters or fewer')),
    quote3Text: text(1500, msg('A quote must be 1,500 characters or fewer')),
    quote3Name: text(120, msg('A spokesperson’s name must be 120 characters or fewer')),
    quote3Role: text(160, msg('A spokesperson’s role must be 160 characters or fewer')),
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
    keyFacts: v.keyFacts
      .split(/\r?\n/)
      .map((l) => l.replace(/^[-*•]\s*/, '').trim())
      .filter(Boolean)
      .slice(0, 20),
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

const CorrectionSchema = z.object({
  correctionNote: z
    .string({ error: msg('Say what was corrected') })
    .trim()
    .min(5, msg('Say what was corrected, in a sentence readers will see'))
    .max(500, msg('Keep the correction note under 500 characters')),
})

const WithdrawSchema = z.object({
  notice: z
    .string({ error: msg('Write the notice readers will see instead') })
    .trim()
    .min(10, msg('Write the notice readers will see instead, in a sentence or two'))
    .max(1000, msg('Keep the notice under 1,000 characters')),
})

/** When a sent briefing goes public: now, or at a London time (BST or GMT asked for a time that happens twice). */
const liftFields = {
  when: z.enum(['now', 'embargo'], { error: msg('Choose “Publish now” or “Embargo until”') }),
  embargoUntil: z.string().optional(),
  embargoUntilOffset: z.string().optional(),
}

/**
 * The lift time as an instant (null: now). A time that names no single instant is refused with
 * the reason, written in `locale` since it carries the day and the times it is about.
 */
function liftTime(locale: Locale) {
  return <T extends { when: 'now' | 'embargo'; embargoUntil?: string; embargoUntilOffset?: string }>(v: T, ctx: z.RefinementCtx) => {
    const { embargoUntilOffset, ...rest } = v
    if (v.when === 'now') return { ...rest, embargoUntil: null }
    if (!v.embargoUntil?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['embargoUntil'], message: msg('Enter the date and time the embargo lifts') })
      return z.NEVER
    }
    const at = parseLondonLocal(v.embargoUntil, zoneChoice(embargoUntilOffset), locale)
    if (at.ok) return { ...rest, embargoUntil: at.at }
    ctx.addIssue({ code: 'custom', path: ['embargoUntil'], message: at.problem === 'format' ? msg('Enter the lift time as a date and time, like 26/11/2026 09:30') : at.message })
    return z.NEVER
  }
}

/**
 * The officer's briefing page, one schema for each of its buttons: save (or the page's own
 * autosave), send now or under embargo, correct a sent briefing, move or lift its embargo, or
 * withdraw it. A form without a button's intent is a save. The fields of a send are checked
 * before its lift time, so the time's questions come once the briefing itself is right.
 */
export function briefingFormSchema(locale: Locale) {
  const intents = z.discriminatedUnion(
    'intent',
    [
      BriefingFieldsSchema.safeExtend({ intent: z.enum(['save', 'autosave']) }),
      BriefingFieldsSchema.safeExtend({ intent: z.literal('release'), ...liftFields }).transform(liftTime(locale)),
      BriefingFieldsSchema.safeExtend({ intent: z.literal('correct'), correctionNote: CorrectionSchema.shape.correctionNote }),
      z.object({ intent: z.literal('reschedule'), ...liftFields }).transform(liftTime(locale)),
      // Withdrawing cannot be undone: only the confirmation screen's button carries confirm=yes.
      WithdrawSchema.extend({ intent: z.literal('withdraw'), confirm: z.string().optional() }).refine((v) => v.confirm === 'yes', {
        message: msg('Confirm that you want to withdraw this briefing: it cannot be undone'),
        path: [],
      }),
    ],
    { error: msg('Choose what to do') },
  )
  return z.preprocess((input) => (input && typeof input === 'object' && !Array.isArray(input) && !('intent' in input) ? { ...input, intent: 'save' } : input), intents)
}

export type BriefingForm = z.output<ReturnType<typeof briefingFormSchema>>

export const JournalistRegistrationSchema = z.object({
  name: PersonNameField,
  outlet: z
    .string({ error: msg('Enter the outlet you write or broadcast for') })
    .transform(withoutBidiControls)
    .pipe(z.string().trim().min(2, msg('Enter the outlet you write or broadcast for')).max(160, msg('Outlet must be 160 characters or fewer'))),
  jobTitle: z
    .string({ error: msg('Enter your role, like “Social affairs correspondent”') })
    .transform(withoutBidiControls)
    .pipe(z.string().trim().min(2, msg('Enter your role, like “Social affairs correspondent”')).max(120, msg('Role must be 120 characters or fewer'))),
  email: z
    .string({ error: msg('Enter your work email address') })
    .trim()
    .min(1, msg('Enter your work email address'))
    .max(254, msg('Email address must be 254 characters or fewer'))
    .pipe(z.email({ error: msg('Enter an email address in the correct format, like name@outlet.example') }))
    .transform((v) => v.toLowerCase()),
  password: z
    .string({ error: msg('Enter a password') })
    .min(12, msg('Password must be at least 12 characters'))
    .max(200, msg('Password must be 200 characters or fewer')),
  beats: z.array(z.enum(PRESS_TOPIC_SLUGS), { error: msg('Choose at least one topic you cover') }).min(1, msg('Choose at least one topic you cover')),
})

const AlertLanguageSchema = z.object({
  alertLanguage: z.enum(['cy', 'en', 'both'], { error: msg('Choose the language of your alerts') }),
})

const AlertTopicsSchema = z.object({
  scope: z.enum(['all', 'chosen'], { error: msg('Choose all topics or the topics you want') }),
  topics: z.array(z.enum(PRESS_TOPIC_SLUGS)).default([]),
})

/** The journalist's alerts page: its topics form, or its language form (intent=language). A form without an intent is the topics form. */
export const AlertSettingsSchema = z.preprocess(
  (input) => (input && typeof input === 'object' && !Array.isArray(input) && !('intent' in input) ? { ...input, intent: 'topics' } : input),
  z.discriminatedUnion('intent', [AlertTopicsSchema.extend({ intent: z.literal('topics') }), AlertLanguageSchema.extend({ intent: z.literal('language') })], { error: msg('Choose what to do') }),
)
