import { describe, expect, it } from 'vitest'
import { createStatement, publishStatement } from '../../app/domain/statements/statements.server.ts'
import { housekeeping } from '../../app/utils/housekeeping.server.ts'
import { rateLimits } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { deliverToMailbox } from '../helpers/mail.ts'
import { createUser } from '../helpers/routes.ts'

const BASE = 'http://localhost:3000'

describe('the worker’s upkeep', () => {
  const t = useTestDb()

  it('runs every job in one round on this database — old rate-limit windows go, officers hear of a review due', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    await t.db.insert(rateLimits).values([
      { key: 'login:ip:203.0.113.9', windowStart: new Date(Date.now() - 3 * 86_400_000), hits: 3 },
      { key: 'login:ip:203.0.113.9', windowStart: new Date(), hits: 1 },
    ])
    const s = await createStatement(t.db, { title: 'Fair pay for social workers', summary: 'Pay should match the job.', body: 'The text of it.', topics: [], nations: [], reviewBy: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10), actorId: officer.id })
    await publishStatement(t.db, { actorId: officer.id, statementId: s.id, baseUrl: BASE })

    await housekeeping(t.db, 'http://localhost:3000')()

    expect(await t.db.$count(rateLimits)).toBe(1)
    const mail = await deliverToMailbox(t.db)
    expect(mail.map((m) => [m.to, m.subject])).toEqual([[officer.email, expect.stringMatching(/^Review due by .*: Fair pay for social workers$/)]])
  })
})
