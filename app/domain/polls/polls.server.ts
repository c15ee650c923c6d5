import { randomInt } from 'node:crypto'
import { and, asc, desc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { memberships, pollAudience, pollQuestions, pollResponses, polls, pollUrn, users, type Poll } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import { isUuid } from '~/domain/ids.ts'
import { msg } from '~/i18n/translate.ts'
import { enqueueEmail } from '~/domain/outbox/enqueue.server.ts'
import { buildQuestion, DURATIONS, MAX_QUESTIONS, validateAnswers, type Question, type QuestionKind } from './questions.ts'
import { tallyPoll, type ResponseCells } from './tally.ts'
import { isPracticeArea, POLL_NATIONS, type PollNation } from './practice-areas.ts'
import { openAnswer, sealAnswer } from './urn.server.ts'
import { commitWithoutWaitingForDisk } from '~/domain/sealing.server.ts'
import { preparedQuery } from '~/utils/prepared.server.ts'

export interface PollAudienceScope {
  /** Empty or absent means everyone on that dimension. */
  nations?: string[] | null
  branches?: string[] | null
  tiers?: string[] | null
  practiceAreas?: string[] | null
}

export interface NewPoll extends PollAudienceScope {
  title: string
  questions: { kind: QuestionKind; wording: string; options?: string[] }[]
  durationHours: number
}

const orNull = (values: string[] | null | undefined) => (values && values.length ? [...new Set(values)] : null)

/** Checks a new poll and returns it as it will be stored (questions numbered 1–5); throws on anything a person must fix. */
function checkNewPoll(input: NewPoll) {
  const title = input.title.trim()
  if (!title) throw new DomainError('invalid_input', msg('Enter a title for the poll'), 'title')
  if (title.length > 120) throw new DomainError('invalid_input', msg('The title must be 120 characters or fewer'), 'title')
  if (input.questions.length < 1 || input.questions.length > MAX_QUESTIONS) throw new DomainError('invalid_input', msg('Write between 1 and 5 questions'), 'q1wording')
  if (!(DURATIONS as readonly number[]).includes(input.durationHours)) throw new DomainError('invalid_input', msg('Choose how long the poll stays open'), 'durationHours')
  if ((input.nations ?? []).some((n) => !(POLL_NATIONS as readonly string[]).includes(n))) throw new DomainError('invalid_input', msg('Choose nations from the list'), 'nations')
  if ((input.practiceAreas ?? []).some((a) => !isPracticeArea(a))) throw new DomainError('invalid_input', msg('Choose practice areas from the list'), 'practiceAreas')
  const questions: Question[] = input.questions.map((q, i) => buildQuestion(i + 1, q))
  return { title, questions, scope: { nations: orNull(input.nations), branches: orNull(input.branches), tiers: orNull(input.tiers), practiceAreas: orNull(input.practiceAreas) } }
}

/** Saves a poll as a draft; nothing is sent until `sendPoll`. */
export async function createPoll(db: Db, input: NewPoll & { actorId: string }) {
  const checked = checkNewPoll(input)
  return db.transaction(async (tx) => {
    const [poll] = await tx
      .insert(polls)
      .values({ title: checked.title, ...checked.scope, durationHours: input.durationHours, createdBy: input.actorId })
      .returning()
    await tx.insert(pollQuestions).values(checked.questions.map((q) => ({ pollId: poll.id, ...q })))
    await audit(tx, {
      actorId: input.actorId,
      action: 'poll.create',
      subjectType: 'poll',
      subjectId: poll.id,
      after: { title: poll.title, questions: checked.questions.length, ...checked.scope, durationHours: input.durationHours },
    })
    return poll
  })
}

/** A poll and its questions: every answer reads both, so their SQL is built once. */
const pollQuery = preparedQuery((db) =>
  db
    .select()
    .from(polls)
    .where(eq(polls.id, sql.placeholder('pollId')))
    .prepare('poll_by_id'),
)
const questionsQuery = preparedQuery((db) =>
  db
    .select()
    .from(pollQuestions)
    .where(eq(pollQuestions.pollId, sql.placeholder('pollId')))
    .orderBy(asc(pollQuestions.position))
    .prepare('poll_questions'),
)

export async function getPoll(db: Db, pollId: string) {
  if (!isUuid(pollId)) return null
  const [poll] = await pollQuery(db).execute({ pollId })
  return poll ?? null
}

async function listPollQuestions(db: Db, pollId: string): Promise<Question[]> {
  const rows = await questionsQuery(db).execute({ pollId })
  return rows.map((r) => ({ position: r.position, kind: r.kind, wording: r.wording, options: r.options }))
}

export async function listPolls(db: Db) {
  return db.select().from(polls).orderBy(desc(polls.createdAt))
}

/** Members in good standing within the poll's scope, with their address and name. */
function audienceQuery(tx: Db, poll: Poll) {
  const conditions = [inArray(memberships.status, ['active', 'past_due']), isNotNull(memberships.userId)]
  if (poll.nations) conditions.push(inArray(memberships.nation, poll.nations as PollNation[]))
  if (poll.branches) conditions.push(inArray(memberships.branch, poll.branches))
  if (poll.tiers) conditions.push(inArray(memberships.tierId, poll.tiers))
  if (poll.practiceAreas)
    conditions.push(
      sql`${memberships.practiceArea}::text in (${sql.join(
        poll.practiceAreas.map((a) => sql`${a}`),
        sql`, `,
      )})`,
    )
  return tx
    .select({ id: memberships.id, userId: users.id, email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(...conditions))
}

/**
 * Sends a draft: the audience is frozen (members in good standing in scope, now), the poll opens
 * for its hours, and the invitations are queued through the outbox in batches, all in one
 * transaction. The email carries the first question's options as links to the poll's answer page.
 */
export async function sendPoll(db: Db, input: { pollId: string; actorId: string; baseUrl: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const [poll] = isUuid(input.pollId) ? await tx.select().from(polls).where(eq(polls.id, input.pollId)).for('update') : []
    if (!poll) throw new DomainError('not_found', msg('No such poll'))
    if (poll.status !== 'draft') throw new DomainError('invalid_state', msg('This poll has already been sent'))
    const questions = await listPollQuestions(tx, poll.id)
    const audience = await audienceQuery(tx, poll)
    if (audience.length === 0) throw new DomainError('invalid_state', msg('No member in good standing is in this audience. Widen it before sending.'))
    const closesAt = new Date(now.getTime() + poll.durationHours * 3_600_000)
    for (let i = 0; i < audience.length; i += 1000) {
      await tx.insert(pollAudience).values(audience.slice(i, i + 1000).map((m) => ({ pollId: poll.id, membershipId: m.id })))
    }
    const [opened] = await tx.update(polls).set({ status: 'open', opensAt: now, closesAt, audienceCount: audience.length }).where(eq(polls.id, poll.id)).returning()
    const pollUrl = `${input.baseUrl}/polls/${poll.id}`
    const first = questions[0]
    const firstQuestion = {
      wording: first.wording,
      scale: first.kind === 'agree5',
      // A free-text first question cannot be answered from the email: its one link opens the poll.
      options: first.kind === 'free_text' ? [] : first.options.map((o) => ({ label: o.label, url: `${pollUrl}/answer?q1=${encodeURIComponent(o.id)}` })),
    }
    const queued = await enqueueEmail(tx, {
      template: 'poll-invitation',
      topic: 'ballots',
      to: audience.map((m) => ({ email: m.email, name: m.name, userId: m.userId })),
      data: { title: poll.title, pollUrl, closes: closesAt.toISOString(), questionCount: questions.length, firstQuestion },
      dedupeKey: `poll-invitation:${poll.id}`,
    })
    await audit(tx, {
      actorId: input.actorId,
      action: 'poll.send',
      subjectType: 'poll',
      subjectId: poll.id,
      before: { status: 'draft' },
      after: { status: 'open', audience: audience.length, closesAt, emailBatches: queued.jobs },
    })
    return opened
  })
}

const isOpen = (poll: Poll, now = new Date()) => poll.status === 'open' && Boolean(poll.closesAt && poll.closesAt > now)

/** Whether this person was asked and has answered; null when they hold no membership. */
export async function getPollStanding(db: Db, pollId: string, userId: string) {
  const [row] = await db
    .select({ responded: pollAudience.responded })
    .from(pollAudience)
    .innerJoin(memberships, eq(memberships.id, pollAudience.membershipId))
    .where(and(eq(pollAudience.pollId, pollId), eq(memberships.userId, userId)))
  return row ? { inAudience: true, responded: row.responded } : { inAudience: false, responded: false }
}

const CLOSED_BY_DATABASE = /the poll has closed/

function closedError(error: unknown) {
  const message = String((error as { cause?: { message?: string } })?.cause?.message ?? (error as Error)?.message ?? '')
  return CLOSED_BY_DATABASE.test(message) ? new DomainError('invalid_state', msg('This poll has closed')) : error
}

/**
 * Records a member's answers, in two writes that share nothing (as a ballot vote): the audience
 * row is marked (one row, `WHERE responded = false`: one response per member, by the database),
 * then the answers go into the urn sealed with the poll's key, with only the member's nation and
 * practice area beside them. Nothing else is written: no audit row, no time, no member. The mark
 * does not wait for the disk; the urn write does, for both (commitWithoutWaitingForDisk).
 */
export async function respondToPoll(db: Db, input: { pollId: string; userId: string; answers: Record<string, string | string[] | undefined>; now?: Date }) {
  const now = input.now ?? new Date()
  // A poll's questions never change once it is sent, so both are read at once.
  const [poll, questions] = await Promise.all([getPoll(db, input.pollId), isUuid(input.pollId) ? listPollQuestions(db, input.pollId) : []])
  if (!poll || poll.status === 'draft') throw new DomainError('not_found', msg('No such poll'))
  if (!isOpen(poll, now)) throw new DomainError('invalid_state', msg('This poll has closed'))
  const answers = validateAnswers(questions, input.answers)
  // The member's audience row, found through their membership in the same statement, which also
  // gives the two cells the results need: one round trip.
  const marked = await db
    .update(pollAudience)
    .set({ responded: true })
    .from(memberships)
    .where(and(eq(pollAudience.pollId, poll.id), eq(pollAudience.membershipId, memberships.id), eq(memberships.userId, input.userId), eq(pollAudience.responded, false), commitWithoutWaitingForDisk))
    .returning({ nation: memberships.nation, practiceArea: memberships.practiceArea })
    .catch((error) => {
      throw closedError(error)
    })
  const [member] = marked
  if (!member) {
    const standing = await getPollStanding(db, poll.id, input.userId)
    if (!standing.inAudience) throw new DomainError('forbidden', msg('This poll was sent to a chosen group of members, fixed when it opened, and you are not in it.'))
    throw new DomainError('conflict', msg('You have already answered this poll. Each member answers once.'))
  }
  const cells: ResponseCells = { answers, nation: member.nation, practiceArea: member.practiceArea }
  await db
    .insert(pollUrn)
    .values({ pollId: poll.id, sealed: sealAnswer(poll.id, questions, cells) })
    .catch((error) => {
      throw closedError(error)
    })
}

/** Fisher–Yates with the operating system's CSPRNG. */
function shuffle<T>(items: T[]) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[items[i], items[j]] = [items[j], items[i]]
  }
  return items
}

