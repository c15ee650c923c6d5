import type { LoaderFunctionArgs } from '@remix-run/node'
import { getMailboxMessage } from '~/domain/site/site.server'
import { db } from '~/utils/db.server'
import { requireDevMailbox } from '~/utils/dev.server'

/** The email's HTML, framed by the mailbox page; inline styles allowed, scripts not. */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  requireDevMailbox(request, context)
  const message = await getMailboxMessage(db, params.id ?? '')
  if (!message) throw new Response('Not Found', { status: 404 })
  return new Response(message.html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; frame-ancestors 'self'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  })
}
