import { z } from 'zod'
import { msg } from '~/i18n/translate.ts'
import { londonTimeField, withLondonZones } from '~/utils/london-time-schema.ts'
import { ScopeFields, scopeFromForm } from './scope-schema.ts'

/** Standing oneself (`intent=self`) or nominating another member by email (`intent=other`). */
export const NominateSchema = z
  .object({
    intent: z.enum(['self', 'other'], { error: msg('Choose to stand yourself or to nominate a member') }),
    email: z.string().trim().max(254, msg('Enter an email address like name@example.org')).email(msg('Enter an email address like name@example.org')).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.intent === 'other' && !v.email) ctx.addIssue({ code: 'custom', path: ['email'], message: msg('Enter the email address of the member you nominate') })
  })

/** The one-button forms (support, withdraw) say what they do, so an empty or stray post does nothing. */
export const IntentSchema = <T extends string>(intent: T) => z.object({ intent: z.literal(intent, { error: msg('Choose what to do') }) })

export const StatementSchema = z.object({
  statement: z
    .string({ error: msg('Write your statement') })
    .trim()
    .min(1, msg('Write your statement'))
    .max(20_000, msg('Your statement is too long')),
  statementCy: z.string().trim().max(20_000, msg('Your statement is too long')).optional().default(''),
})

export const DecideSchema = z.object({
  nominationId: z.string().uuid(msg('Choose a nomination')),
  decision: z.enum(['valid', 'rejected'], { error: msg('Choose valid or rejected') }),
  reason: z.string().trim().max(1000, msg('Keep the reason under 1,000 characters')).optional().default(''),
})

const int = (required: string, min: number, max: number, range: string) => z.coerce.number({ error: required }).int(msg('Enter a whole number')).min(min, range).max(max, range)

const OpenNominationsFields = z
  .object({
    title: z
      .string({ error: msg('Enter a title') })
      .trim()
      .min(5, msg('Enter a title of at least 5 characters'))
      .max(160, msg('Title must be 160 characters or fewer')),
    description: z
      .string({ error: msg('Say what the election is for') })
      .trim()
      .min(10, msg('Say what the election is for'))
      .max(5000, msg('Keep the description under 5,000 characters')),
    seats: int(msg('Enter the number of seats'), 1, 50, msg('Between 1 and 50 seats')),
    nominationsCloseAt: londonTimeField(msg('Enter when nominations close'), msg('Enter when nominations close as a date and time')),
    supportersNeeded: int(msg('Enter how many supporters a nomination needs'), 0, 500, msg('Between 0 and 500 supporters')),
    statementWordLimit: int(msg('Enter the word limit for statements'), 50, 2000, msg('Between 50 and 2,000 words')),
    standTiers: z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().trim().max(40)).max(20)),
    standMinYears: int(msg('Enter the years of membership needed to stand, or 0'), 0, 50, msg('Between 0 and 50 years')).default(0),
    candidateOrder: z.enum(['alphabetical', 'random'], { error: msg('Choose the order of candidates on the paper') }),
    opensAt: londonTimeField(msg('Enter when voting opens'), msg('Enter when voting opens as a date and time')),
    closesAt: londonTimeField(msg('Enter when voting closes'), msg('Enter when voting closes as a date and time')),
    ...ScopeFields,
  })
  .transform((v) => ({ ...v, scope: scopeFromForm(v) }))

/** The officer's form that opens nominations for an election. */
export const OpenNominationsSchema = withLondonZones(['nominationsCloseAt', 'opensAt', 'closesAt'], OpenNominationsFields)

/** The returning officer's confirmation that closes nominations before their time; the reason is optional and kept in the audit log. */
export const CloseNominationsSchema = z.object({
  intent: z.literal('close', { error: msg('Choose what to do') }),
  reason: z.string().trim().max(1000, msg('Keep the reason under 1,000 characters')).optional().default(''),
})
