import { encodeBase32NoPadding } from '@oslojs/encoding'
import { describe, expect, it } from 'vitest'
import { describeDevice } from './sessions.server.ts'
import { matchTotp, newRecoveryCode, normaliseRecoveryCode, totpCode, totpStep } from './totp.ts'

// RFC 6238 appendix B: the SHA-1 key, and the last six digits of its eight-digit test values.
const RFC_KEY = encodeBase32NoPadding(new TextEncoder().encode('12345678901234567890'))
const RFC_VECTORS: [number, string][] = [
  [59, '287082'],
  [1111111109, '081804'],
  [1111111111, '050471'],
  [1234567890, '005924'],
  [2000000000, '279037'],
]

describe('time-based codes', () => {
  it('match the RFC 6238 test values', () => {
    for (const [seconds, code] of RFC_VECTORS) expect(totpCode(RFC_KEY, seconds * 1000)).toBe(code)
  })

  it('accept the code of this step and one either side, and nothing further or malformed', () => {
    const at = 1_700_000_000_000
    const now = totpStep(at)
    for (const offset of [-1, 0, 1]) expect(matchTotp(RFC_KEY, totpCode(RFC_KEY, at, now + offset), at)).toBe(now + offset)
    for (const offset of [-3, -2, 2, 3]) {
      const far = totpCode(RFC_KEY, at, now + offset)
      const near = [-1, 0, 1].map((o) => totpCode(RFC_KEY, at, now + o))
      if (!near.includes(far)) expect(matchTotp(RFC_KEY, far, at)).toBeNull()
    }
    for (const bad of ['', '12345', '1234567', 'abcdef', ' 123456']) expect(matchTotp(RFC_KEY, bad, at)).toBeNull()
  })

  it('makes recovery codes that read back however they are typed', () => {
    const code = newRecoveryCode()
    expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/)
    expect(normaliseRecoveryCode(` ${code.toUpperCase().replace('-', ' - ')} `)).toBe(code.replace('-', ''))
    expect(new Set(Array.from({ length: 200 }, newRecoveryCode)).size).toBe(200)
  })

  it('names devices from their browser', () => {
    expect(describeDevice('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15')).toBe('Safari on macOS')
    expect(describeDevice('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0 Safari/537.36 Edg/139.0')).toBe('Edge on Windows')
    expect(describeDevice('Mozilla/5.0 (Linux; Android 15) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0 Mobile Safari/537.36')).toBe('Chrome on Android')
    expect(describeDevice(null)).toBe('Unknown browser')
  })
})
