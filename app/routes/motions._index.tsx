import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { tierNameMap } from '~/domain/voting/electorate.server'
import { listMemberMotions } from '~/domain/voting/member-motions.server'
import { describeScope, isWholeBody, scopeOf } from '~/domain/voting/scope'
import { localeOf } from '~/i18n/server'
import { db } from '~/utils/db.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'

/** Message ids, translated where they are shown. */
const STATUS = { gathering: msg('Gathering support'), awaiting_officers: msg('Waiting for officers'), scheduled: msg('Going to a ballot'), declined: msg('Answered by officers') } as const

export async function loader({ request }: LoaderFunctionArgs) {
  const [motions, tiers] = await Promise.all([listMemberMotions(db), tierNameMap(db)])
  const scopeWords = (m: (typeof motions)[number]) => (isWholeBody(scopeOf(m)) ? null : describeScope(localeOf(request), scopeOf(m), tiers))
  return { motions: motions.map((m) => ({ id: m.id, title: m.title, status: STATUS[m.status], supporters: m.supportCount, threshold: m.supportThreshold, scope: scopeWords(m) })) }
}

export default function MotionsPage() {
  const { motions } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <h1>{t('Member motions')}</h1>
      <p className="lead">{t('Any member who can vote can put forward a motion. With a seconder and enough supporters, officers must put it to a ballot or answer publicly why not.')}</p>
      <p>
        <Link to="/motions/new" className="button button--primary">
          {t('Propose a motion')}
        </Link>
      </p>
      {motions.length === 0 ? (
        <p>{t('No member motions yet.')}</p>
      ) : (
        <ul className="card-grid">
          {motions.map((m) => (
            <li className="card" key={m.id}>
              <h2>
                <Link to={`/motions/${m.id}`}>{m.title}</Link>
              </h2>
              <p className="meta">
                {t('{status} · {supporters, number} of {threshold, plural, one {# supporter} other {# supporters}}', { status: t(m.status), supporters: m.supporters, threshold: m.threshold })}
              </p>
              {m.scope ? <p className="meta">{t('Who can support it and vote: {scope}', { scope: m.scope })}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Member motions — Chorus') }]
