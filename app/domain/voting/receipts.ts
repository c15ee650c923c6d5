import { createHash, randomBytes } from 'node:crypto'

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
  const compact = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(compact)) return null
  return compact.match(/.{1,4}/g)!.join('-')
}

export function genesisHash(ballotId: string) {
  return createHash('sha256').update(`chorus-ballot:${ballotId}`).digest('hex')
}

/** Each paper's hash covers the previous hash, so no paper can be removed or changed unnoticed. */
export function paperHash(input: { prevHash: string; ballotId: string; seq: number; receipt: string; choice: unknown }) {
  return createHash('sha256').update(`${input.prevHash}|${input.ballotId}|${input.seq}|${input.receipt}|${JSON.stringify(input.choice)}`).digest('hex')
}

/** Recomputes a chain from its papers; returns the head, or the first seq that does not fit. */
export function verifyChain(ballotId: string, papers: { seq: number; receipt: string; choice: unknown; prevHash: string; hash: string }[]) {
  let prev = genesisHash(ballotId)
  for (const p of [...papers].sort((a, b) => a.seq - b.seq)) {
    if (p.prevHash !== prev || paperHash({ prevHash: prev, ballotId, seq: p.seq, receipt: p.receipt, choice: p.choice }) !== p.hash) return { ok: false as const, brokenAt: p.seq }
    prev = p.hash
  }
  return { ok: true as const, head: prev }
}
