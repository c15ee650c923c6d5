import assert from 'node:assert/strict'
import { FULL, runTwoInstances, SMALL } from './lib/two-instances.ts'

/** Two servers, one database: exact vote counts, every email once, every webhook applied once. */
export async function twoInstancesOneDatabase() {
  const result = await runTwoInstances(process.env.LOAD_FULL === '1' ? FULL : SMALL)
  console.log(
    `     ${result.size.voters} voters (${result.doubleVotesRefused} second votes refused) in ${result.voteSeconds.toFixed(2)} s; ` +
      `${result.alertsDelivered} alerts delivered once each, outbox drained in ${result.mailSeconds.toFixed(2)} s; ${result.payments} payments`,
  )
  assert.deepEqual(result.problems, [])
}
