import { msg } from '~/i18n/translate.ts'

/** Where a ballot is in its life, decided by the clock so opening and closing need nobody. */
export type BallotPhase = 'draft' | 'nominations' | 'scheduled' | 'open' | 'closed' | 'published' | 'cancelled'

/**
 * An election that takes nominations is in 'nominations' until they are closed (by the worker
 * or a page view once the closing time has passed) — even if its voting time has come, it does
 * not open before its candidates are fixed.
 */
export function ballotPhase(
  b: { status: 'draft' | 'scheduled' | 'cancelled'; opensAt: Date; closesAt: Date; countedAt: Date | null; nominationsCloseAt?: Date | null; nominationsClosedAt?: Date | null },
  now: Date,
): BallotPhase {
  if (b.status === 'cancelled') return 'cancelled'
  if (b.status === 'draft') return 'draft'
  if (b.countedAt) return 'published'
  if (b.nominationsCloseAt && !b.nominationsClosedAt) return 'nominations'
  if (now < b.opensAt) return 'scheduled'
  if (now < b.closesAt) return 'open'
  return 'closed'
}

/** The next moment after `now` at which the clock alone moves one of these ballots to another phase, or null. */
export function nextPhaseChange(ballots: Array<{ opensAt: Date; closesAt: Date }>, now: Date): Date | null {
  const ahead = ballots.flatMap((b) => [b.opensAt, b.closesAt]).filter((at) => at > now)
  return ahead.length ? new Date(Math.min(...ahead.map((at) => at.getTime()))) : null
}

/** Message ids: translate them where they are shown. */
export const PHASE_LABELS: Record<BallotPhase, string> = {
  draft: msg('Draft'),
  nominations: msg('Taking nominations'),
  scheduled: msg('Opens soon'),
  open: msg('Open for voting'),
  closed: msg('Closed, being counted'),
  published: msg('Result published'),
  cancelled: msg('Cancelled'),
}

export type MotionChoice = 'for' | 'against' | 'abstain'

export interface MotionResult {
  for: number
  against: number
  abstain: number
  cast: number
  electorate: number
  turnoutPercent: number
  quorumPercent: number | null
  quorumMet: boolean
  threshold: 'simple' | 'two_thirds'
  passed: boolean
}

/**
 * A motion passes when the quorum (a share of the electorate voting, abstentions included) is
 * met and For has a simple majority, or two thirds, of the votes cast for or against.
 */
export function tallyMotion(choices: MotionChoice[], rules: { threshold: 'simple' | 'two_thirds'; quorumPercent: number | null; electorate: number }): MotionResult {
  const count = (c: MotionChoice) => choices.filter((x) => x === c).length
  const [forVotes, against, abstain] = [count('for'), count('against'), count('abstain')]
  const cast = choices.length
  const turnoutPercent = rules.electorate === 0 ? 0 : Math.round((cast / rules.electorate) * 1000) / 10
  // Integer comparisons: cast * 100 >= quorum * electorate avoids rounding at the boundary.
  const quorumMet = rules.quorumPercent === null || cast * 100 >= rules.quorumPercent * rules.electorate
  const decided = forVotes + against
  const majority = rules.threshold === 'two_thirds' ? forVotes * 3 >= decided * 2 && decided > 0 : forVotes > against
  return {
    for: forVotes,
    against,
    abstain,
    cast,
    electorate: rules.electorate,
    turnoutPercent,
    quorumPercent: rules.quorumPercent,
    quorumMet,
    threshold: rules.threshold,
    passed: quorumMet && majority,
  }
}

/** The name of a ballot paper's box beside the candidate at `position` (0 for the first listed). */
export const rankField = (position: number) => `rank-${position}`

/** An election paper: distinct candidate positions, ranked 1, 2, 3… with no gaps. A problem is a message id with its values. */
export function readRanking(ranks: Record<number, string | undefined>, candidates: number): { ok: true; order: number[] } | { ok: false; message: string; values?: Record<string, number> } {
  const given: [number, number][] = []
  for (let position = 0; position < candidates; position++) {
    const raw = ranks[position]?.trim()
    if (!raw) continue
    if (!/^\d{1,3}$/.test(raw)) return { ok: false, message: msg('Use numbers only: 1 for your first choice, 2 for your second, and so on') }
    const rank = Number(raw)
    if (rank < 1 || rank > candidates) return { ok: false, message: msg('Use numbers from 1 to {candidates, number}'), values: { candidates } }
    given.push([rank, position])
  }
  if (given.length === 0) return { ok: false, message: msg('Number at least one candidate: 1 for your first choice') }
  given.sort((a, b) => a[0] - b[0])
  for (let i = 0; i < given.length; i++) {
    if (given[i][0] !== i + 1) {
      const duplicate = given.find((g, j) => j !== i && g[0] === given[i][0])
      return duplicate
        ? { ok: false, message: msg('You gave {rank, number} to more than one candidate. Give each number once.'), values: { rank: given[i][0] } }
        : { ok: false, message: msg('You skipped {rank, number}. Number your choices 1, 2, 3… without gaps.'), values: { rank: i + 1 } }
    }
  }
  return { ok: true, order: given.map(([, position]) => position) }
}
