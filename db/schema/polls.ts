import { boolean, customType, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { memberships, nation, practiceArea } from './membership.ts'

/** draft → open (audience frozen, invitations queued) → closed (urn mixed into responses) → published. */
export const pollStatus = pgEnum('poll_status', ['draft', 'open', 'closed', 'published'])
export const pollQuestionKind = pgEnum('poll_question_kind', ['single', 'multiple', 'agree5', 'free_text'])

/** A pulse poll: a few questions to a chosen part of the membership, open for hours. */
export const polls = pgTable(
  'polls',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    status: pollStatus().notNull().default('draft'),
    /** Audience scope; null means everyone in good standing on that dimension. */
    nations: text().array(),
    branches: text().array(),
    tiers: text().array(),
    practiceAreas: text().array(),
    /** How long the poll stays open once sent. */
    durationHours: integer().notNull(),
    opensAt: timestamp({ withTimezone: true }),
    closesAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    publishedAt: timestamp({ withTimezone: true }),
    audienceCount: integer(),
    respondedCount: integer(),
    responsesCount: integer(),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('polls_closes_at_idx').on(t.closesAt)],
)

export interface PollOption {
  id: string
  label: string
}

export const pollQuestions = pgTable(
  'poll_questions',
  {
    pollId: uuid()
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    /** 1 to 5, the order the questions are asked in. */
    position: integer().notNull(),
    kind: pollQuestionKind().notNull(),
    wording: text().notNull(),
    options: jsonb().$type<PollOption[]>().notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.position] })],
)

/** Who was asked, frozen when the poll opened, and whether they have answered. Nothing here says what. */
export const pollAudience = pgTable(
  'poll_audience',
  {
    pollId: uuid()
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id),
    responded: boolean().notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.membershipId] })],
)

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
})

/**
 * Answers while a poll is open, each sealed with a key that is not in the database (see
 * app/domain/polls/urn.server.ts): no member, no time, every row of a poll the same length.
 * No foreign key: the key check would lock the poll row for every respondent. Emptied at close.
 */
export const pollUrn = pgTable(
  'poll_urn',
  {
    pollId: uuid().notNull(),
    id: uuid().notNull().defaultRandom(),
    sealed: bytea().notNull(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.id] })],
)

/**
 * The answers of a closed poll, written once at close in a random order: no member, no time,
 * only the cells the results are broken down by.
 */
export const pollResponses = pgTable(
  'poll_responses',
  {
    pollId: uuid()
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    /** Place in the shuffled order, never the order of answering. */
    position: integer().notNull(),
    /** Question position → option id, option ids, or free text. */
    answers: jsonb().$type<Record<string, string | string[]>>().notNull(),
    nation: nation(),
    practiceArea: practiceArea(),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.position] })],
)

export type Poll = typeof polls.$inferSelect
export type PollQuestion = typeof pollQuestions.$inferSelect
export type PollResponse = typeof pollResponses.$inferSelect
