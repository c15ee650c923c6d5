import { stageLabel } from '~/components/ballot-result.tsx'
import { formatDate, formatNumber } from '~/i18n/format.ts'
import { type Locale, pathIn } from '~/i18n/locale.ts'
import { translate, type MessageValues } from '~/i18n/translate.ts'
import { formatLondon } from '~/utils/london-time.ts'
import { describeScope, scopeOf } from './scope.ts'
import type { ElectionResult } from './election-count.ts'
import type { MotionResult } from './lifecycle.ts'
import { displayVotes } from './result-display.ts'

/** A ballot's nominations, for a ballot that took them. */
export interface ReportNominations {
  received: number
  valid: number
  withdrawn: number
  rejected: number
}

export type ReportRow = { label: string; value: string }

/** The result of an election whose valid nominations were no more than its seats: no ballot was held. */
export interface UnopposedElection {
  unopposed: true
  seats: number
  elected: string[]
}

export function isUnopposedResult(result: unknown): result is UnopposedElection {
  return typeof result === 'object' && result !== null && (result as { unopposed?: unknown }).unopposed === true
}

export interface ReportTable {
  caption: string
  head: string[]
  rows: string[][]
}

/**
 * The returning officer's report as words and figures in one language: the page and the PDF
 * are both drawn from it, so they cannot say different things.
 */
export interface ReportDocument {
  locale: Locale
  heading: string
  title: string
  ballotHeading: string
  ballot: ReportRow[]
  nominationsHeading: string
  nominations: ReportRow[] | null
  /** An election declared unopposed: no electorate, turnout, count or published papers to report. */
  unopposed: boolean
  turnoutHeading: string
  turnout: ReportRow[] | null
  countHeading: string
  countNote: string
  stages: ReportTable[]
  resultHeading: string
  result: string[]
  recordHeading: string
  record: ReportRow[] | null
  declaration: string
  signature: ReportRow[]
}

export interface ReportInput {
  ballot: {
    id: string
    title: string
    kind: 'motion' | 'election'
    seats: number | null
    opensAt: Date
    closesAt: Date
    countedAt: Date
    electorateCount: number | null
    votedCount: number | null
    papersCount: number
    commitment: string | null
    result: unknown
    nominationsClosedAt?: Date | null
    scopeNations?: string[] | null
    scopeBranches?: string[] | null
    scopeTiers?: string[] | null
  }
  /** Tier names by id, for a ballot limited to tiers. */
  tierNames?: Record<string, string>
  returningOfficer: string | null
  nominations?: ReportNominations
  origin: string
}

const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10)

