import { z } from 'zod'
import { msg } from '~/i18n/translate.ts'
import { londonTimeField, withLondonZones } from '~/utils/london-time-schema.ts'

export const NATION_OPTIONS = [
  { value: 'england', label: msg('England') },
  { value: 'scotland', label: msg('Scotland') },
  { value: 'wales', label: msg('Wales') },
  { value: 'northern_ireland', label: msg('Northern Ireland') },
] as const

const Nation = z.enum(['england', 'scotland', 'wales', 'northern_ireland'])

/** `2027-03-31`, a real calendar day. */
const isoDay = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null
    if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
      ctx.addIssue({ code: 'custom', message: msg('Enter the review date as a real date, for example 2027-03-31') })
      return null
    }
    return v
  })

/** Topics typed as a comma-separated list: lower case, no duplicates. */
const topicList = z
  .string()
  .max(400, msg('Keep the topics under 400 characters'))
  .optional()
  .transform((v, ctx) => {
    const topics = [
      ...new Set(
        (v ?? '')
          .split(',')
          .map((t) => t.trim().toLowerCase())
          .filter(Boolean),
      ),
    ]
    if (topics.length > 8) ctx.addIssue({ code: 'custom', message: msg('Give at most 8 topics') })
    if (topics.some((t) => t.length > 40 || !/^[a-z0-9][a-z0-9 '’-]*$/.test(t)))
      ctx.addIssue({ code: 'custom', message: msg('Topics are short words or phrases, separated by commas, for example “workforce, children”') })
    return topics
  })

/** The officer's statement editor; `intent` says whether to save or only preview. */
export const StatementSchema = z.object({
  intent: z.enum(['save', 'preview']).default('save'),
  title: z
    .string({ error: msg('Enter a title') })
    .trim()
    .min(5, msg('Enter a title of at least 5 characters'))
    .max(160, msg('Title must be 160 characters or fewer')),
  summary: z
    .string({ error: msg('Enter a summary') })
    .trim()
    .min(10, msg('Enter a summary of at least 10 characters'))
    .max(600, msg('Keep the summary to 600 characters or fewer')),
  body: z
    .string({ error: msg('Enter the statement’s text') })
    .trim()
    .min(20, msg('Enter the statement’s text (at least 20 characters)'))
    .max(50_000, msg('Keep the text under 50,000 characters')),
  topics: topicList,
  nations: z
    .array(z.string())
    .default([])
    .refine((v) => v.every((n) => Nation.safeParse(n).success), msg('Choose nations from the list'))
    .transform((v) => v as z.output<typeof Nation>[]),
  reviewBy: isoDay,
  /** Only for a published statement whose wording changes: shown in the version history. */
  changeNote: z.string().trim().max(500, msg('Keep the change note to 500 characters or fewer')).optional(),
})

/** Message ids: what to say when the time is missing, and when it is not a date and time. */
const londonTime = (missing: string, format: string) => londonTimeField(missing, format)

/** The officer's consultation page, one schema for each of its buttons: open it (until a closing time), close it, or mark a comment addressed. */
export const ConsultationSchema = withLondonZones(
  ['closesAt'],
  z.discriminatedUnion(
    'intent',
    [
      z.object({
        intent: z.literal('open'),
        closesAt: londonTime(msg('Enter when the consultation closes'), msg('Enter when the consultation closes as a date and time, for example 2026-12-01T17:00')),
      }),
      z.object({ intent: z.literal('close') }),
      z.object({ intent: z.literal('address'), commentId: z.uuid({ error: msg('That comment is not on this statement') }) }),
    ],
    { error: msg('Choose what to do') },
  ),
)

const VoteFields = z
  .object({
    opensAt: londonTime(msg('Enter when voting opens'), msg('Enter when voting opens as a date and time, for example 2026-12-01T17:00')),
    closesAt: londonTime(msg('Enter when voting closes'), msg('Enter when voting closes as a date and time, for example 2026-12-01T17:00')),
    threshold: z.enum(['simple', 'two_thirds'], { error: msg('Choose what the motion needs to pass') }),
  })
  .refine((v) => Number.isNaN(v.opensAt.getTime()) || Number.isNaN(v.closesAt.getTime()) || v.closesAt > v.opensAt, { path: ['closesAt'], message: msg('Voting must close after it opens') })

const SupersedeSchema = z.object({
  bySlug: z
    .string({ error: msg('Enter the web address or slug of the statement that replaces this one') })
    .trim()
    .min(1, msg('Enter the web address or slug of the statement that replaces this one'))
    .max(300),
})

/**
 * The statement's adoption and status page, one schema for each of its buttons. Withdrawing
 * cannot be undone: only the confirmation screen's button carries confirm=yes.
 */
export const StatementStatusSchema = withLondonZones(
  ['opensAt', 'closesAt'],
  z.discriminatedUnion(
    'intent',
    [
      z.object({ intent: z.literal('publish') }),
      VoteFields.safeExtend({ intent: z.literal('vote') }),
      z.object({ intent: z.enum(['start_review', 'reaffirm']) }),
      z
        .object({ intent: z.literal('withdraw'), confirm: z.string().optional() })
        .refine((v) => v.confirm === 'yes', { path: [], message: msg('Confirm that you want to withdraw this statement: it cannot be undone') }),
      SupersedeSchema.extend({ intent: z.literal('supersede') }),
    ],
    { error: msg('Choose what to do') },
  ),
)

export const CommentSchema = z.object({
  body: z
    .string({ error: msg('Enter your comment') })
    .trim()
    .min(3, msg('Enter your comment'))
    .max(5000, msg('Keep your comment to 5,000 characters or fewer')),
})
