/**
 * Sealing secrets that must stay unreadable to whoever holds the database: ballot votes and poll
 * answers while they wait in their urns. The key never enters the database: it is derived per
 * ballot or poll (HKDF) from BALLOT_URN_KEY, or SESSION_SECRET when that is unset. Every sealed
 * value of one ballot or poll is padded to the same length, so its size says nothing.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { getEnv } from '~/utils/env.server.ts'

function secret() {
  return process.env.BALLOT_URN_KEY || getEnv().sessionSecret
}

const keys = new Map<string, Buffer>()

/** The key for one ballot or poll: `purpose` keeps ballot and poll keys apart. */
function urnKey(purpose: string, id: string) {
  const cacheKey = `${purpose}:${id}:${secret()}`
  let key = keys.get(cacheKey)
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret(), purpose, id, 32))
    if (keys.size > 1000) keys.clear()
    keys.set(cacheKey, key)
  }
  return key
}

export const urnMac = (purpose: string, id: string, label: string, value: string) => createHmac('sha256', urnKey(purpose, id)).update(`${label}|${value}`).digest()

/** AES-256-GCM over `plain` padded with spaces to `size` bytes; the id is bound as associated data. */
export function seal(purpose: string, id: string, plain: string, size: number) {
  if (Buffer.byteLength(plain) > size) throw new Error('too long to seal')
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', urnKey(purpose, id), iv)
  cipher.setAAD(Buffer.from(id))
  const padded = Buffer.concat([Buffer.from(plain), Buffer.alloc(size - Buffer.byteLength(plain), ' ')])
  const body = Buffer.concat([cipher.update(padded), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body])
}

/** The padded text, or null when it was not sealed with this key for this id (forged or damaged). */
export function unseal(purpose: string, id: string, sealed: Buffer): string | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', urnKey(purpose, id), sealed.subarray(0, 12))
    decipher.setAAD(Buffer.from(id))
    decipher.setAuthTag(sealed.subarray(12, 28))
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString()
  } catch {
    return null
  }
}

/**
 * A condition for the first of an urn's two writes (the member's mark) that lets its commit return
 * without waiting for the disk: `synchronous_commit` off for that statement's transaction alone.
 * The sealed write that follows commits durably, and a flush writes everything logged before it,
 * so once it returns both are on disk, and only then is the member told. A mark lost in a crash
 * before the sealed write leaves the member free to vote or answer again. One wait on the disk per
 * vote instead of two: at a ballot's busiest moment votes wait mostly on the disk. Only for a
 * statement run on its own, as both urns' writes are (in one transaction they would share a
 * transaction id): inside a transaction it would spare that whole transaction the wait.
 */
export const commitWithoutWaitingForDisk = sql`(select set_config('synchronous_commit', 'off', true)) = 'off'`
