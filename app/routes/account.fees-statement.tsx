import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { Notice } from '~/components/panels'
import { currentTaxYear, getFeesStatement } from '~/domain/membership/fees-statement.server'
import { FIRST_TAX_YEAR, taxYear } from '~/domain/membership/tax-year'
import { db } from '~/utils/db.server'
import { requireUser } from '~/utils/session.server'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'

/** A printable statement of the membership fees paid in one UK tax year, for an HMRC tax-relief claim. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const latest = currentTaxYear()
  const locale = localeOf(request)
  const years = Array.from({ length: latest - FIRST_TAX_YEAR + 1 }, (_, i) => latest - i).map((y) => ({ startYear: y, label: taxYear(y, locale).label }))
  const raw = new URL(request.url).searchParams.get('year')
  const parsed = YearSchema(latest).safeParse(raw ?? String(latest))
  if (!parsed.success) {
    return data(
      { problem: translateFor(request, parsed.error.issues[0].message, { first: String(FIRST_TAX_YEAR), latest: String(latest) }), statement: null, years, latest },
      { status: 400, headers: { 'Cache-Control': 'no-store' } },
    )
  }
  const statement = await getFeesStatement(db, { userId: user.id, startYear: parsed.data, locale })
  return data({ problem: null, statement, years, latest }, { headers: { 'Cache-Control': 'no-store' } })
}

const YearSchema = (latest: number) =>
  z.coerce
    .number({ error: msg('Choose a tax year from the list') })
    .int(msg('Choose a tax year from the list'))
    // The years are filled in where the message is shown.
    .min(FIRST_TAX_YEAR, msg('Choose a tax year from {first} to {latest}'))
    .max(latest, msg('Choose a tax year from {first} to {latest}'))

export const handle: BreadcrumbHandle = { breadcrumb: msg('Statement of membership fees paid') }

export default function FeesStatementPage() {
  const { problem, statement, years, latest } = useLoaderData<typeof loader>()
  const chosen = statement?.taxYear.startYear ?? latest
  const t = useT()
  return (
    <div className="fees-statement">
      {problem ? <Notice tone="warning">{problem}</Notice> : null}
      <h1>{t('Statement of membership fees paid')}</h1>
      <Form method="get" className="fees-statement__choose">
        <label className="label" htmlFor="year">
          {t('Tax year')}
        </label>
        <select id="year" name="year" className="select" defaultValue={String(chosen)}>
          {years.map((y) => (
            <option key={y.startYear} value={y.startYear}>
              {y.label}
            </option>
          ))}
        </select>{' '}
        <button type="submit" className="button button--secondary">
          {t('Show statement')}
        </button>
      </Form>
      {statement === null && !problem ? <p>{t('There is no Chorus membership on this account, so there are no fees to show.')}</p> : null}
      {statement ? (
        <>
          <p className="lead">{t('Tax year {label} ({hmrcName})', { label: statement.taxYear.label, hmrcName: statement.taxYear.hmrcName })}</p>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('Member')}</dt>
              <dd className="summary-list__value">{statement.name}</dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('Membership number')}</dt>
              <dd className="summary-list__value">{statement.membershipNumber}</dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('Professional body')}</dt>
              <dd className="summary-list__value">Chorus</dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('Membership type')}</dt>
              <dd className="summary-list__value">{statement.tierName}</dd>
            </div>
          </dl>
          {statement.payments.length === 0 ? (
            <p>{t('Chorus recorded no membership fees from you in this tax year.')}</p>
          ) : (
            <table className="table table--numbers">
              <caption>{t('Membership fees paid to Chorus')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('Date paid')}</th>
                  <th scope="col">{t('Reference')}</th>
                  <th scope="col">{t('Amount')}</th>
                </tr>
              </thead>
              <tbody>
                {statement.payments.map((p) => (
                  <tr key={p.reference}>
                    <td>{p.date}</td>
                    <td>{p.reference}</td>
                    <td>{p.amount}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t('Total paid in the tax year')}
                  </th>
                  <td>
                    <strong>{statement.total}</strong>
                  </td>
                </tr>
              </tfoot>
            </table>
          )}
          <h2>{t('Claiming tax relief')}</h2>
          <p>
            {t(
              'If you pay your membership yourself and use it in your work, you may be able to claim tax relief on professional fees and subscriptions from HMRC, online, by form P87 or on your Self Assessment tax return. You can claim for the current tax year and the 4 before it.',
            )}
          </p>
          <p>
            <T
              message="HMRC gives relief only for bodies on its approved list of professional organisations and learned societies (List 3). <strong>Check HMRC’s approved list for Chorus before you claim.</strong>"
              values={{ strong: (text: string) => <strong>{text}</strong> }}
            />
          </p>
          <ul className="list">
            <li>
              <a href="https://www.gov.uk/tax-relief-for-employees/professional-fees-and-subscriptions">{t('Tax relief for professional fees and subscriptions (GOV.UK)')}</a>
            </li>
            <li>
              <a href="https://www.gov.uk/government/publications/professional-bodies-approved-for-tax-relief-list-3">{t('Professional bodies approved for tax relief: List 3 (GOV.UK)')}</a>
            </li>
          </ul>
          <p className="meta">
            {t('Amounts are the membership fees Chorus recorded as received, by the date each payment cleared. To keep a copy, use your browser’s print command; the statement prints on its own.')}
          </p>
        </>
      ) : null}
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Statement of membership fees paid — Chorus') }, { name: 'robots', content: 'noindex' }]
