import { z } from 'zod'
import { msg } from '../../i18n/translate.ts'
import { londonTimeField, withLondonZones } from '../../utils/london-time-schema.ts'
import { ScopeFields, scopeFromForm } from './scope-schema.ts'

const NewBallotFields = z
  .object({
    kind: z.enum(['motion', 'election'], { error: msg('Choose a motion or an election') }),
    title: z.string({ error: msg('Enter a title') }).trim().min(5, msg('Enter a title of at least 5 characters')).max(160, msg('Title must be 160 characters or fewer')),
    description: z.string({ error: msg('Say what members are voting on') }).trim().min(10, msg('Say what members are voting on')).max(5000, msg('Keep the description under 5,000 characters')),
    opensAt: londonTimeField(msg('Enter when voting opens'), msg('Enter when voting opens as a date and time')),
    closesAt: londonTimeField(msg('Enter when voting closes'), msg('Enter when voting closes as a date and time')),
    threshold: z.enum(['simple', 'two_thirds']).optional(),
    quorumPercent: z.coerce.number({ error: msg('Enter the quorum as a whole number of per cent') }).int(msg('Enter a whole number')).min(1, msg('The quorum must be between 1 and 100 per cent')).max(100, msg('The quorum must be between 1 and 100 per cent')).optional(),
    seats: z.coerce.number({ error: msg('Enter the number of seats') }).int(msg('Enter a whole number')).min(1, msg('At least one seat')).max(50, msg('At most 50 seats')).optional(),
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
