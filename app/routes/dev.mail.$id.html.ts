import type { LoaderFunctionArgs } from '@remix-run/node'
import { getMailboxMessage } from '~/domain/site/site.server'
import { db } from '~/utils/db.server'
import { requireDevMailbox } from '~/utils/dev.server'

/** Links in the message open in the mailbox's own tab, as a click in a mail client would open them. */
function linksOpenInTheTab(html: string) {
  const base = '<base target="_top">'
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${base}`) : `${base}${html}`
}

/** The email's HTML, framed by the mailbox page; inline styles allowed, scripts not. */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  requireDevMailbox(request, context)
  const message = await getMailboxMessage(db, params.id ?? '')
  if (!message) throw new Response('Not Found', { status: 404 })
  return new Response(linksOpenInTheTab(message.html), {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; frame-ancestors 'self'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  })
}
