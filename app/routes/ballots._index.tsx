import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { listBallots } from '~/domain/voting/ballots.server'
import { ballotPhase, nextPhaseChange, PHASE_LABELS } from '~/domain/voting/lifecycle'
import { db } from '~/utils/db.server'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { localeOf } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { formatLondon } from '~/utils/london-time'
import { keepForThisReader } from '~/utils/page-cache.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const now = new Date()
  const ballots = (await listBallots(db)).filter((b) => b.status !== 'cancelled')
  keepForThisReader(context, nextPhaseChange(ballots, now))
  return {
    ballots: ballots.map((b) => {
      const phase = ballotPhase(b, now)
      return {
        id: b.id,
        title: b.title,
        kind: b.kind,
        phase,
        label: PHASE_LABELS[phase],
        opens: formatLondon(b.opensAt, locale),
        closes: formatLondon(b.closesAt, locale),
        nominationsClose: b.nominationsCloseAt ? formatLondon(b.nominationsCloseAt, locale) : null,
      }
    }),
  }
}

export default function BallotsPage() {
  const { ballots } = useLoaderData<typeof loader>()
  const t = useT()
  const groups = [
    { id: 'open', title: msg('Open for voting'), items: ballots.filter((b) => b.phase === 'open') },
    { id: 'nominations', title: msg('Taking nominations'), items: ballots.filter((b) => b.phase === 'nominations') },
    { id: 'coming-up', title: msg('Coming up'), items: ballots.filter((b) => b.phase === 'scheduled') },
    { id: 'results', title: msg('Results'), items: ballots.filter((b) => b.phase === 'published' || b.phase === 'closed') },
  ]
  return (
    <>
      <h1>{t('Ballots')}</h1>
      <p className="lead">{t('Members decide Chorus’s motions and elect its officers. Every vote is secret and every count can be checked.')}</p>
      <p>
        <T message="Members can also put forward their own motions: see <motions>member motions</motions>." values={{ motions: (text: ReactNode) => <Link to="/motions">{text}</Link> }} />
      </p>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={`group-${g.id}`}>
          <h2 id={`group-${g.id}`}>{t(g.title)}</h2>
          {g.items.length === 0 ? (
            <p>{t('None at the moment.')}</p>
          ) : (
            <ul className="card-grid">
              {g.items.map((b) => (
                <li key={b.id} className="card">
                  <span className="caption">{b.kind === 'motion' ? t('Motion') : t('Election')}</span>
                  <h3>
                    <Link to={b.phase === 'published' ? `/ballots/${b.id}/results` : b.phase === 'nominations' ? `/ballots/${b.id}/nominations` : `/ballots/${b.id}`}>{b.title}</Link>
                  </h3>
                  <p className="meta">
                    {b.phase === 'nominations' && b.nominationsClose
                      ? t('Nominations close {when}', { when: b.nominationsClose })
                      : b.phase === 'scheduled'
                        ? t('Opens {when}', { when: b.opens })
                        : b.phase === 'open'
                          ? t('Closes {when}', { when: b.closes })
                          : t(b.label)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Ballots — Chorus') }]
