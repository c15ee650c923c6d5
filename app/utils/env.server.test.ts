import { describe, expect, it } from 'vitest'
import { EnvError, parseEnv } from './env.server.ts'

describe('parseEnv', () => {
  it('refuses to start production without its settings and names each missing one', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/chorus' })).toThrow(EnvError)
    try {
      parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/chorus' })
    } catch (error) {
      expect((error as Error).message).toContain('missing APP_URL, SESSION_SECRET, STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, RESEND_API_KEY')
      expect((error as Error).message).not.toContain('DATABASE_URL')
    }
  })

  it('runs production offline with stand-ins when CHORUS_OFFLINE=1', () => {
    const env = parseEnv({ NODE_ENV: 'production', CHORUS_OFFLINE: '1' })
    expect(env.offline).toBe(true)
    expect(env.sessionSecret.length).toBeGreaterThanOrEqual(32)
  })

  it('is not offline when production has everything', () => {
    const env = parseEnv({
      NODE_ENV: 'production',
      APP_URL: 'https://chorus.example/',
      DATABASE_URL: 'postgres://db/chorus',
      SESSION_SECRET: 's'.repeat(40),
      STRIPE_SECRET_KEY: 'sk_live_x',
      STRIPE_WEBHOOK_SECRET: 'whsec_x',
      RESEND_API_KEY: 're_x',
    })
    expect(env.offline).toBe(false)
    expect(env.sessionSecret).toBe('s'.repeat(40))
    expect(env.appUrl).toBe('https://chorus.example')
  })

  it('refuses production without APP_URL even when everything else is set, and says so', () => {
    const everythingElse = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/chorus',
      SESSION_SECRET: 's'.repeat(40),
      STRIPE_SECRET_KEY: 'sk_live_x',
      STRIPE_WEBHOOK_SECRET: 'whsec_x',
      RESEND_API_KEY: 're_x',
    }
    expect(() => parseEnv(everythingElse)).toThrow(/missing APP_URL\./)
  })

  it('offline, APP_URL defaults to this machine on PORT', () => {
    expect(parseEnv({ NODE_ENV: 'production', CHORUS_OFFLINE: '1', PORT: '4123' }).appUrl).toBe('http://localhost:4123')
  })

  it('explains malformed settings', () => {
    expect(() => parseEnv({ DATABASE_URL: 'not a url', SESSION_SECRET: 'short' })).toThrow(/DATABASE_URL[\s\S]*SESSION_SECRET: must be at least 32/)
  })
})
