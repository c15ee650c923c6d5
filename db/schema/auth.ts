import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'

export const userRole = pgEnum('user_role', ['member', 'officer', 'admin', 'journalist'])
export const tokenPurpose = pgEnum('token_purpose', ['verify_email', 'reset_password'])

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: userRole().notNull().default('member'),
    emailVerifiedAt: timestamp({ withTimezone: true }),
    /** 'cy' or 'en' once the person has chosen; null: not chosen (emails then come in both). */
    locale: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`), check('users_locale_check', sql`${t.locale} in ('cy', 'en')`)],
)

/** A signed-in browser. The cookie holds the id; deleting the row signs that browser out. */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    userAgent: text(),
    /** Moved forward at most once a minute, so a page view rarely writes; the idle limit counts from it. */
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When the person last proved who they are here (sign-in or "confirm it's you"). */
    authenticatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
)

/**
 * A password accepted, a second factor still owed. The browser holds the token in a cookie;
 * only its hash is stored, and it is good for a few minutes and a few tries.
 */
export const signInChallenges = pgTable(
  'sign_in_challenges',
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    attempts: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sign_in_challenges_user_id_idx').on(t.userId)],
)

/**
 * An authenticator app's shared secret (RFC 6238). Unconfirmed until the person types a code
 * it made; the last time step used is kept so one code never works twice.
 */
export const totpCredentials = pgTable('totp_credentials', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secret: text().notNull(),
  confirmedAt: timestamp({ withTimezone: true }),
  lastUsedStep: integer(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

/** Single-use codes for when the authenticator is lost. Only a hash of each is stored. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text().notNull().unique(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('recovery_codes_user_id_idx').on(t.userId)],
)

/**
 * Passkeys (WebAuthn credentials): a second factor beside the authenticator app, on devices that
 * have them. Only the public key is kept; the counter catches a cloned authenticator.
 */
export const passkeys = pgTable(
  'passkeys',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The credential id, base64url, as the browser reports it. */
    credentialId: text().notNull().unique(),
    /** The COSE public key, base64url. */
    publicKey: text().notNull(),
    counter: integer().notNull().default(0),
    transports: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    name: text().notNull(),
    lastUsedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('passkeys_user_id_idx').on(t.userId)],
)

/** Challenges handed to a browser for a passkey ceremony: each answers once, within minutes. */
export const passkeyChallenges = pgTable(
  'passkey_challenges',
  {
    challenge: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text({ enum: ['register', 'sign-in'] }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('passkey_challenges_user_id_idx').on(t.userId)],
)

/** Site-wide sign-in settings: one typed row (id is always true), changed by admins. */
export const securitySettings = pgTable(
  'security_settings',
  {
    id: boolean().primaryKey().default(true),
    journalistsNeedSecondFactor: boolean().notNull().default(false),
    updatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('security_settings_single_row', sql`${t.id}`)],
)

/** Email-verification and password-reset links. Only a hash of the token is stored. */
export const oneTimeTokens = pgTable(
  'one_time_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: tokenPurpose().notNull(),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('one_time_tokens_user_id_idx').on(t.userId)],
)

/** Fixed-window counters shared by every app instance. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    hits: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
)

/**
 * Growing delays (app/domain/auth/rate-limit.server.ts): attempts counted per key, and when the
 * last one was admitted. `known:` keys record a successful sign-in from an address instead.
 */
export const throttles = pgTable('throttles', {
  key: text().primaryKey(),
  hits: integer().notNull().default(0),
  lastAt: timestamp({ withTimezone: true }).notNull(),
})

export type User = typeof users.$inferSelect
export type Role = (typeof userRole.enumValues)[number]
export type Session = typeof sessions.$inferSelect
