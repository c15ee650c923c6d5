import { randomBytes } from 'node:crypto'
import { z } from 'zod'

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true')

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  CHORUS_OFFLINE: flag,
  /** Lets an offline build (demo accounts, /dev/mail) listen beyond this machine; every page then says so. */
  CHORUS_OFFLINE_PUBLIC: flag,
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  APP_URL: z.string().url().optional(),
  /**
   * How many proxies stand in front of Chorus: the client's address is the entry that many hops
   * from the right of X-Forwarded-For (as Express's `trust proxy` with a number). 0: none.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === '' || v === 'false' ? '0' : v))
    .pipe(z.string().regex(/^\d{1,2}$/, 'must be the number of proxies in front of Chorus (0 when none)'))
    .transform(Number),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  STRIPE_EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(12111),
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: z.string().url().optional(),
  RESEND_WEBHOOK_SECRET: z.string().optional(),
  CHORUS_WORKER: z.enum(['0', '1']).default('1'),
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(1000),
  OUTBOX_LEASE_MS: z.coerce.number().int().positive().default(60_000),
  OUTBOX_RETRY_BASE_MS: z.coerce.number().int().positive().default(2_000),
  /** How often the worker runs its upkeep (ballots, statements, lapses); browser tests shorten it. */
  HOUSEKEEPING_MS: z.coerce.number().int().min(500).default(60_000),
  PORT: z.string().regex(/^\d+$/, 'must be a port number').default('3000'),
  /** How long a stopping server lets requests in progress finish before it closes what is left. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAIL_FROM: z.string().default('Chorus <no-reply@chorus.test>'),
})

export type Env = z.infer<typeof EnvSchema> & {
  /** Production settings were not all given: local stand-ins and demo data are in use. */
  offline: boolean
  sessionSecret: string
  /**
   * Where people reach the site (no trailing slash): every link in an email, every absolute URL
   * and the Origin check come from it, never from the request's Host or X-Forwarded-Host.
   */
  appUrl: string
  /** Stripe's signing secret, or the local emulator's when Stripe is not configured. */
  stripeWebhookSecret: string
}

/** Settings a real production deployment cannot run without. */
const REQUIRED_IN_PRODUCTION = ['APP_URL', 'DATABASE_URL', 'SESSION_SECRET', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'RESEND_API_KEY'] as const

const DEV_SESSION_SECRET = 'chorus-development-session-secret-not-for-production'

export class EnvError extends Error {}

/** One per process: the development server re-imports this module, the emulator it started stays. */
function localWebhookSecret() {
  const state = globalThis as typeof globalThis & { __chorusLocalWebhookSecret?: string }
  state.__chorusLocalWebhookSecret ??= `whsec_${randomBytes(24).toString('base64')}`
  return state.__chorusLocalWebhookSecret
}

/** Reads and checks the environment once at boot; the message names every problem. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`)
    throw new EnvError(`Chorus cannot start: some settings are invalid.\n${lines.join('\n')}`)
  }
  const env = result.data
  const production = env.NODE_ENV === 'production'
  if (production && !env.CHORUS_OFFLINE) {
    const missing = REQUIRED_IN_PRODUCTION.filter((name) => !env[name])
    if (missing.length > 0) {
      throw new EnvError(`Chorus cannot start in production: missing ${missing.join(', ')}.\n` + 'Set them, or set CHORUS_OFFLINE=1 to run with local stand-ins and demo accounts.')
    }
  }
  const offline = !production || env.CHORUS_OFFLINE
  return {
    ...env,
    offline,
    sessionSecret: env.SESSION_SECRET ?? DEV_SESSION_SECRET,
    appUrl: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    // The local emulator signs with a secret made at each start: a constant in the code would let
    // anyone who has read it sign Stripe events for an offline build.
    stripeWebhookSecret: env.STRIPE_WEBHOOK_SECRET || localWebhookSecret(),
  }
}

let cached: Env | undefined
export function getEnv(): Env {
  cached ??= parseEnv()
  return cached
}

/** For process entry points: the settings, or a readable message and exit code 1. */
export function getEnvOrExit(): Env {
  try {
    return getEnv()
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}
