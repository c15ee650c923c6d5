import { describe, expect, it } from 'vitest'
import { readUnsubscribeToken, signUnsubscribeToken } from './unsubscribe-token.ts'

const secret = 'a-secret-of-at-least-thirty-two-characters'
const userId = '4f2b8a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b'

describe('unsubscribe tokens', () => {
  it('round-trips the person and topic', () => {
    const token = signUnsubscribeToken(secret, { userId, topic: 'press_alerts' })
    expect(readUnsubscribeToken(secret, token)).toEqual({ userId, topic: 'press_alerts' })
  })
  it('refuses tampering, another key, and malformed tokens', () => {
    const token = signUnsubscribeToken(secret, { userId, topic: 'ballots' })
    const [, signature] = token.split('.')
    const otherTopic = Buffer.from(`${userId}:newsletters`).toString('base64url')
    expect(readUnsubscribeToken(secret, `${otherTopic}.${signature}`)).toBeNull()
    expect(readUnsubscribeToken('another-secret-of-thirty-two-characters!!', token)).toBeNull()
    expect(readUnsubscribeToken(secret, 'garbage')).toBeNull()
    expect(readUnsubscribeToken(secret, `${token}.x`)).toBeNull()
    expect(readUnsubscribeToken(secret, 'x'.repeat(1000))).toBeNull()
  })
  it('refuses essential topics, which cannot be unsubscribed from', () => {
    const payload = Buffer.from(`${userId}:account`).toString('base64url')
    const forged = signUnsubscribeToken(secret, { userId, topic: 'ballots' }).replace(/^[^.]+/, payload)
    expect(readUnsubscribeToken(secret, forged)).toBeNull()
  })
})
