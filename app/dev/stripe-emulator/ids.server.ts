import { randomBytes } from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** A Stripe-looking id: `cus_` + random base62. */
export function newId(prefix: string, length = 24) {
  const bytes = randomBytes(length)
  let suffix = ''
  for (const byte of bytes) suffix += ALPHABET[byte % ALPHABET.length]
  return `${prefix}_${suffix}`
}

export function unixNow() {
  return Math.floor(Date.now() / 1000)
}

/** Adds whole months or years in UTC, as Stripe's billing cycle does. */
export function addInterval(unixSeconds: number, interval: string, count = 1) {
  const date = new Date(unixSeconds * 1000)
  if (interval === 'year') date.setUTCFullYear(date.getUTCFullYear() + count)
  else if (interval === 'month') date.setUTCMonth(date.getUTCMonth() + count)
  else if (interval === 'week') date.setUTCDate(date.getUTCDate() + 7 * count)
  else date.setUTCDate(date.getUTCDate() + count)
  return Math.floor(date.getTime() / 1000)
}
