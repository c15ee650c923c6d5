/** A benchmark: given a running server and its database, measures and returns table rows. */
export interface BenchContext {
  /** The production server, http://127.0.0.1:<port>. */
  baseUrl: string
  /** The throwaway PostgreSQL database that server uses (for seeding or checking counts). */
  databaseUrl: string
}

export interface BenchRow {
  name: string
  /** Requests, votes, emails… per second. */
  perSecond?: number
  p50Ms?: number
  p99Ms?: number
  /** What good looks like, in words: `≥ 300 req/s`, `< 60 s`. */
  goal: string
  /** Whether the goal was met; undefined for reference rows. */
  met?: boolean
  /** Any other measure worth a column (e.g. `42.1 s`, `exact count ok`). */
  result?: string
}

export interface Bench {
  name: string
  /** 'server': runs against the started production server. Benches without it get baseUrl all the same. */
  needs?: Array<'server'>
  run(ctx: BenchContext): Promise<{ rows: BenchRow[]; lines?: string[] }>
}
