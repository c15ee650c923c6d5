/**
 * Two production servers on one database at full size (tests/load runs the same at CI size):
 * 300 members voting at once through both (every fifth twice), a press alert to 2,000
 * journalists drained by both outbox workers, and every Stripe event delivered to both.
 */
import { FULL, runTwoInstances } from '../load/lib/two-instances.ts'
import type { Bench } from './types.ts'

const VOTES_GOAL = 500

export const twoInstances: Bench = {
  name: 'two servers, one database',
  async run() {
    const size = { ...FULL, voters: Number(process.env.BENCH_TWO_VOTERS ?? FULL.voters), emails: Number(process.env.BENCH_TWO_EMAILS ?? FULL.emails) }
    const r = await runTwoInstances(size)
    const exact = r.problems.length === 0
    const attempts = Math.round(r.votesPerSecond * r.voteSeconds)
    return {
      rows: [
        {
          name: `two servers: ${size.voters} voters, ${attempts - size.voters} voting twice`,
          perSecond: r.votesPerSecond,
          goal: `exact; ≥ ${VOTES_GOAL} votes/s`,
          met: exact && r.votesPerSecond >= VOTES_GOAL,
          result: `${r.voteSeconds.toFixed(2)} s, ${r.papers} papers, ${r.doubleVotesRefused} refused`,
        },
        {
          name: `two servers: alert to ${size.emails.toLocaleString('en-GB')} journalists`,
          perSecond: r.emailsPerSecond,
          goal: 'each once; < 10 s',
          met: exact && r.mailSeconds < 10,
          result: `${r.mailSeconds.toFixed(2)} s, ${r.alertsDelivered} delivered, ${r.duplicatesDelivered} twice`,
        },
        {
          name: `two servers: ${size.payers} Stripe events, each to both`,
          goal: 'applied once',
          met: exact,
          result: `${r.payments} payments${exact ? '' : `; ${r.problems.join('; ')}`}`,
        },
      ],
    }
  },
}
