import { and, eq, isNull } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { briefings, statements, statementVersions } from '../../../db/schema/index.ts'
import { DomainError } from '~/domain/errors.ts'
import { renderMarkdown } from './markdown.server.ts'
import { plainTextHtml } from './stored-html.ts'

/** A body that cannot be rendered within the limits is stored as escaped plain text: readable, never retried. */
async function htmlOrPlain(body: string) {
  try {
    return await renderMarkdown(body)
  } catch (error) {
    if (error instanceof DomainError) return plainTextHtml(body)
    throw error
  }
}

/**
 * Stores the HTML of rows saved before it was stored beside the Markdown (and of rows written
 * straight to the database, like the demo data), a batch at a time. Run at boot and by the
 * housekeeping tick; until a row is done its page shows its text as plain paragraphs.
 * Returns how many rows it rendered.
 */
export async function backfillRenderedHtml(db: Db, input: { batch?: number } = {}) {
  const batch = input.batch ?? 50
  let done = 0
  for (const s of await db.select({ id: statements.id, body: statements.body }).from(statements).where(isNull(statements.bodyHtml)).limit(batch)) {
    await db
      .update(statements)
      .set({ bodyHtml: await htmlOrPlain(s.body) })
      .where(and(eq(statements.id, s.id), eq(statements.body, s.body), isNull(statements.bodyHtml)))
    done++
  }
  for (const v of await db
    .select({ statementId: statementVersions.statementId, version: statementVersions.version, body: statementVersions.body })
    .from(statementVersions)
    .where(isNull(statementVersions.bodyHtml))
    .limit(batch)) {
    await db
      .update(statementVersions)
      .set({ bodyHtml: await htmlOrPlain(v.body) })
      .where(and(eq(statementVersions.statementId, v.statementId), eq(statementVersions.version, v.version), isNull(statementVersions.bodyHtml)))
    done++
  }
  for (const b of await db.select({ id: briefings.id, body: briefings.body }).from(briefings).where(isNull(briefings.bodyHtml)).limit(batch)) {
    await db
      .update(briefings)
      .set({ bodyHtml: await htmlOrPlain(b.body) })
      .where(and(eq(briefings.id, b.id), eq(briefings.body, b.body), isNull(briefings.bodyHtml)))
    done++
  }
  return done
}
