import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { statements } from './schema/index.ts'
import { useTestDb } from '../tests/helpers/db.ts'

describe('Welsh search', () => {
  const t = useTestDb()

  it('finds Welsh text word for word, with or without its accents (no Welsh stemmer exists: simple + unaccent)', async () => {
    await t.db.insert(statements).values({
      slug: 'llwythi-achos',
      title: 'Safe caseloads',
      summary: 'Caseloads',
      body: 'Body',
      titleCy: 'Llwythi achos diogel i weithwyr cymdeithasol',
      summaryCy: 'Mae angen terfyn ar lwythi achos.',
      bodyCy: 'Dylai pob gweithiwr cymdeithasol gael amser i siarad â phlant a theuluoedd — a chael dŵr a chinio.',
    })
    const find = async (q: string) =>
      (
        await t.db
          .select({ slug: statements.slug })
          .from(statements)
          .where(sql`${statements.searchCy} @@ websearch_to_tsquery('simple', chorus_unaccent(${q}))`)
      ).map((row) => row.slug)
    expect(await find('llwythi achos')).toEqual(['llwythi-achos'])
    expect(await find('dwr')).toEqual(['llwythi-achos'])
    expect(await find('dŵr')).toEqual(['llwythi-achos'])
    expect(await find('cymdeithasol amser')).toEqual(['llwythi-achos'])
    expect(await find('caseloads')).toEqual([])
  })
})
