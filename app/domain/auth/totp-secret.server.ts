/**
 * Authenticator secrets are kept sealed: AES-256-GCM under a key derived from TOTP_KEY (or, when
 * that is unset, SESSION_SECRET), which is never in the database. Someone holding the database or
 * a backup cannot make anyone's sign-in codes. The account's id is bound in, so a sealed secret
 * copied onto another account's row does not open there.
 *
 * Secrets stored before sealing began are still read, and are sealed the next time they are used.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { getEnv } from '~/utils/env.server.ts'

const PREFIX = 'sealed:v1:'

function key() {
  const secret = process.env.TOTP_KEY || getEnv().sessionSecret
  return Buffer.from(hkdfSync('sha256', secret, 'chorus-totp-secret', 'chorus-totp-v1', 32))
}

export function sealTotpSecret(userId: string, secret: string) {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(), iv)
  cipher.setAAD(Buffer.from(userId))
  const body = Buffer.concat([cipher.update(secret), cipher.final()])
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

export function isSealed(stored: string) {
  return stored.startsWith(PREFIX)
}

/**
 * The secret in the clear, or null when it cannot be opened (sealed under another key, or for
 * another account): the person then has no working authenticator and uses a recovery code.
 */
export function openTotpSecret(userId: string, stored: string): string | null {
  if (!isSealed(stored)) return stored
  try {
    const sealed = Buffer.from(stored.slice(PREFIX.length), 'base64url')
    const decipher = createDecipheriv('aes-256-gcm', key(), sealed.subarray(0, 12))
    decipher.setAAD(Buffer.from(userId))
    decipher.setAuthTag(sealed.subarray(12, 28))
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString()
  } catch {
    return null
  }
}
