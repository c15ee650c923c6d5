import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { listVerificationQueue } from '~/domain/membership/officers.server'
import { countStatementsNeedingAttention } from '~/domain/statements/officer.server'
import { countActiveEnquiries } from '~/domain/press/enquiries.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { db } from '~/utils/db.server'
import { requireRole } from '~/utils/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const [queue, statements, enquiries] = await Promise.all([listVerificationQueue(db), countStatementsNeedingAttention(db), countActiveEnquiries(db)])
  return { name: officer.name, waiting: queue.length, statements, enquiries }
}

export default function OfficerDashboard() {
  const { name, waiting, statements, enquiries } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <>
      <span className="caption">{t('Signed in as {name}', { name })}</span>
      <h1>{t('Officer dashboard')}</h1>
      <p className="lead">{t('Members, registration checks, position statements and ballots.')}</p>
      <ul className="card-grid">
        <li className="card">
          <h2>
            <Link to="/officer/verifications">{t('Registration numbers to verify')}</Link>
          </h2>
          <p>{waiting === 0 ? t('Nothing waiting.') : t('{count, number} waiting for a check.', { count: waiting })}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/officer/statements">{t('Position statements')}</Link>
          </h2>
          <p>
            {t('Draft, consult members, adopt and review.')}{' '}
            {statements.consultations && statements.reviewDue
              ? t('{open, number} open for consultation, {due, number} due for review', { open: statements.consultations, due: statements.reviewDue })
              : statements.consultations
                ? t('{count, number} open for consultation', { count: statements.consultations })
                : statements.reviewDue
                  ? t('{count, number} due for review', { count: statements.reviewDue })
                  : t('Nothing due for review.')}
          </p>
        </li>
        <li className="card">
          <h2>
            <Link to="/officer/ballots">{t('Ballots')}</Link>
          </h2>
          <p>{t('Create motions and elections; they open and close on time by themselves.')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/officer/polls">{t('Pulse polls')}</Link>
          </h2>
          <p>{t('Ask members a few quick questions and have anonymous results within hours.')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/officer/press">{t('Press briefings')}</Link>
          </h2>
          <p>{t('Rapid responses in three steps: choose the situation, write, publish or embargo.')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/officer/journalists">{t('Press accounts')}</Link>
          </h2>
          <p>{t('Approve journalists so they can read briefings under embargo.')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/officer/members">{t('Members')}</Link>
          </h2>
          <p>{t('Search, filter and download the membership list.')}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/officer/enquiries">{t('Media enquiries')}</Link>
          </h2>
          <p>{enquiries === 0 ? t('Nothing waiting for an answer.') : t('{count, number} waiting for an answer, nearest deadline first.', { count: enquiries })}</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/officer/spokespeople">{t('Spokespeople')}</Link>
          </h2>
          <p>{t('Who speaks for Chorus, on what, and when they can take a call.')}</p>
        </li>
      </ul>
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Officer dashboard — Chorus') }]
