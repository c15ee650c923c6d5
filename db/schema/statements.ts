import { sql, type SQL } from 'drizzle-orm'
import { customType, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from './auth.ts'
import { memberships, nation } from './membership.ts'
import { ballots } from './voting.ts'

export const statementStatus = pgEnum('statement_status', ['draft', 'consultation', 'adopted', 'under_review', 'superseded', 'withdrawn'])

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/** A position statement. The live text is the newest row of statement_versions, copied here for search. */
export const statements = pgTable(
  'statements',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    summary: text().notNull(),
    body: text().notNull(),
    /** The body rendered and sanitised when it was saved; null until a row from before is backfilled. */
    bodyHtml: text(),
    /** The Welsh version, written by officers beside the English (null: not in Welsh yet). */
    titleCy: text(),
    summaryCy: text(),
    bodyCy: text(),
    bodyHtmlCy: text(),
    topics: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    nations: nation()
      .array()
      .notNull()
      .default(sql`'{}'::nation[]`),
    status: statementStatus().notNull().default('draft'),
    version: integer().notNull().default(1),
    reviewBy: date({ mode: 'string' }),
    consultationClosesAt: timestamp({ withTimezone: true }),
    adoptedAt: timestamp({ withTimezone: true }),
    adoptionBallotId: uuid().references(() => ballots.id),
    supersededById: uuid(),
    endorsementCount: integer().notNull().default(0),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    search: tsvector().generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('english', coalesce(${statements.title}, '')), 'A') || setweight(to_tsvector('english', coalesce(${statements.summary}, '')), 'B') || setweight(to_tsvector('english', coalesce(${statements.body}, '')), 'C')`,
    ),
    /** PostgreSQL has no Welsh stemmer: Welsh is searched word for word ('simple'), accents folded. */
    searchCy: tsvector().generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('simple', chorus_unaccent(coalesce(${statements.titleCy}, ''))), 'A') || setweight(to_tsvector('simple', chorus_unaccent(coalesce(${statements.summaryCy}, ''))), 'B') || setweight(to_tsvector('simple', chorus_unaccent(coalesce(${statements.bodyCy}, ''))), 'C')`,
    ),
  },
  (t) => [index('statements_search_idx').using('gin', t.search), index('statements_search_cy_idx').using('gin', t.searchCy), index('statements_status_idx').on(t.status)],
)

/** Every published wording, kept for good: links to a version never change. */
export const statementVersions = pgTable(
  'statement_versions',
  {
    statementId: uuid()
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    body: text().notNull(),
    bodyHtml: text(),
    titleCy: text(),
    summaryCy: text(),
    bodyCy: text(),
    bodyHtmlCy: text(),
    changeNote: text().notNull(),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.statementId, t.version] })],
)

export const consultationComments = pgTable(
  'consultation_comments',
  {
    id: uuid().primaryKey().defaultRandom(),
    statementId: uuid()
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    body: text().notNull(),
    addressedAt: timestamp({ withTimezone: true }),
    addressedBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consultation_comments_statement_idx').on(t.statementId)],
)

/** "I stand behind this": one per member, enforced by the key. */
export const statementEndorsements = pgTable(
  'statement_endorsements',
  {
    statementId: uuid()
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.statementId, t.membershipId] })],
)

export type Statement = typeof statements.$inferSelect
export type StatementVersion = typeof statementVersions.$inferSelect