export function reportDocument(input: ReportInput, locale: Locale): ReportDocument {
  const t = (message: string, values?: MessageValues) => translate(locale, message, values)
  const { ballot } = input
  const number = (n: number) => formatNumber(locale, n)
  const electorate = ballot.electorateCount ?? 0
  const voted = ballot.votedCount ?? 0
  const motion = ballot.kind === 'motion' ? (ballot.result as MotionResult) : null
  const unopposed = isUnopposedResult(ballot.result) ? ballot.result : null
  const election = ballot.kind === 'election' && !unopposed ? (ballot.result as ElectionResult) : null

  const facts: ReportRow[] = [
    { label: t('Ballot'), value: ballot.title },
    { label: t('Kind'), value: motion ? t('Motion') : t('Election · {seats, plural, one {# seat} other {# seats}}', { seats: ballot.seats ?? 0 }) },
    { label: t('Who could vote'), value: describeScope(locale, scopeOf(ballot), input.tierNames) },
    ...(unopposed
      ? [
          { label: t('Nominations closed'), value: formatLondon(ballot.nominationsClosedAt ?? ballot.countedAt, locale) },
          { label: t('Result declared'), value: formatLondon(ballot.countedAt, locale) },
        ]
      : [
          { label: t('Voting opened'), value: formatLondon(ballot.opensAt, locale) },
          { label: t('Voting closed'), value: formatLondon(ballot.closesAt, locale) },
          { label: t('Counted'), value: formatLondon(ballot.countedAt, locale) },
        ]),
  ]
  const turnout: ReportRow[] | null = unopposed
    ? null
    : [
        { label: t('Electorate'), value: number(electorate) },
        { label: t('Votes cast'), value: number(voted) },
        { label: t('Papers counted'), value: number(ballot.papersCount) },
        { label: t('Turnout'), value: `${number(percentOf(voted, electorate))}%` },
      ]
  const nominations = input.nominations
    ? [
        { label: t('Nominations received'), value: number(input.nominations.received) },
        { label: t('Valid nominations'), value: number(input.nominations.valid) },
        { label: t('Withdrawn'), value: number(input.nominations.withdrawn) },
        { label: t('Rejected'), value: number(input.nominations.rejected) },
      ]
    : null

  let stages: ReportTable[] = []
  let result: string[] = []
  let countNote = ''
  if (unopposed) {
    result = [
      t('Elected unopposed'),
      ...(unopposed.elected.length ? [...unopposed.elected] : [t('Nobody was validly nominated.')]),
      ...(unopposed.elected.length < unopposed.seats ? [t('{count, plural, one {# seat remains} other {# seats remain}} unfilled.', { count: unopposed.seats - unopposed.elected.length })] : []),
    ]
  } else if (motion) {
    const votes = (n: number) => displayVotes(n, locale)
    stages = [
      {
        caption: t('Votes cast'),
        head: [t('Choice'), t('Votes'), t('Share of votes cast')],
        rows: (['for', 'against', 'abstain'] as const).map((k) => [
          k === 'for' ? t('For') : k === 'against' ? t('Against') : t('Abstain'),
          votes(motion[k]),
          `${number(percentOf(motion[k], motion.cast))}%`,
        ]),
      },
    ]
    countNote = t('{threshold, select, two_thirds {Two thirds} other {More than half}} of the {decided, plural, one {# vote} other {# votes}} for or against', {
      threshold: motion.threshold,
      decided: motion.for + motion.against,
    })
    if (motion.quorumPercent !== null)
      countNote += ` — ${t('{met, select, yes {quorum of {quorum}% met} other {quorum of {quorum}% not met}}', { met: motion.quorumMet ? 'yes' : 'no', quorum: number(motion.quorumPercent) })}`
    result = [motion.passed ? t('The motion was carried.') : t('The motion was not carried.')]
  } else if (election) {
    countNote = t(
      '{papers, plural, one {# paper} other {# papers}} from {electorate, plural, one {# member} other {# members}}; quota: {quota, plural, one {# vote} other {# votes}} (Droop: valid papers ÷ ({seats} + 1), plus one).',
      {
        papers: election.papers,
        electorate: election.electorate,
        quota: election.quota,
        seats: number(election.seats),
      },
    )
    if (election.tieBrokenByLot) countNote += ` ${t('A tie was broken by lot, seeded by the final fingerprint so anyone can repeat it.')}`
    stages = election.rounds.map((round) => ({
      caption: `${t('Stage {stage}', { stage: number(round.stage) })}: ${stageLabel(locale, round)}`,
      head: [t('Candidate'), t('Votes')],
      rows: [...election.candidates.map((c) => [c, c in round.tallies ? displayVotes(round.tallies[c], locale) : '—']), [t('Non-transferable'), displayVotes(round.nonTransferable, locale)]],
    }))
    result = [t('{count, plural, one {Elected:} other {Elected, in order of election:}}', { count: election.elected.length }), ...election.elected.map((name, i) => `${number(i + 1)}. ${name}`)]
  }

  const origin = input.origin.replace(/\/$/, '')
  return {
    locale,
    heading: t('Returning officer’s report'),
    title: ballot.title,
    ballotHeading: t('The ballot'),
    ballot: facts,
    nominationsHeading: t('Nominations'),
    nominations,
    unopposed: Boolean(unopposed),
    turnoutHeading: t('Electorate and turnout'),
    turnout,
    countHeading: motion ? t('The count') : t('The count, stage by stage'),
    countNote,
    stages,
    resultHeading: t('Result'),
    result,
    recordHeading: t('The published record'),
    record:
      unopposed || !ballot.commitment
        ? null
        : [
            { label: t('Commitment, published at close before the count:'), value: ballot.commitment },
            { label: t('Receipts and papers, for anyone to check or recount'), value: `${origin}${pathIn(locale, `/ballots/${ballot.id}/receipts`)}` },
          ],
    declaration: unopposed
      ? t('I certify that when nominations closed there were no more valid nominations than seats, so no ballot was held, and that the candidates named above are elected unopposed.')
      : t('I certify that the votes given in this ballot were counted as set out above, and that the result is as stated.'),
    signature: [
      { label: t('Returning officer'), value: input.returningOfficer ?? t('Not recorded') },
      { label: t('Date'), value: formatDate(locale, ballot.countedAt, 'long') },
    ],
  }
}
