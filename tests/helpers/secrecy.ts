/**
 * The secrecy scan shared by ballots and polls: who took part (electors, a poll's audience) and
 * what was chosen (the urn, papers, responses) must share no value that lines a row of one up with
 * a row of the other — not a column, whatever its name or type, and not the transaction that wrote
 * them (`xmin`).
 */
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.server.ts'

const rows = <T>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[]

/** A table's rows for one ballot or poll: `scope` is the column naming it, `id` its value. */
export interface ScopedTable {
  table: string
  scope: string
  id: string
}

async function columnsOf(db: Db, table: string) {
  const found = rows<{ column_name: string }>(
    await db.execute(sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = ${table} order by ordinal_position`),
  )
  if (found.length === 0) throw new Error(`no table ${table}`)
  return [...found.map((c) => c.column_name), 'xmin']
}

/**
 * Every pair `people.column = choices.column` (compared as text) under which some row of the
 * people table meets some row of a choices table, among the rows of one ballot or poll. The
 * scope columns themselves (the ballot or poll id, the same on every row) are not compared.
 * An empty list is the answer secrecy needs.
 */
export async function columnsJoiningMembers(db: Db, input: { people: ScopedTable; choices: ScopedTable[] }) {
  const { people } = input
  const peopleColumns = (await columnsOf(db, people.table)).filter((c) => c !== people.scope)
  const joins: string[] = []
  for (const choices of input.choices) {
    const choiceColumns = (await columnsOf(db, choices.table)).filter((c) => c !== choices.scope)
    for (const p of peopleColumns) {
      for (const c of choiceColumns) {
        const hit = await db.execute(
          sql`select 1 from ${sql.identifier(people.table)} p join ${sql.identifier(choices.table)} c on p.${sql.identifier(p)}::text = c.${sql.identifier(c)}::text where p.${sql.identifier(people.scope)} = ${people.id} and c.${sql.identifier(choices.scope)} = ${choices.id} limit 1`,
        )
        if (rows(hit).length > 0) joins.push(`${people.table}.${p} = ${choices.table}.${c}`)
      }
    }
  }
  return joins
}
