import { hash, verify } from '@node-rs/argon2'

// argon2id is the library's default algorithm; these are OWASP's minimums for it.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string) {
  return hash(password, OPTIONS)
}

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

/** Verifying against this when no account exists keeps response times alike. */
let dummyHash: Promise<string> | undefined
export function dummyPasswordHash() {
  dummyHash ??= hashPassword('chorus-timing-equaliser')
  return dummyHash
}
