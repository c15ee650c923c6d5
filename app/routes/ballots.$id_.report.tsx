import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { getBallot, settleIfClosed } from '~/domain/voting/ballots.server'
import { getReturningOfficerReport } from '~/domain/voting/report.server'
import { reportDocument, type ReportRow } from '~/domain/voting/report-document'
import { db } from '~/utils/db.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { siteOrigin } from '~/utils/request.server'

/** The returning officer's report: the formal record of a counted ballot, to print or file. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const found = await getBallot(db, params.id ?? '')
  if (!found || found.status === 'draft') throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  await settleIfClosed(db, found, { baseUrl: siteOrigin(request) })
  const data = await getReturningOfficerReport(db, found.id)
  if (!data) throw new Response(translateFor(request, 'The returning officer’s report is published when voting has closed and the votes are counted.'), { status: 404 })
  return { id: found.id, report: reportDocument({ ...data, origin: siteOrigin(request) }, localeOf(request)) }
}

function Rows({ rows, testId }: { rows: ReportRow[]; testId?: string }) {
  return (
    <dl className="summary-list" data-testid={testId}>
      {rows.map((row) => (
        <div className="summary-list__row" key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  )
}

export default function ReportPage() {
  const { id, report } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <article className="report">
      <Link to={`/ballots/${id}/results`} className="back-link">
        {t('Result of {title}', { title: report.title })}
      </Link>
      <span className="caption">{report.heading}</span>
      <h1>{report.title}</h1>
      <p className="report__actions">
        <Link to={`/ballots/${id}/report.pdf`} reloadDocument>
          {t('Download the report as a PDF')}
        </Link>
      </p>
      <h2>{report.ballotHeading}</h2>
      <Rows rows={report.ballot} testId="report-ballot" />
      {report.nominations ? (
        <>
          <h2>{report.nominationsHeading}</h2>
          <Rows rows={report.nominations} testId="report-nominations" />
        </>
      ) : null}
      <h2>{report.turnoutHeading}</h2>
      <Rows rows={report.turnout} testId="report-turnout" />
      <h2>{report.countHeading}</h2>
      {report.countNote ? <p>{report.countNote}</p> : null}
      {report.stages.map((stage) => (
        <div className="table-wrap report__stage" key={stage.caption}>
          <table className="table table--numbers">
            <caption>{stage.caption}</caption>
            <thead>
              <tr>
                {stage.head.map((h, i) => (
                  <th scope="col" key={i}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {stage.rows.map(([first, ...rest], i) => (
                <tr key={i}>
                  <th scope="row">{first}</th>
                  {rest.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <h2>{report.resultHeading}</h2>
      <div data-testid="report-result">
        {report.result.map((line) => (
          <p key={line}>
            <strong>{line}</strong>
          </p>
        ))}
      </div>
      <h2>{report.recordHeading}</h2>
      <dl className="summary-list fingerprint">
        {report.record.map((row) => (
          <div className="summary-list__row" key={row.label}>
            <dt>{row.label}</dt>
            <dd>
              <code>{row.value}</code>
            </dd>
          </div>
        ))}
      </dl>
      <p className="report__declaration">{report.declaration}</p>
      <Rows rows={report.signature} testId="report-signature" />
    </article>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  return [{ title: args.data ? `${args.data.report.heading}: ${args.data.report.title} — Chorus` : t('Returning officer’s report — Chorus') }]
}