async function openUrn(db: Db, pollId: string) {
  const rows = await db.select({ sealed: pollUrn.sealed }).from(pollUrn).where(eq(pollUrn.pollId, pollId))
  const opened = rows.map((r) => openAnswer(pollId, r.sealed))
  return { responses: shuffle(opened.filter((r): r is ResponseCells => r !== null)), rejected: opened.filter((r) => r === null).length }
}

/**
 * Closes a poll whose time is up: the urn is opened, shuffled and written as plain responses
 * (no member, no time), and emptied. Does nothing to a poll that is not due.
 */
export async function closePoll(db: Db, input: { pollId: string; now?: Date }) {
  const now = input.now ?? new Date()
  return db.transaction(async (tx) => {
    const [poll] = await tx.select().from(polls).where(eq(polls.id, input.pollId)).for('update')
    if (!poll || poll.status !== 'open' || !poll.closesAt || poll.closesAt > now) return poll ?? null
    // Answers being written finish first; none can follow (the urn's trigger reads the status).
    await tx.execute(sql`lock table ${pollUrn} in share mode`)
    const { responses, rejected } = await openUrn(tx, poll.id)
    for (let i = 0; i < responses.length; i += 1000) {
      await tx.insert(pollResponses).values(responses.slice(i, i + 1000).map((r, j) => ({ pollId: poll.id, position: i + j + 1, answers: r.answers, nation: r.nation, practiceArea: r.practiceArea })))
    }
    await tx.delete(pollUrn).where(eq(pollUrn.pollId, poll.id))
    const responded = await tx.$count(pollAudience, and(eq(pollAudience.pollId, poll.id), eq(pollAudience.responded, true)))
    const [closed] = await tx.update(polls).set({ status: 'closed', closedAt: now, respondedCount: responded, responsesCount: responses.length }).where(eq(polls.id, poll.id)).returning()
    await audit(tx, { actorId: null, action: 'poll.close', subjectType: 'poll', subjectId: poll.id, after: { responded, responses: responses.length, rejected } })
    return closed
  })
}

