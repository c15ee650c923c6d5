import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import { decodeBase32IgnorePadding, encodeBase32NoPadding } from '@oslojs/encoding'
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp'

/** RFC 6238 as every authenticator app reads it by default: SHA-1, 30-second steps, six digits. */
const TOTP_PERIOD_SECONDS = 30
const TOTP_DIGITS = 6
/** One step either side, for a phone clock a little off and a code typed as it changes. */
const DRIFT_STEPS = 1

/** A new shared secret: 160 bits (RFC 4226's recommended length), as Base32 for typing into an app. */
export function newTotpSecret() {
  return encodeBase32NoPadding(randomBytes(20))
}

export function totpStep(at: number = Date.now()) {
  return Math.floor(at / 1000 / TOTP_PERIOD_SECONDS)
}

function key(secret: string) {
  return decodeBase32IgnorePadding(secret.replace(/\s+/g, '').toUpperCase())
}

/** The code an authenticator app shows for `secret` at time `at` (or at a given step). */
export function totpCode(secret: string, at: number = Date.now(), step = totpStep(at)) {
  return generateHOTP(key(secret), BigInt(step), TOTP_DIGITS)
}

/** The time step whose code `code` is (within the drift allowed), or null. */
export function matchTotp(secret: string, code: string, at: number = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null
  const now = totpStep(at)
  for (let step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
    if (timingSafeEqual(Buffer.from(totpCode(secret, at, step)), Buffer.from(code))) return step
  }
  return null
}

/** The otpauth:// address an authenticator app scans from the QR code. */
export function totpUri(secret: string, accountName: string) {
  return createTOTPKeyURI('Chorus', accountName, key(secret), TOTP_PERIOD_SECONDS, TOTP_DIGITS)
}

/** The secret in groups of four, easier to copy by hand. */
export function groupSecret(secret: string) {
  return secret.replace(/(.{4})/g, '$1 ').trim()
}

/** Recovery codes look like `k7m2q-9xw4t`: 50 bits each, no letters easily confused. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
export function newRecoveryCode() {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('')
  return `${chars.slice(0, 5)}-${chars.slice(5)}`
}

/** How a typed recovery code is compared: case, spaces and dashes do not matter. */
export function normaliseRecoveryCode(input: string) {
  return input.toLowerCase().replace(/[\s-]+/g, '')
}
