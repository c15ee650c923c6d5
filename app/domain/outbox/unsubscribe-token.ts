import { createHmac, timingSafeEqual } from 'node:crypto'
import { isOptionalTopic, type OptionalTopic } from './topics.ts'

/**
 * A link that unsubscribes one person from one topic without signing in (RFC 8058 one-click).
 * Signed, so nobody can unsubscribe someone else; it never expires, as mail is kept for years.
 */
export function signUnsubscribeToken(secret: string, input: { userId: string; topic: OptionalTopic }) {
  const payload = Buffer.from(`${input.userId}:${input.topic}`).toString('base64url')
  return `${payload}.${mac(secret, payload)}`
}

export function readUnsubscribeToken(secret: string, token: string): { userId: string; topic: OptionalTopic } | null {
  if (typeof token !== 'string' || token.length > 300) return null
  const [payload, signature, extra] = token.split('.')
  if (!payload || !signature || extra !== undefined) return null
  const expected = Buffer.from(mac(secret, payload))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  const [userId, topic] = Buffer.from(payload, 'base64url').toString().split(':')
  if (!/^[0-9a-f-]{36}$/.test(userId ?? '') || !isOptionalTopic(topic ?? '')) return null
  return { userId, topic: topic as OptionalTopic }
}

function mac(secret: string, payload: string) {
  return createHmac('sha256', secret).update(`unsubscribe:${payload}`).digest('base64url')
}
