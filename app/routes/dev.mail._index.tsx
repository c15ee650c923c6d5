import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
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
  return (
    <>
      <h1>Development mailbox</h1>
      <p className="lead">No mail provider is configured, so Chorus keeps its emails here instead of sending them. Newest first.</p>
      {directDebitsUrl ? (
        <p>
          Direct Debit payments take about 3 working days to clear; in test mode you can{' '}
          <a href={directDebitsUrl}>clear them now on the Stripe emulator</a>.
        </p>
      ) : null}
      {messages.length === 0 ? (
        <p>No emails yet.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">To</th>
              <th scope="col">Sent</th>
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

export const meta: MetaFunction = () => [{ title: 'Development mailbox — Chorus' }]
