import { sql, type SQL } from 'drizzle-orm'
import { boolean, check, customType, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from './auth.ts'
import { statements } from './statements.ts'

/**
 * draft → awaiting_approval (only when a second officer must approve) → scheduled (sent to
 * approved journalists under embargo) or published → withdrawn. Corrections keep the status
 * and add a version. Whether a scheduled briefing is public is decided at request time from
 * embargo_until, so nothing has to run at the lift.
 */
export const briefingStatus = pgEnum('briefing_status', ['draft', 'awaiting_approval', 'scheduled', 'published', 'withdrawn'])
export const briefingTemplate = pgEnum('briefing_template', ['serious_case_review', 'social_worker_named', 'government_announcement', 'other'])
export const journalistStatus = pgEnum('journalist_status', ['pending', 'approved', 'declined'])
/** The language a journalist's alerts come in: Welsh, English, or both (Welsh first). */
export const alertLanguage = pgEnum('alert_language', ['cy', 'en', 'both'])

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

export interface BriefingQuote {
  text: string
  name: string
  role: string
}

export const briefings = pgTable(
  'briefings',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    template: briefingTemplate().notNull().default('other'),
    headline: text().notNull(),
    standfirst: text().notNull().default(''),
    /** The key lines, in Markdown (rendered and sanitised as statements are). */
    body: text().notNull().default(''),
    /** The body rendered and sanitised when it was saved; null until a row from before is backfilled. */
    bodyHtml: text(),
    keyFacts: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    quotes: jsonb().$type<BriefingQuote[]>().notNull().default([]),
    notesToEditors: text().notNull().default(''),
    /** The Welsh version, written by officers beside the English (null headline: not in Welsh). */
    headlineCy: text(),
    standfirstCy: text(),
    bodyCy: text(),
    bodyHtmlCy: text(),
    keyFactsCy: text().array(),
    quotesCy: jsonb().$type<BriefingQuote[]>(),
    notesToEditorsCy: text(),
    contactName: text().notNull().default(''),
    contactEmail: text().notNull().default(''),
    contactPhone: text().notNull().default(''),
    topics: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: briefingStatus().notNull().default('draft'),
    version: integer().notNull().default(1),
    /** Null: public as soon as published. Otherwise invisible to anyone not entitled until this instant. */
    embargoUntil: timestamp({ withTimezone: true }),
    /** When it became (or becomes, under embargo) public. */
    publishedAt: timestamp({ withTimezone: true }),
    /** When it was sent: published, or released under embargo to journalists. */
    issuedAt: timestamp({ withTimezone: true }),
    correctedAt: timestamp({ withTimezone: true }),
    withdrawnAt: timestamp({ withTimezone: true }),
    withdrawalNotice: text(),
    /** Bumped whenever queued alerts are cancelled, so a new schedule gets fresh dedupe keys. */
    alertRound: integer().notNull().default(0),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    approvedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    approvedAt: timestamp({ withTimezone: true }),
    publishedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    search: tsvector().generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('english', coalesce(${briefings.headline}, '')), 'A') || setweight(to_tsvector('english', coalesce(${briefings.standfirst}, '')), 'B') || setweight(to_tsvector('english', coalesce(${briefings.body}, '')), 'C')`,
    ),
    /** PostgreSQL has no Welsh stemmer: Welsh is searched word for word ('simple'), accents folded. */
    searchCy: tsvector().generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('simple', chorus_unaccent(coalesce(${briefings.headlineCy}, ''))), 'A') || setweight(to_tsvector('simple', chorus_unaccent(coalesce(${briefings.standfirstCy}, ''))), 'B') || setweight(to_tsvector('simple', chorus_unaccent(coalesce(${briefings.bodyCy}, ''))), 'C')`,
    ),
  },
  (t) => [index('briefings_search_idx').using('gin', t.search), index('briefings_search_cy_idx').using('gin', t.searchCy), index('briefings_public_idx').on(t.status, t.publishedAt)],
)

