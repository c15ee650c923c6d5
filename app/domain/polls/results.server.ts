import { and, count, eq, inArray, isNotNull } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { memberships, type Poll } from '../../../db/schema/index.ts'
import type { Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { DomainError } from '~/domain/errors.ts'
import { getPoll, getPublishedPollResults, pollTally, settlePoll } from './polls.server.ts'
import type { PollNation } from './practice-areas.ts'
import { pollResultsView } from './results-view.ts'
import { combinedFigure, draftPressLine, methodologyNote, type PressFigure } from './stats/press-line.ts'
import type { PollResults } from './stats/types.ts'
import { wilsonInterval } from './stats/wilson.ts'

/** Members in good standing by nation, within the poll's nations: the profile its results are weighted to. */
async function membershipByNation(db: Db, poll: Pick<Poll, 'nations'>): Promise<Record<string, number> | null> {
  const conditions = [inArray(memberships.status, ['active', 'past_due']), isNotNull(memberships.nation)]
  if (poll.nations) conditions.push(inArray(memberships.nation, poll.nations as PollNation[]))
  const rows = await db
    .select({ nation: memberships.nation, members: count() })
    .from(memberships)
    .where(and(...conditions))
    .groupBy(memberships.nation)
  const targets = Object.fromEntries(rows.filter((r) => r.nation && r.members > 0).map((r) => [r.nation!, r.members]))
  return Object.keys(targets).length > 1 ? targets : null
}

/** Who a poll's figures speak for, in the reader's language. */
export const pollAudience = (locale: Locale) => translate(locale, msg('members'))

/** The poll-wide methodology of the unweighted figures: the base and margin stated for a 50% answer to the question most people answered. */
export function pollMethodologyFigure(locale: Locale, poll: Poll, model: PollResults, resultsUrl: string | null): PressFigure | null {
  const widest = model.questions.filter((q) => !q.tooFew).sort((a, b) => b.n - a.n)[0]
  if (!widest || !poll.opensAt) return null
  return {
    questionWording: widest.wording,
    optionLabels: [],
    share: 0.5,
    interval: wilsonInterval(Math.round(widest.n / 2), widest.n),
    n: widest.n,
    weighted: false,
    effectiveSampleSize: null,
    fieldworkStart: poll.opensAt,
    fieldworkEnd: poll.closedAt ?? poll.closesAt ?? poll.opensAt,
    audience: pollAudience(locale),
    invited: poll.audienceCount,
    resultsUrl,
  }
}

/** The public results page: null unless published (or closed, for an officer). Small cells are hidden as for anyone. */
export async function getPollResultsPage(db: Db, input: { pollId: string; officer: boolean; locale: Locale }) {
  const found = await getPublishedPollResults(db, { pollId: input.pollId, officer: input.officer })
  if (!found) return null
  const nationTargets = await membershipByNation(db, found.poll)
  const model = pollResultsView({ locale: input.locale, questions: found.questions, tally: found.tally, published: true, viewer: 'public', nationTargets })
  return { poll: found.poll, responses: found.responses, model }
}

/** The CSV of a published poll's aggregates; null before publication. */
export async function getPublishedResultsModel(db: Db, input: { pollId: string; locale: Locale }) {
  const found = await getPublishedPollResults(db, { pollId: input.pollId, officer: false })
  if (!found || found.poll.status !== 'published') return null
  const nationTargets = await membershipByNation(db, found.poll)
  return pollResultsView({ locale: input.locale, questions: found.questions, tally: found.tally, published: true, viewer: 'public', nationTargets })
}

/** What the officer's page shows: live counts as charts and tables, small cells hidden as they would be in public. */
export async function getOfficerPollResults(db: Db, input: { pollId: string; locale: Locale }) {
  const found = await getPoll(db, input.pollId)
  if (!found) return null
  const poll = await settlePoll(db, found)
  const { questions, tally, responses } = await pollTally(db, poll)
  const nationTargets = poll.status === 'draft' ? null : await membershipByNation(db, poll)
  const model = pollResultsView({ locale: input.locale, questions, tally, published: poll.status === 'published', viewer: 'officer', nationTargets })
  const freeText = tally.filter((q) => q.kind === 'free_text').map((q) => ({ questionId: String(q.questionId), wording: q.wording, n: q.n, texts: q.texts ?? [] }))
  return { poll, responses, model, freeText }
}

export interface PressLineChoice {
  pollId: string
  questionId: string
  optionIds: string[]
}

/**
 * The sentence and methodology for one figure of a published poll, in a language: refused when
 * the poll is not published, the question has too few answers, or the answers cannot be combined.
 */
export async function draftPollPressLine(db: Db, input: PressLineChoice & { locale: Locale; resultsUrl: string }) {
  const found = await getPublishedPollResults(db, { pollId: input.pollId, officer: false })
  if (!found || found.poll.status !== 'published') throw new DomainError('invalid_state', msg('A press line can be drawn from a poll once its results are published'))
  const model = pollResultsView({ locale: input.locale, questions: found.questions, tally: found.tally, published: true, viewer: 'public' })
  const question = model.questions.find((q) => q.questionId === input.questionId)
  if (!question) throw new DomainError('invalid_input', msg('Choose a question from the list'), 'questionId')
  const picked = combinedFigure(question, input.optionIds, false)
  if (!picked) throw new DomainError('invalid_input', msg('Choose one or more answers that are published (for a several-choices question, one answer)'), 'optionIds')
  const poll = found.poll
  const figure: PressFigure = {
    ...picked,
    questionWording: question.wording,
    fieldworkStart: poll.opensAt!,
    fieldworkEnd: poll.closedAt ?? poll.closesAt!,
    audience: pollAudience(input.locale),
    invited: poll.audienceCount,
    resultsUrl: input.resultsUrl,
  }
  return { poll, question, figure, sentence: draftPressLine(input.locale, figure), notes: methodologyNote(input.locale, figure) }
}
