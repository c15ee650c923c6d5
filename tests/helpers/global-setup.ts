import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import postgres from 'postgres'
import type { TestProject } from 'vitest/node'
import { connectPglite, connectPostgres, openPglite } from '../../db/client.server.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL: the migrated template database each test database is copied from. */
    templateDatabase: string
    /** PGlite: a dump of a migrated data directory each test instance is loaded from. */
    pgliteDump: string
  }
}

/** Migrates once per run; every test database is then a cheap copy of the result. */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (serverUrl) {
    const template = `chorus_template_${process.pid}`
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
    await admin.unsafe(`DROP DATABASE IF EXISTS ${template}`)
    await admin.unsafe(`CREATE DATABASE ${template}`)
    const url = new URL(serverUrl)
    url.pathname = `/${template}`
    // Two connections: migrate() holds one aside for its advisory lock and migrates on the other.
    const connection = connectPostgres(url.toString(), { max: 2 })
    await connection.migrate()
    await connection.close()
    project.provide('templateDatabase', template)
    project.provide('pgliteDump', '')
    return async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`)
      await admin.end()
    }
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'chorus-test-'))
  const connection = connectPglite(openPglite())
  await connection.migrate()
  const client = (connection.db as unknown as { $client: PGlite }).$client
  const dump = await client.dumpDataDir('none')
  const file = path.join(dir, 'template.tar')
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()))
  await connection.close()
  project.provide('templateDatabase', '')
  project.provide('pgliteDump', file)
  return () => rmSync(dir, { recursive: true, force: true })
}