/**
 * An officer ends fieldwork early (the story has moved on, or enough have answered): from now no
 * answer is taken, and the poll closes as it would have at its time. Audited.
 */
export async function closePollNow(db: Db, input: { pollId: string; actorId: string; now?: Date }) {
  const now = input.now ?? new Date()
  await db.transaction(async (tx) => {
    const [poll] = await tx.select().from(polls).where(eq(polls.id, input.pollId)).for('update')
    if (!poll) throw new DomainError('not_found', msg('No such poll'))
    if (poll.status !== 'open') throw new DomainError('invalid_state', msg('Only an open poll can be closed'))
    if (poll.closesAt && poll.closesAt <= now) return
    await tx.update(polls).set({ closesAt: now }).where(eq(polls.id, poll.id))
    await audit(tx, { actorId: input.actorId, action: 'poll.close_early', subjectType: 'poll', subjectId: poll.id, before: { closesAt: poll.closesAt }, after: { closesAt: now } })
  })
  return closePoll(db, { pollId: input.pollId, now })
}

/** Closes every poll whose time is up (the periodic upkeep, and any page that finds one). */
export async function closeDuePolls(db: Db, now = new Date()) {
  const due = await db
    .select({ id: polls.id })
    .from(polls)
    .where(and(eq(polls.status, 'open'), lte(polls.closesAt, now)))
  for (const p of due) await closePoll(db, { pollId: p.id, now })
  return due.length
}

