import { z } from 'zod'
import type { Locale } from '~/i18n/locale.ts'
import { msg } from '~/i18n/translate.ts'
import { fromLondonLocal } from '~/utils/london-time.ts'
import { londonTimeField, withLondonZones } from '~/utils/london-time-schema.ts'
import { parseAvailability } from './availability.ts'
import { isPressTopic, type PressTopic } from './topics.ts'

/** The four nations, as message ids. */
export const NATION_NAMES = { england: msg('England'), scotland: msg('Scotland'), wales: msg('Wales'), northern_ireland: msg('Northern Ireland') } as const
export type NationId = keyof typeof NATION_NAMES

const text = (missing: string, min: number, max: number, tooLong: string) => z.string({ error: missing }).trim().min(min, missing).max(max, tooLong)

/** The press topics a spokesperson speaks on: the same slugs briefings, beats and alerts use. */
const topicChoices = z
  .array(z.string(), { error: msg('Choose at least one topic they can speak on') })
  .min(1, msg('Choose at least one topic they can speak on'))
  .refine((list) => list.every(isPressTopic), msg('Choose topics from the list'))
  .transform((list) => [...new Set(list)] as PressTopic[])

/** The roster form; an availability line's problem is written in `locale` (it names the line). */
const spokespersonFields = (locale: Locale) =>
  z.object({
    displayName: z.string().trim().max(120, msg('Keep the public name under 120 characters')).optional(),
    roleTitle: text(msg('Enter their role, for example Chair of the Practice Council'), 2, 120, msg('Keep the role under 120 characters')),
    topics: topicChoices,
    nations: z
      .array(z.string(), { error: msg('Choose at least one nation') })
      .min(1, msg('Choose at least one nation'))
      .refine((list) => list.every((n) => Object.hasOwn(NATION_NAMES, n)), msg('Choose nations from the list'))
      .transform((list) => [...new Set(list)] as NationId[]),
    mediaTrained: z.literal('yes').optional(),
    mediaTrainedOn: z.string().optional(),
    bio: z.string().trim().max(600, msg('Keep the biography under 600 characters')).optional(),
    availability: z
      .string()
      .max(2000, msg('Keep the availability under 2,000 characters'))
      .optional()
      .transform((value, ctx) => {
        const parsed = parseAvailability(value ?? '', locale)
        if (!parsed.ok) {
          ctx.addIssue({ code: 'custom', message: parsed.message })
          return z.NEVER
        }
        return parsed.windows
      }),
  })

type SpokespersonFieldsOutput = z.output<ReturnType<typeof spokespersonFields>>

function checkTraining<T extends SpokespersonFieldsOutput>(v: T, ctx: z.RefinementCtx) {
  if (v.mediaTrained && !v.mediaTrainedOn) ctx.addIssue({ code: 'custom', path: ['mediaTrainedOn'], message: msg('Enter the date of their media training') })
  if (v.mediaTrainedOn) {
    const valid =
      /^\d{4}-\d{2}-\d{2}$/.test(v.mediaTrainedOn) && fromLondonLocal(`${v.mediaTrainedOn}T12:00`) !== null && new Date(`${v.mediaTrainedOn}T12:00Z`).toISOString().startsWith(v.mediaTrainedOn)
    if (!valid) ctx.addIssue({ code: 'custom', path: ['mediaTrainedOn'], message: msg('Enter the training date as a real date, like 2026-03-14') })
    else if (v.mediaTrainedOn > new Date().toISOString().slice(0, 10)) ctx.addIssue({ code: 'custom', path: ['mediaTrainedOn'], message: msg('The training date must be today or in the past') })
  }
}

const normalise = (v: SpokespersonFieldsOutput) => ({
  displayName: v.displayName || undefined,
  roleTitle: v.roleTitle,
  topics: v.topics,
  nations: v.nations,
  mediaTrained: Boolean(v.mediaTrained),
  mediaTrainedOn: v.mediaTrained ? (v.mediaTrainedOn ?? null) : null,
  bio: v.bio ?? '',
  availability: v.availability,
})

const spokespersonSchema = (locale: Locale) => spokespersonFields(locale).superRefine(checkTraining).transform(normalise)
const SpokespersonSchema = spokespersonSchema('en')

/** A spokesperson's page: save their details (a form without an intent is a save), or stand them down or bring them back. */
export const spokespersonPageSchema = (locale: Locale) =>
  z.preprocess(
    (input) => (input && typeof input === 'object' && !Array.isArray(input) && !('intent' in input) ? { ...input, intent: 'save' } : input),
    z.discriminatedUnion(
      'intent',
      [
        spokespersonFields(locale)
          .extend({ intent: z.literal('save') })
          .superRefine(checkTraining)
          .transform((v) => ({ intent: v.intent, ...normalise(v) })),
        z.object({ intent: z.enum(['deactivate', 'reactivate']) }),
      ],
      { error: msg('Choose what to do') },
    ),
  )

export const newSpokespersonSchema = (locale: Locale) =>
  spokespersonFields(locale)
    .extend({
      email: z.email({ error: msg('Enter the email address of their Chorus account, like name@example.com') }).max(254, msg('Enter an email address under 254 characters')),
    })
    .superRefine(checkTraining)
    .transform((v) => ({ ...normalise(v), email: v.email }))
export type SpokespersonInput = z.output<typeof SpokespersonSchema>

const enquiryFields = (locale: Locale) =>
  z.object({
    name: text(msg('Enter your name'), 2, 120, msg('Keep your name under 120 characters')),
    outlet: text(msg('Enter the outlet you are writing for, or “freelance”'), 2, 120, msg('Keep the outlet under 120 characters')),
    email: z.email({ error: msg('Enter an email address, like name@example.com') }).max(254, msg('Enter an email address under 254 characters')),
    phone: z
      .string()
      .trim()
      .max(30, msg('Enter a phone number under 30 characters'))
      .regex(/^\+?[0-9 ()-]{6,}$/, msg('Enter a phone number using digits, spaces and + only, like 020 7946 0000'))
      .optional(),
    deadline: londonTimeField(msg('Enter your deadline'), msg('Enter your deadline as a date and time, like 2026-12-03T16:00'), locale),
    topic: text(msg('Enter what your story is about'), 2, 120, msg('Keep the topic under 120 characters')),
    question: text(msg('Enter your question, in at least a sentence'), 10, 5000, msg('Keep your question under 5,000 characters')),
    spokespersonId: z.uuid({ error: msg('Choose a spokesperson from the list') }).optional(),
  })

/** The press form, for journalists and anyone else asking the press office a question. */
export const enquirySchema = (locale: Locale) => withLondonZones(['deadline'], enquiryFields(locale))
const EnquirySchema = enquirySchema('en')
export type EnquiryInput = z.output<typeof EnquirySchema>

export const EnquiryDecisionSchema = z.discriminatedUnion(
  'intent',
  [
    z.object({ intent: z.literal('assign'), assigneeId: z.uuid({ error: msg('Choose who will handle this enquiry') }) }),
    z.object({ intent: z.literal('reply'), replyText: text(msg('Write your reply to the journalist'), 10, 10_000, msg('Keep the reply under 10,000 characters')) }),
    z.object({ intent: z.literal('decline'), reason: text(msg('Say why Chorus is declining, in a sentence the journalist can read'), 10, 2000, msg('Keep the reason under 2,000 characters')) }),
  ],
  { error: msg('Choose what to do') },
)

export const EnquiryFiltersSchema = z.object({
  status: z.enum(['active', 'open', 'assigned', 'answered', 'declined', 'all']).catch('active').default('active'),
})
