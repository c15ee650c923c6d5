import { z } from 'zod'
import type { Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { londonTimeField, withLondonZones } from '~/utils/london-time-schema.ts'
import { rankField, readRanking, type MotionChoice } from './lifecycle.ts'
import { ScopeFields, scopeFromForm } from './scope-schema.ts'

const NewBallotFields = z
  .object({
    kind: z.enum(['motion', 'election'], { error: msg('Choose a motion or an election') }),
    title: z
      .string({ error: msg('Enter a title') })
      .trim()
      .min(5, msg('Enter a title of at least 5 characters'))
      .max(160, msg('Title must be 160 characters or fewer')),
    description: z
      .string({ error: msg('Say what members are voting on') })
      .trim()
      .min(10, msg('Say what members are voting on'))
      .max(5000, msg('Keep the description under 5,000 characters')),
    opensAt: londonTimeField(msg('Enter when voting opens'), msg('Enter when voting opens as a date and time')),
    closesAt: londonTimeField(msg('Enter when voting closes'), msg('Enter when voting closes as a date and time')),
    threshold: z.enum(['simple', 'two_thirds']).optional(),
    quorumPercent: z.coerce
      .number({ error: msg('Enter the quorum as a whole number of per cent') })
      .int(msg('Enter a whole number'))
      .min(1, msg('The quorum must be between 1 and 100 per cent'))
      .max(100, msg('The quorum must be between 1 and 100 per cent'))
      .optional(),
    seats: z.coerce
      .number({ error: msg('Enter the number of seats') })
      .int(msg('Enter a whole number'))
      .min(1, msg('At least one seat'))
      .max(50, msg('At most 50 seats'))
      .optional(),
    candidates: z.string().max(20_000, msg('The candidate list is too long')).optional(),
    ...ScopeFields,
  })
  .transform((v, ctx) => {
    const candidates = (v.candidates ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [name, ...rest] = line.split(':')
        return { name: name.trim().slice(0, 120), statement: rest.join(':').trim().slice(0, 2000) }
      })
    if (v.kind === 'election') {
      if (candidates.length < 2) ctx.addIssue({ code: 'custom', path: ['candidates'], message: msg('List at least two candidates, one per line') })
      if (new Set(candidates.map((c) => c.name.toLowerCase())).size !== candidates.length) ctx.addIssue({ code: 'custom', path: ['candidates'], message: msg('Each candidate can be listed once') })
      if (!v.seats) ctx.addIssue({ code: 'custom', path: ['seats'], message: msg('Enter the number of seats') })
    }
    return { ...v, candidates, scope: scopeFromForm(v) }
  })

/** The officer's new-ballot form. Candidates: one per line, `Name: short statement`. */
export const NewBallotSchema = withLondonZones(['opensAt', 'closesAt'], NewBallotFields)

/** What a ballot paper says, ready to cast: the vote, and the key that makes sending it twice give one receipt. */
export type PaperVote = { attempt?: string; vote: { kind: 'motion'; choice: MotionChoice } | { kind: 'election'; order: number[] } }

const NOT_THIS_FORM = msg('This ballot form is not valid any more. Open the ballot again to vote.')
const MOTION_CHOICES = ['for', 'against', 'abstain'] as const satisfies readonly MotionChoice[]

const paperSchemas = new Map<string, z.ZodType<PaperVote>>()

/**
 * The schema of a ballot paper with this many candidates, in this language: built once and reused,
 * since every vote parses one and a ballot paper's shape never changes once voting opens.
 */
export function ballotPaperSchema(paper: { kind: 'motion' | 'election'; candidates: number }, locale: Locale = 'en'): z.ZodType<PaperVote> {
  const key = `${paper.kind}:${paper.kind === 'motion' ? 0 : paper.candidates}:${locale}`
  let schema = paperSchemas.get(key)
  if (!schema) paperSchemas.set(key, (schema = buildPaperSchema(paper, locale)))
  return schema
}

/**
 * The ballot paper of one ballot: a motion's paper is one choice; an election's is a number in
 * the box beside each candidate (`rank-0` … one per candidate), read as a ranking. A ranking that
 * is not one (a gap, a number twice) is refused as a whole under `ranks`, its reason written in
 * `locale` since it carries the numbers it is about.
 */
function buildPaperSchema(paper: { kind: 'motion' | 'election'; candidates: number }, locale: Locale): z.ZodType<PaperVote> {
  const attempt = z.string({ error: NOT_THIS_FORM }).optional()
  if (paper.kind === 'motion') {
    return z
      .object({ attempt, choice: z.enum(MOTION_CHOICES, { error: msg('Choose For, Against or Abstain') }) })
      .transform((v) => ({ attempt: v.attempt, vote: { kind: 'motion' as const, choice: v.choice } }))
  }
  const boxes = Array.from({ length: paper.candidates }, (_, position) => rankField(position))
  const box = z.string({ error: msg('Use numbers only: 1 for your first choice, 2 for your second, and so on') }).optional()
  return z.object({ attempt, ...Object.fromEntries(boxes.map((name) => [name, box])) }).transform((v, ctx) => {
    const given = v as Record<string, string | undefined>
    const ranking = readRanking(Object.fromEntries(boxes.map((name, position) => [position, given[name]])), paper.candidates)
    if (!ranking.ok) {
      ctx.addIssue({ code: 'custom', path: ['ranks'], message: translate(locale, ranking.message, ranking.values) })
      return z.NEVER
    }
    return { attempt: v.attempt, vote: { kind: 'election' as const, order: ranking.order } }
  })
}