/** The poll as it stands now: a page that finds it past its closing time closes it first. */
export async function settlePoll(db: Db, poll: Poll, now = new Date()) {
  if (poll.status === 'open' && poll.closesAt && poll.closesAt <= now) return (await closePoll(db, { pollId: poll.id, now })) ?? poll
  return poll
}

/** Makes a closed poll's results public; audited. */
export async function publishPollResults(db: Db, input: { pollId: string; actorId: string; now?: Date }) {
  const now = input.now ?? new Date()
  const found = await getPoll(db, input.pollId)
  if (!found) throw new DomainError('not_found', msg('No such poll'))
  await settlePoll(db, found, now)
  return db.transaction(async (tx) => {
    const [poll] = await tx.select().from(polls).where(eq(polls.id, found.id)).for('update')
    if (poll.status === 'published') throw new DomainError('invalid_state', msg('These results are already published'))
    if (poll.status !== 'closed') throw new DomainError('invalid_state', msg('Results can be published once the poll has closed'))
    const [published] = await tx.update(polls).set({ status: 'published', publishedAt: now }).where(eq(polls.id, poll.id)).returning()
    await audit(tx, {
      actorId: input.actorId,
      action: 'poll.publish',
      subjectType: 'poll',
      subjectId: poll.id,
      before: { status: 'closed' },
      after: { status: 'published', responses: poll.responsesCount },
    })
    return published
  })
}

