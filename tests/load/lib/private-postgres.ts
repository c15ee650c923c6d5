/**
 * A PostgreSQL cluster of our own, in a temporary directory on a free port, for tests that stop
 * and restart the database. The shared server on 5432 is never touched.
 */
import { execFile } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { freePort } from '../../e2e/lib/server.ts'

const run = promisify(execFile)

function binDir() {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin/pg_ctl'))) : []
  if (versions.length === 0) throw new Error('No PostgreSQL server binaries under /usr/lib/postgresql')
  return path.join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin')
}

export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  adminUrl: string
  port: number
  /** Fast shutdown and start again, as an operator's restart would (`pg_ctl restart -m fast`). */
  restart(): Promise<void>
  stop(): Promise<void>
  start(): Promise<void>
  /** Stops the cluster and deletes its directory. */
  destroy(): Promise<void>
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = binDir()
  const dir = mkdtempSync(path.join(tmpdir(), 'chorus-pg-'))
  const data = path.join(dir, 'data')
  const port = await freePort()
  // PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
  const asRoot = userInfo().uid === 0
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres'])
    const { stdout: gid } = await run('id', ['-g', 'postgres'])
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()))
    chmodSync(dir, 0o700)
  }
  const pg = (tool: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args], { cwd: dir }) : run(path.join(bin, tool), args, { cwd: dir }))
  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C'])
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c full_page_writes=off`
  const log = path.join(dir, 'server.log')
  const start = async () => {
    await pg('pg_ctl', ['start', '-D', data, '-w', '-t', '60', '-l', log, '-o', options])
  }
  const stop = async () => {
    await pg('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-t', '60'])
  }
  await start()
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    async restart() {
      await pg('pg_ctl', ['restart', '-D', data, '-m', 'fast', '-w', '-t', '60', '-l', log, '-o', options])
    },
    async destroy() {
      await pg('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w', '-t', '30']).catch(() => {})
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
