import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { listAllBallots } from '~/domain/voting/ballots.server'
import { ballotPhase, PHASE_LABELS } from '~/domain/voting/lifecycle'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { localeOf } from '~/i18n/server'
import { requireRole } from '~/utils/session.server'
import { DataTable } from '~/components/data-table'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { msg } from '~/i18n/translate'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const now = new Date()
  const locale = localeOf(request)
  const ballots = await listAllBallots(db)
  return {
    ballots: ballots.map((b) => ({
      id: b.id,
      title: b.title,
      kind: b.kind,
      phase: PHASE_LABELS[ballotPhase(b, now)],
      opens: formatLondon(b.opensAt, locale),
      closes: formatLondon(b.closesAt, locale),
      papers: b.papersCount,
      electorate: b.electorateCount,
    })),
  }
}

export const handle: BreadcrumbHandle = { breadcrumb: msg('Ballots') }

export default function OfficerBallots() {
  const { ballots } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <h1>{t('Ballots')}</h1>
      <p>
        <Link to="/officer/ballots/new" className="button button--primary">
          {t('Create a ballot')}
        </Link>{' '}
        <Link to="/officer/elections/new" className="button button--secondary">
          {t('Open nominations for an election')}
        </Link>
      </p>
      {ballots.length === 0 ? (
        <p>{t('No ballots yet.')}</p>
      ) : (
        <DataTable columns={[t('Ballot'), t('Status'), t('Voting'), t('Turnout')]}>
          {ballots.map((b) => (
            <tr key={b.id}>
              <td>
                <Link to={`/officer/ballots/${b.id}`}>{b.title}</Link>
                <div className="meta">{b.kind === 'motion' ? t('Motion') : t('Election')}</div>
              </td>
              <td>{t(b.phase)}</td>
              <td>{t('{opens} to {closes}', { opens: b.opens, closes: b.closes })}</td>
              <td>{b.electorate === null ? '—' : t('{papers, number} of {electorate, number}', { papers: b.papers, electorate: b.electorate })}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Ballots — Chorus') }]