/** The responses the results are counted from: the opened urn while open (live, for officers), the mixed responses after. */
async function listPollResponses(db: Db, poll: Poll): Promise<ResponseCells[]> {
  if (poll.status === 'open') return (await openUrn(db, poll.id)).responses
  if (poll.status === 'draft') return []
  const rows = await db
    .select({ answers: pollResponses.answers, nation: pollResponses.nation, practiceArea: pollResponses.practiceArea })
    .from(pollResponses)
    .where(eq(pollResponses.pollId, poll.id))
    .orderBy(asc(pollResponses.position))
  return rows
}

/** Counts per question and option, overall and by nation and practice area (see tally.ts). */
export async function pollTally(db: Db, poll: Poll) {
  const [questions, responses] = await Promise.all([listPollQuestions(db, poll.id), listPollResponses(db, poll)])
  return { questions, tally: tallyPoll(questions, responses), responses: responses.length }
}

/** The officer's Send after the preview: the poll is saved and sent in one transaction, or neither. */
export async function createAndSendPoll(db: Db, input: NewPoll & { actorId: string; baseUrl: string; now?: Date }) {
  return db.transaction(async (tx) => {
    const poll = await createPoll(tx, input)
    return sendPoll(tx, { pollId: poll.id, actorId: input.actorId, baseUrl: input.baseUrl, now: input.now })
  })
}

/** What the officer sees before sending: the poll as members will, and how many members it would ask now. */
export async function previewPoll(db: Db, input: NewPoll) {
  const checked = checkNewPoll(input)
  const audience = await audienceQuery(db, { ...checked.scope } as Poll)
  return { title: checked.title, questions: checked.questions, scope: checked.scope, durationHours: input.durationHours, audience: audience.length }
}

/**
 * A poll as a person opening it sees it: null for a draft or no such poll; otherwise the poll
 * (closed first if its time is up), its questions, and whether this person may answer.
 */
export async function getPollForMember(db: Db, input: { pollId: string; userId: string | null; now?: Date }) {
  const found = await getPoll(db, input.pollId)
  if (!found || found.status === 'draft') return null
  const poll = await settlePoll(db, found, input.now)
  const questions = await listPollQuestions(db, poll.id)
  const standing = input.userId ? await getPollStanding(db, poll.id, input.userId) : null
  const open = isOpen(poll, input.now)
  return { poll, questions, open, standing, canAnswer: open && Boolean(standing?.inAudience && !standing.responded) }
}

/** A poll's results for its results page: null unless published, or closed and asked for by an officer. */
export async function getPublishedPollResults(db: Db, input: { pollId: string; officer: boolean; now?: Date }) {
  const found = await getPoll(db, input.pollId)
  if (!found) return null
  const poll = await settlePoll(db, found, input.now)
  if (poll.status !== 'published' && !(input.officer && poll.status === 'closed')) return null
  return { poll, ...(await pollTally(db, poll)) }
}
