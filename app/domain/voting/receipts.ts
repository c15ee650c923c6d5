import { randomBytes } from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ' // Crockford base32: no I, L, O, U

/** 130 random bits as 26 Crockford base32 characters, grouped in fours for reading aloud. */
export function generateReceipt(bytes: Buffer = randomBytes(17)) {
  let bits = 0n
  for (const b of bytes) bits = (bits << 8n) | BigInt(b)
  let out = ''
  for (let i = 0; i < 26; i++) {
    out = ALPHABET[Number(bits & 31n)] + out
    bits >>= 5n
  }
  return out.match(/.{1,4}/g)!.join('-')
}

/** Accepts what people type: any case, spaces or dashes, O for 0, I and L for 1. */
export function normaliseReceipt(input: string) {
  const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(compact)) return null
  return compact.match(/.{1,4}/g)!.join('-')
}
