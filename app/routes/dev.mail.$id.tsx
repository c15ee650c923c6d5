import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { getMailboxMessage } from '~/domain/site/site.server'
import { db } from '~/utils/db.server'
import { requireDevMailbox } from '~/utils/dev.server'

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  requireDevMailbox(request, context)
  const message = await getMailboxMessage(db, params.id ?? '')
  if (!message) throw new Response('Not Found', { status: 404 })
  return { id: message.id, to: message.to, from: message.from, subject: message.subject, text: message.text, headers: Object.entries(message.headers ?? {}) }
}

export default function DevMailMessage() {
  const message = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <p>
        <Link to="/dev/mail" className="back-link">
          {t('Back to the mailbox')}
        </Link>
      </p>
      <h1>{message.subject}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('To')}</dt>
          <dd>{message.to}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('From')}</dt>
          <dd>{message.from}</dd>
        </div>
        {message.headers.map(([name, value]) => (
          <div className="summary-list__row" key={name}>
            <dt lang="en">{name}</dt>
            <dd className="mail-header-value">{value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('As the recipient sees it')}</h2>
      <iframe
        className="mail-frame"
        title={t('HTML version of {subject}', { subject: message.subject })}
        src={`/dev/mail/${message.id}/html`}
        sandbox="allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox"
      />
      <h2>{t('Plain text version')}</h2>
      <pre className="mail-text" data-testid="mail-text">
        {message.text}
      </pre>
    </>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  return [{ title: t('{subject} — Development mailbox', { subject: args.data?.subject ?? t('Email') }) }]
}
