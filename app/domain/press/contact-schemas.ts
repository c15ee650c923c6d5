import { z } from 'zod'
import { fromLondonLocal } from '../../utils/london-time.ts'
import { londonTimeField, withLondonZones } from '../../utils/london-time-schema.ts'
import { parseAvailability } from './availability.ts'
import { isPressTopic, type PressTopic } from './topics.ts'

export const NATION_NAMES = { england: 'England', scotland: 'Scotland', wales: 'Wales', northern_ireland: 'Northern Ireland' } as const
export type NationId = keyof typeof NATION_NAMES

const text = (missing: string, min: number, max: number, tooLong: string) =>
  z.string({ error: missing }).trim().min(min, missing).max(max, tooLong)

/** The press topics a spokesperson speaks on: the same slugs briefings, beats and alerts use. */
const topicChoices = z
  .array(z.string(), { error: 'Choose at least one topic they can speak on' })
  .min(1, 'Choose at least one topic they can speak on')
  .refine((list) => list.every(isPressTopic), 'Choose topics from the list')
  .transform((list) => [...new Set(list)] as PressTopic[])

const SpokespersonFields = z.object({
  displayName: z.string().trim().max(120, 'Keep the public name under 120 characters').optional(),
  roleTitle: text('Enter their role, for example Chair of the Practice Council', 2, 120, 'Keep the role under 120 characters'),
  topics: topicChoices,
  nations: z
    .array(z.string(), { error: 'Choose at least one nation' })
    .min(1, 'Choose at least one nation')
    .refine((list) => list.every((n) => Object.hasOwn(NATION_NAMES, n)), 'Choose nations from the list')
    .transform((list) => [...new Set(list)] as NationId[]),
  mediaTrained: z.literal('yes').optional(),
  mediaTrainedOn: z.string().optional(),
  bio: z.string().trim().max(600, 'Keep the biography under 600 characters').optional(),
  availability: z
    .string()
    .max(2000, 'Keep the availability under 2,000 characters')
    .optional()
    .transform((value, ctx) => {
      const parsed = parseAvailability(value ?? '')
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.message })
        return z.NEVER
      }
      return parsed.windows
    }),
})

function checkTraining<T extends z.output<typeof SpokespersonFields>>(v: T, ctx: z.RefinementCtx) {
  if (v.mediaTrained && !v.mediaTrainedOn) ctx.addIssue({ code: 'custom', path: ['mediaTrainedOn'], message: 'Enter the date of their media training' })
  if (v.mediaTrainedOn) {
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(v.mediaTrainedOn) && fromLondonLocal(`${v.mediaTrainedOn}T12:00`) !== null && new Date(`${v.mediaTrainedOn}T12:00Z`).toISOString().startsWith(v.mediaTrainedOn)
    if (!valid) ctx.addIssue({ code: 'custom', path: ['mediaTrainedOn'], message: 'Enter the training date as a real date, like 2026-03-14' })
    else if (v.mediaTrainedOn > new Date().toISOString().slice(0, 10)) ctx.addIssue({ code: 'custom', path: ['mediaTrainedOn'], message: 'The training date must be today or in the past' })
  }
}

const normalise = (v: z.output<typeof SpokespersonFields>) => ({
  displayName: v.displayName || undefined,
  roleTitle: v.roleTitle,
  topics: v.topics,
  nations: v.nations,
  mediaTrained: Boolean(v.mediaTrained),
  mediaTrainedOn: v.mediaTrained ? (v.mediaTrainedOn ?? null) : null,
  bio: v.bio ?? '',
  availability: v.availability,
})

export const SpokespersonSchema = SpokespersonFields.superRefine(checkTraining).transform(normalise)

export const NewSpokespersonSchema = SpokespersonFields.extend({
  email: z.email({ error: 'Enter the email address of their Chorus account, like name@example.com' }).max(254, 'Enter an email address under 254 characters'),
})
  .superRefine(checkTraining)
  .transform((v) => ({ ...normalise(v), email: v.email }))

export type SpokespersonInput = z.output<typeof SpokespersonSchema>

const EnquiryFields = z.object({
  name: text('Enter your name', 2, 120, 'Keep your name under 120 characters'),
  outlet: text('Enter the outlet you are writing for, or “freelance”', 2, 120, 'Keep the outlet under 120 characters'),
  email: z.email({ error: 'Enter an email address, like name@example.com' }).max(254, 'Enter an email address under 254 characters'),
  phone: z
    .string()
    .trim()
    .max(30, 'Enter a phone number under 30 characters')
    .regex(/^\+?[0-9 ()-]{6,}$/, 'Enter a phone number using digits, spaces and + only, like 020 7946 0000')
    .optional(),
  deadline: londonTimeField('Enter your deadline', 'Enter your deadline as a date and time, like 2026-12-03T16:00'),
  topic: text('Enter what your story is about', 2, 120, 'Keep the topic under 120 characters'),
  question: text('Enter your question, in at least a sentence', 10, 5000, 'Keep your question under 5,000 characters'),
  spokespersonId: z.uuid({ error: 'Choose a spokesperson from the list' }).optional(),
})

/** The press form, for journalists and anyone else asking the press office a question. */
export const EnquirySchema = withLondonZones(['deadline'], EnquiryFields)
export type EnquiryInput = z.output<typeof EnquirySchema>

export const EnquiryDecisionSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('assign'), assigneeId: z.uuid({ error: 'Choose who will handle this enquiry' }) }),
  z.object({ intent: z.literal('reply'), replyText: text('Write your reply to the journalist', 10, 10_000, 'Keep the reply under 10,000 characters') }),
  z.object({ intent: z.literal('decline'), reason: text('Say why Chorus is declining, in a sentence the journalist can read', 10, 2000, 'Keep the reason under 2,000 characters') }),
], { error: 'Choose what to do' })

export const EnquiryFiltersSchema = z.object({
  status: z.enum(['active', 'open', 'assigned', 'answered', 'declined', 'all']).catch('active').default('active'),
})
