/**
 * Poll answers while the poll is open: sealed as ballot votes are (app/domain/sealing.server.ts),
 * with a key of the poll's own. A sealed answer holds the answers and the two cells the results are
 * broken down by (nation, practice area): no member, no time, padded to the same length for every
 * answer to the poll.
 */
import { seal, unseal } from '~/domain/sealing.server.ts'
import { sealedSize, type Answers, type Question } from './questions.ts'
import { isPracticeArea, POLL_NATIONS, type PollNation } from './practice-areas.ts'
import type { ResponseCells } from './tally.ts'

const PURPOSE = 'chorus-poll-urn'

export function sealAnswer(pollId: string, questions: Question[], response: ResponseCells) {
  const plain = JSON.stringify({ a: response.answers, n: response.nation, p: response.practiceArea })
  return seal(PURPOSE, pollId, plain, sealedSize(questions))
}

/** Opens a sealed answer; null when it was not sealed with this poll's key (forged or damaged). */
export function openAnswer(pollId: string, sealed: Buffer): ResponseCells | null {
  const plain = unseal(PURPOSE, pollId, sealed)
  if (plain === null) return null
  try {
    const { a, n, p } = JSON.parse(plain) as { a: Answers; n: unknown; p: unknown }
    return { answers: a, nation: POLL_NATIONS.includes(n as PollNation) ? (n as PollNation) : null, practiceArea: isPracticeArea(p) ? p : null }
  } catch {
    return null
  }
}
