import type { Db } from '../../db/client.server.ts'

/**
 * The application's database handle. Set once at boot (boot.server.ts); tests set it to
 * their own database. An ES live binding, so every importer sees the current handle.
 */
export let db: Db = undefined as unknown as Db

export function setDb(handle: Db) {
  db = handle
}
