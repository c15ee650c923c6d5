/** The development mailbox shows a message as its recipient would, with links that work. */
import { describe, expect, it } from 'vitest'
import * as messageHtml from '../../app/routes/dev.mail.$id.html.ts'
import * as messagePage from '../../app/routes/dev.mail.$id.tsx'
import { mailboxMessages } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { callRoute } from '../helpers/routes.ts'

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
})
