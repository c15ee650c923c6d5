/**
 * The urn: where a vote waits, sealed, while a ballot is open. See README.md in this folder.
 *
 * The key never enters the database: it is derived per ballot from BALLOT_URN_KEY (or, when that
 * is unset, SESSION_SECRET). Someone holding the database, its backups or its WAL sees urn rows
 * of equal length that they cannot open. At close the urn is opened, mixed and emptied.
 */
import { randomBytes } from 'node:crypto'
import { seal, unseal, urnMac } from '~/domain/sealing.server.ts'
import { generateReceipt } from './receipts.ts'

const PURPOSE = 'chorus-ballot-urn'
const mac = (ballotId: string, label: string, value: string) => urnMac(PURPOSE, ballotId, label, value)

/** The key a ballot form carries so that sending it again returns the same receipt. */
export function newAttempt() {
  return randomBytes(16).toString('base64url')
}

export function isAttempt(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{22,64}$/.test(value)
}

/**
 * What one submission of the form stands for. The receipt, the urn tag and the elector's mark
 * are all derived from the form's key with the urn key, and none can be derived from another:
 * the mark (kept on the elector until close) cannot be matched to the tag or to the receipt
 * without the form's key, which only the voter's browser held.
 */
export function attemptSecrets(ballotId: string, attempt: string) {
  const receipt = generateReceipt(mac(ballotId, 'receipt', attempt).subarray(0, 17))
  return { receipt, tag: urnTag(ballotId, receipt), mark: mac(ballotId, 'mark', attempt).toString('hex') }
}

/** Looks a receipt up in the urn before close without opening anything. */
export function urnTag(ballotId: string, receipt: string) {
  return mac(ballotId, 'tag', receipt).toString('hex')
}

/** Every sealed vote of a ballot has the same length, so the length says nothing about the choice. */
function paddedLength(candidates: number) {
  return 256 * Math.ceil((96 + 5 * candidates) / 256)
}

export function sealVote(ballotId: string, candidates: number, vote: { receipt: string; choice: unknown }) {
  const plain = JSON.stringify({ r: vote.receipt, c: vote.choice })
  if (Buffer.byteLength(plain) > paddedLength(candidates)) throw new Error('vote too long to seal')
  return seal(PURPOSE, ballotId, plain, paddedLength(candidates))
}

/** Opens a sealed vote; null when it was not sealed with this ballot's key (forged or damaged). */
export function openVote(ballotId: string, sealed: Buffer): { receipt: string; choice: unknown } | null {
  const plain = unseal(PURPOSE, ballotId, sealed)
  if (plain === null) return null
  try {
    const { r, c } = JSON.parse(plain) as { r: string; c: unknown }
    return { receipt: r, choice: c }
  } catch {
    return null
  }
}
