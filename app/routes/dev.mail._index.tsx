import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { listMailbox } from '~/domain/site/site.server'
import { db } from '~/utils/db.server'
import { formatLondonStamp } from '~/utils/london-time'
import { requireDevMailbox } from '~/utils/dev.server'
import { stripeEmulatorUrl } from '~/utils/stripe.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireDevMailbox(request, context)
  const messages = await listMailbox(db)
  const emulator = stripeEmulatorUrl()
  return { messages: messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })), directDebitsUrl: emulator ? `${emulator}/_emulator/bacs` : null }
}

export default function DevMailbox() {
  const { messages, directDebitsUrl } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <h1>{t('Development mailbox')}</h1>
      <p className="lead">{t('No mail provider is configured, so Chorus keeps its emails here instead of sending them. Newest first.')}</p>
      {directDebitsUrl ? (
        <p>
          <T
            message="Direct Debit payments take about 3 working days to clear; in test mode you can <link>clear them now on the Stripe emulator</link>."
            values={{ link: (text: ReactNode) => <a href={directDebitsUrl}>{text}</a> }}
          />
        </p>
      ) : null}
      {messages.length === 0 ? (
        <p>{t('No emails yet.')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('Subject')}</th>
              <th scope="col">{t('To')}</th>
              <th scope="col">{t('Sent')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>
                  <Link to={`/dev/mail/${m.id}`}>{m.subject}</Link>
                </td>
                <td>{m.to}</td>
                <td>
                  <time dateTime={m.createdAt}>{formatLondonStamp(m.createdAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Development mailbox — Chorus') }]
