import { and, asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { ballotCandidates, ballotElectors, ballots, hustingsAnswers, hustingsQuestions, memberships, users, type Ballot } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import { isUuid } from '~/domain/ids.ts'
import type { Locale } from '~/i18n/locale.ts'
import { msg } from '~/i18n/translate.ts'
import { enqueueEmail } from '~/domain/outbox/enqueue.server.ts'
import { renderMarkdown } from '~/domain/statements/markdown.server.ts'
import { hustingsClosedReason, QUESTION_MAX_LENGTH, QUESTION_MIN_LENGTH } from './hustings-rules.ts'
import { getElectionForNominations } from './nomination-pages.server.ts'
import { countWords } from './nomination-rules.ts'
import { isUniqueViolation, requireElector } from './nominations.server.ts'

/** Answers are held to the election's statement word limit, counted the same way (see the commit that added this). */
const answerWordLimit = (b: Pick<Ballot, 'statementWordLimit'>) => b.statementWordLimit ?? 0

async function lockElection(tx: Db, ballotId: string) {
  if (!isUuid(ballotId)) throw new DomainError('not_found', msg('No such election'))
  const [b] = await tx.select().from(ballots).where(eq(ballots.id, ballotId)).for('share')
  if (!b || b.kind !== 'election' || !b.nominationsCloseAt || b.status === 'draft') throw new DomainError('not_found', msg('No such election'))
  return b
}

function requireHustingsOpen(b: Ballot, now: Date) {
  const reason = hustingsClosedReason(b, now)
  if (reason) throw new DomainError('invalid_state', reason)
}

/** The asker's membership: from the frozen electorate once voting has opened, else a member in scope who may vote. */
async function requireQuestioner(tx: Db, b: Ballot, userId: string, now: Date) {
  const refusal = msg('Only members who can vote in this election can ask the candidates a question. {reason}')
  if (b.frozenAt) {
    const [m] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(ballotElectors, and(eq(ballotElectors.membershipId, memberships.id), eq(ballotElectors.ballotId, b.id)))
      .where(eq(memberships.userId, userId))
    if (!m) throw new DomainError('forbidden', refusal, undefined, { reason: msg('You are not on the electorate of this ballot: it was fixed when voting opened, from the members eligible then.') })
    return m
  }
  return requireElector(tx, b, userId, now, refusal)
}

/** An elector asks the candidates a question; it waits for the moderator before anyone sees it. */
export async function askQuestion(db: Db, input: { ballotId: string; userId: string; question: string; now?: Date }) {
  const now = input.now ?? new Date()
  const question = input.question.trim()
  if (question.length < QUESTION_MIN_LENGTH) throw new DomainError('invalid_input', msg('Write your question in at least {min, number} characters'), 'question', { min: QUESTION_MIN_LENGTH })
  if (question.length > QUESTION_MAX_LENGTH) throw new DomainError('invalid_input', msg('Keep your question to {max, number} characters or fewer'), 'question', { max: QUESTION_MAX_LENGTH })
  return db.transaction(async (tx) => {
    const b = await lockElection(tx, input.ballotId)
    requireHustingsOpen(b, now)
    const member = await requireQuestioner(tx, b, input.userId, now)
    const [row] = await tx.insert(hustingsQuestions).values({ ballotId: b.id, membershipId: member.id, question, createdAt: now }).returning()
    await audit(tx, { actorId: input.userId, action: 'hustings.ask', subjectType: 'hustings_question', subjectId: row.id, after: { ballotId: b.id } })
    return row
  })
}

/**
 * The returning officer (or an admin) approves or rejects a waiting question; audited. An approved
 * question is emailed to every candidate, in the same transaction.
 */
export async function moderateQuestion(
  db: Db,
  input: { ballotId: string; questionId: string; actorId: string; actorRole: string; decision: 'approved' | 'rejected'; reason: string; baseUrl: string; now?: Date },
) {
  const now = input.now ?? new Date()
  if (!isUuid(input.questionId) || !isUuid(input.ballotId)) throw new DomainError('not_found', msg('No such question'))
  return db.transaction(async (tx) => {
    const [q] = await tx.select().from(hustingsQuestions).where(eq(hustingsQuestions.id, input.questionId)).for('update')
    if (!q || q.ballotId !== input.ballotId) throw new DomainError('not_found', msg('No such question'))
    const b = await lockElection(tx, q.ballotId)
    if (b.returningOfficerId !== input.actorId && input.actorRole !== 'admin') throw new DomainError('forbidden', msg('Only the returning officer for this election can moderate its hustings.'))
    requireHustingsOpen(b, now)
    if (q.status !== 'pending') throw new DomainError('conflict', msg('This question has already been moderated.'))
    const reason = input.reason.trim() || null
    await tx
      .update(hustingsQuestions)
      .set({ status: input.decision, moderatedBy: input.actorId, moderatedAt: now, rejectedReason: input.decision === 'rejected' ? reason : null })
      .where(eq(hustingsQuestions.id, q.id))
    await audit(tx, {
      actorId: input.actorId,
      action: input.decision === 'approved' ? 'hustings.approve' : 'hustings.reject',
      subjectType: 'hustings_question',
      subjectId: q.id,
      before: { status: q.status },
      after: { status: input.decision, reason },
    })
    if (input.decision === 'approved') {
      const candidates = await tx
        .select({ email: users.email, name: users.name, userId: users.id })
        .from(ballotCandidates)
        .innerJoin(users, eq(users.id, ballotCandidates.userId))
        .where(eq(ballotCandidates.ballotId, b.id))
      if (candidates.length) {
        await enqueueEmail(tx, {
          template: 'hustings-question',
          to: candidates,
          data: { election: b.title, question: q.question, wordLimit: answerWordLimit(b), answerUrl: `${input.baseUrl}/ballots/${b.id}/hustings/${q.id}/answer` },
          dedupeKey: `hustings-question:${q.id}`,
        })
      }
    }
  })
}

/** A candidate answers an approved question, once (the database's unique key), within the word limit; Markdown sanitised when saved. */
export async function answerQuestion(db: Db, input: { questionId: string; userId: string; answer: string; now?: Date }) {
  const now = input.now ?? new Date()
  if (!isUuid(input.questionId)) throw new DomainError('not_found', msg('No such question'))
  const html = await renderMarkdown(input.answer, { field: 'answer' })
  try {
    return await db.transaction(async (tx) => {
      const [q] = await tx.select().from(hustingsQuestions).where(eq(hustingsQuestions.id, input.questionId))
      if (!q || q.status !== 'approved') throw new DomainError('not_found', msg('No such question'))
      const b = await lockElection(tx, q.ballotId)
      requireHustingsOpen(b, now)
      const [candidate] = await tx
        .select({ position: ballotCandidates.position })
        .from(ballotCandidates)
        .where(and(eq(ballotCandidates.ballotId, b.id), eq(ballotCandidates.userId, input.userId)))
      if (!candidate) throw new DomainError('forbidden', msg('Only the candidates in this election can answer its questions.'))
      const limit = answerWordLimit(b)
      const words = countWords(input.answer)
      if (limit && words > limit)
        throw new DomainError('invalid_input', msg('Your answer has {words, number} words; the limit is {limit, number}. Shorten it by {over, plural, one {# word} other {# words}}.'), 'answer', {
          words,
          limit,
          over: words - limit,
        })
      const [row] = await tx.insert(hustingsAnswers).values({ questionId: q.id, ballotId: b.id, position: candidate.position, answer: input.answer, answerHtml: html, createdAt: now }).returning()
      await audit(tx, { actorId: input.userId, action: 'hustings.answer', subjectType: 'hustings_question', subjectId: q.id, after: { position: candidate.position } })
      return row
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('conflict', msg('You have already answered this question.'))
    throw error
  }
}

export interface HustingsAnswerView {
  position: number
  name: string
  html: string | null
}

/** Approved questions, oldest first, each with every candidate's answer (null where none yet), candidates in paper order. */
export async function listApprovedQuestions(db: Db, ballotId: string) {
  const candidates = await db
    .select({ position: ballotCandidates.position, name: ballotCandidates.name, userId: ballotCandidates.userId })
    .from(ballotCandidates)
    .where(eq(ballotCandidates.ballotId, ballotId))
    .orderBy(asc(ballotCandidates.position))
  const questions = await db
    .select({ id: hustingsQuestions.id, question: hustingsQuestions.question })
    .from(hustingsQuestions)
    .where(and(eq(hustingsQuestions.ballotId, ballotId), eq(hustingsQuestions.status, 'approved')))
    .orderBy(asc(hustingsQuestions.moderatedAt), asc(hustingsQuestions.createdAt))
  const answers = questions.length
    ? await db
        .select({ questionId: hustingsAnswers.questionId, position: hustingsAnswers.position, html: hustingsAnswers.answerHtml })
        .from(hustingsAnswers)
        .where(
          inArray(
            hustingsAnswers.questionId,
            questions.map((q) => q.id),
          ),
        )
    : []
  return {
    candidates,
    questions: questions.map((q) => ({
      ...q,
      answers: candidates.map((c): HustingsAnswerView => ({ position: c.position, name: c.name, html: answers.find((a) => a.questionId === q.id && a.position === c.position)?.html ?? null })),
    })),
  }
}

/** Every question of an election for the moderator, waiting ones first, with who asked. */
export function listQuestionsForModeration(db: Db, ballotId: string) {
  if (!isUuid(ballotId)) return Promise.resolve([])
  return db
    .select({
      id: hustingsQuestions.id,
      question: hustingsQuestions.question,
      status: hustingsQuestions.status,
      rejectedReason: hustingsQuestions.rejectedReason,
      createdAt: hustingsQuestions.createdAt,
      askedBy: users.name,
    })
    .from(hustingsQuestions)
    .innerJoin(memberships, eq(memberships.id, hustingsQuestions.membershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(hustingsQuestions.ballotId, ballotId))
    .orderBy(asc(hustingsQuestions.createdAt))
}

/** One approved question, for a candidate's answer page: with their place on the paper and their answer if given. */
export async function getQuestionForCandidate(db: Db, input: { ballotId: string; questionId: string; userId: string }) {
  if (!isUuid(input.ballotId) || !isUuid(input.questionId)) return undefined
  const [q] = await db
    .select()
    .from(hustingsQuestions)
    .where(and(eq(hustingsQuestions.id, input.questionId), eq(hustingsQuestions.ballotId, input.ballotId), eq(hustingsQuestions.status, 'approved')))
  if (!q) return undefined
  const [candidate] = await db
    .select({ position: ballotCandidates.position })
    .from(ballotCandidates)
    .where(and(eq(ballotCandidates.ballotId, input.ballotId), eq(ballotCandidates.userId, input.userId)))
  const [answer] = candidate
    ? await db
        .select({ html: hustingsAnswers.answerHtml })
        .from(hustingsAnswers)
        .where(and(eq(hustingsAnswers.questionId, q.id), eq(hustingsAnswers.position, candidate.position)))
    : []
  return { question: q.question, candidate: Boolean(candidate), answeredHtml: answer?.html ?? null }
}

/** Where a signed-in person stands in the hustings: may they ask (and if not, why), are they a candidate, which questions still await their answer, how many of their questions wait for the moderator. */
async function getHustingsStanding(db: Db, b: Ballot, userId: string, now = new Date()) {
  const ask = await db
    .transaction((tx) => requireQuestioner(tx, b, userId, now))
    .then(
      (m) => ({ ok: true as const, membershipId: m.id }),
      (error: unknown) => {
        if (!(error instanceof DomainError)) throw error
        return { ok: false as const, reason: String(error.values?.reason ?? error.message) }
      },
    )
  const [candidate] = await db
    .select({ position: ballotCandidates.position })
    .from(ballotCandidates)
    .where(and(eq(ballotCandidates.ballotId, b.id), eq(ballotCandidates.userId, userId)))
  const waiting = ask.ok
    ? (
        await db
          .select({ id: hustingsQuestions.id })
          .from(hustingsQuestions)
          .where(and(eq(hustingsQuestions.ballotId, b.id), eq(hustingsQuestions.membershipId, ask.membershipId), eq(hustingsQuestions.status, 'pending')))
      ).length
    : 0
  return { canAsk: ask.ok, reason: ask.ok ? null : ask.reason, candidatePosition: candidate?.position ?? null, waiting }
}

/** The hustings page of an election that took nominations (settled first), with who is looking; undefined when there is none. */
export async function getHustingsPage(db: Db, input: { ballotId: string; userId: string | null; locale: Locale; now?: Date }) {
  const now = input.now ?? new Date()
  const election = await getElectionForNominations(db, input.ballotId, input.locale, now)
  if (!election || election.ballot.kind !== 'election') return undefined
  const b = election.ballot
  const closedReason = hustingsClosedReason(b, now)
  const { candidates, questions } = await listApprovedQuestions(db, b.id)
  const standing = input.userId && !closedReason ? await getHustingsStanding(db, b, input.userId, now) : null
  return {
    election: { id: b.id, title: b.title, wordLimit: answerWordLimit(b) },
    returningOfficerId: b.returningOfficerId,
    open: !closedReason,
    closedReason,
    candidates: candidates.map((c) => ({ position: c.position, name: c.name })),
    questions,
    standing,
  }
}
