import { createHash, randomBytes } from 'node:crypto'

/** A random secret for a link or a session id: 256 bits, URL-safe. */
export function generateSecret() {
  return randomBytes(32).toString('base64url')
}

/** One-time tokens are stored only as this hash, so a database leak yields no usable link. */
export function hashSecret(secret: string) {
  return createHash('sha256').update(secret).digest('hex')
}
