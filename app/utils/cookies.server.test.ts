import { describe, expect, it } from 'vitest'
import { cookiesSecure } from './session.server.ts'

describe('session cookie', () => {
  it('is Secure whenever the site is reached over https, offline demos included, and in real production', () => {
    expect(cookiesSecure({ appUrl: 'https://chorus.example', NODE_ENV: 'production', CHORUS_OFFLINE: true })).toBe(true)
    expect(cookiesSecure({ appUrl: 'https://chorus.example', NODE_ENV: 'development', CHORUS_OFFLINE: false })).toBe(true)
    expect(cookiesSecure({ appUrl: 'http://localhost:3000', NODE_ENV: 'production', CHORUS_OFFLINE: false })).toBe(true)
    expect(cookiesSecure({ appUrl: 'http://localhost:3000', NODE_ENV: 'production', CHORUS_OFFLINE: true })).toBe(false)
  })
})