/** Every issued wording. Version 1 is what was first sent; later ones carry their correction note. */
export const briefingVersions = pgTable(
  'briefing_versions',
  {
    briefingId: uuid()
      .notNull()
      .references(() => briefings.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    headline: text().notNull(),
    standfirst: text().notNull(),
    body: text().notNull(),
    keyFacts: text().array().notNull(),
    quotes: jsonb().$type<BriefingQuote[]>().notNull(),
    notesToEditors: text().notNull(),
    headlineCy: text(),
    standfirstCy: text(),
    bodyCy: text(),
    keyFactsCy: text().array(),
    quotesCy: jsonb().$type<BriefingQuote[]>(),
    notesToEditorsCy: text(),
    correctionNote: text(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.briefingId, t.version] })],
)

/** Background: the position statements a briefing cites. */
export const briefingStatements = pgTable(
  'briefing_statements',
  {
    briefingId: uuid()
      .notNull()
      .references(() => briefings.id, { onDelete: 'cascade' }),
    statementId: uuid()
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.briefingId, t.statementId] }), index('briefing_statements_statement_idx').on(t.statementId)],
)

/** A press account: the user has role journalist; officers approve or decline it. */
export const journalists = pgTable(
  'journalists',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    outlet: text().notNull(),
    jobTitle: text().notNull(),
    workEmail: text().notNull(),
    beats: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: journalistStatus().notNull().default('pending'),
    /** True: alerts on every topic; false: only the rows in journalist_alert_topics. */
    alertAllTopics: boolean().notNull().default(true),
    /** Null: not chosen, so alerts follow the account's language (both, Welsh first, if none). */
    alertLanguage: alertLanguage(),
    decidedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp({ withTimezone: true }),
    declineReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('journalists_status_idx').on(t.status)],
)

export const journalistAlertTopics = pgTable(
  'journalist_alert_topics',
  {
    userId: uuid()
      .notNull()
      .references(() => journalists.userId, { onDelete: 'cascade' }),
    topic: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.topic] }), index('journalist_alert_topics_topic_idx').on(t.topic)],
)

/** People without an account who asked for public briefings by email (double opt-in). */
export const pressSubscribers = pgTable(
  'press_subscribers',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    /** Empty: every topic. */
    topics: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    confirmedAt: timestamp({ withTimezone: true }),
    /** Hash of the confirmation link's secret. */
    confirmTokenHash: text(),
    /** Random, unguessable, stored as is: it appears in every email's unsubscribe link. */
    unsubscribeToken: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('press_subscribers_email_key').on(sql`lower(${t.email})`)],
)

/** Each time an approved journalist opened a briefing before its lift. Append-only. */
export const briefingEmbargoViews = pgTable(
  'briefing_embargo_views',
  {
    id: uuid().primaryKey().defaultRandom(),
    briefingId: uuid()
      .notNull()
      .references(() => briefings.id, { onDelete: 'cascade' }),
    /** Cleared if the journalist deletes their account; the name and outlet they read under stay. */
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    viewerName: text().notNull(),
    viewerOutlet: text().notNull(),
    viewedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('briefing_embargo_views_briefing_idx').on(t.briefingId, t.viewedAt), index('briefing_embargo_views_user_idx').on(t.userId)],
)

/**
 * The press office's settings: one typed row (id is always true), so each setting is a real
 * column with a type and a default, and changing one is an ordinary audited update.
 */
export const pressSettings = pgTable(
  'press_settings',
  {
    id: boolean().primaryKey().default(true),
    secondApprovalRequired: boolean().notNull().default(false),
    updatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('press_settings_single_row', sql`${t.id}`)],
)

export type Briefing = typeof briefings.$inferSelect
export type BriefingVersion = typeof briefingVersions.$inferSelect
export type BriefingStatus = (typeof briefingStatus.enumValues)[number]
export type BriefingTemplate = (typeof briefingTemplate.enumValues)[number]
export type Journalist = typeof journalists.$inferSelect
export type JournalistStatus = (typeof journalistStatus.enumValues)[number]
export type AlertLanguage = (typeof alertLanguage.enumValues)[number]
