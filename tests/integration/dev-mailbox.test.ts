/** The development mailbox shows a message as its recipient would, with links that work. */
import { describe, expect, it } from 'vitest'
import * as messageHtml from '../../app/routes/dev.mail.$id.html.ts'
import * as messagePage from '../../app/routes/dev.mail.$id.tsx'
import { mailboxMessages } from '../../db/schema/index.ts'
import { enqueueEmail } from '../../app/domain/outbox/enqueue.server.ts'
import { drainOutbox } from '../../app/domain/outbox/worker.server.ts'
import { mailboxTransport } from '../../app/utils/mail-transport.server.ts'
import { useTestDb } from '../helpers/db.ts'
import { workerOptions } from '../helpers/mail.ts'
import { callRoute, createUser } from '../helpers/routes.ts'

describe('development mailbox', () => {
  const t = useTestDb()

  it('frames the message without scripts, and a link in it opens in the mailbox’s tab when clicked', async () => {
    const [message] = await t.db
      .insert(mailboxMessages)
      .values({
        to: 'sam@example.test',
        from: 'Chorus <hello@chorus.test>',
        subject: 'Confirm your email address for Chorus',
        html: '<html><head><title>x</title></head><body><a href="http://localhost:3000/verify-email?token=abc">Confirm</a></body></html>',
        text: 'Confirm: http://localhost:3000/verify-email?token=abc',
      })
      .returning()
    const html = await callRoute(messageHtml.loader, { path: `/dev/mail/${message.id}/html`, params: { id: message.id }, context: { remoteAddress: '127.0.0.1' } })
    expect(html.status).toBe(200)
    expect(String(html.body)).toMatch(/<head><base target="_top"><title>/)
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'")

    const page = await callRoute(messagePage.loader, { path: `/dev/mail/${message.id}`, params: { id: message.id }, context: { remoteAddress: '127.0.0.1' } })
    expect(page.body).toMatchObject({ subject: 'Confirm your email address for Chorus' })
  })

  it('shows the headers a message carries, such as the one-click unsubscribe a mail provider offers', async () => {
    const member = await createUser(t.db)
    await enqueueEmail(t.db, {
      template: 'ballot-open',
      to: { email: member.email, name: member.name, userId: member.id },
      topic: 'ballots',
      data: { title: 'Fair pay', kind: 'motion', ballotUrl: 'http://localhost:3000/ballots/1', closes: '2026-12-08T17:00:00.000Z' },
    })
    await drainOutbox(t.db, workerOptions({ transport: mailboxTransport(t.db) }))
    const [kept] = await t.db.select().from(mailboxMessages)
    const page = await callRoute(messagePage.loader, { path: `/dev/mail/${kept.id}`, params: { id: kept.id }, context: { remoteAddress: '127.0.0.1' } })
    const headers = Object.fromEntries((page.body as { headers: [string, string][] }).headers)
    expect(headers['List-Unsubscribe']).toMatch(/^<http:\/\/localhost:3000\/unsubscribe\?token=[\w.-]+>$/)
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
  })
})
