import { Link } from '@remix-run/react'
import type { ReportDocument, ReportRow } from '~/domain/voting/report-document'
import { useT } from '~/i18n/react'

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

/** The returning officer's report as a page: plain and formal, printable (see the print styles). */
export function ReturningOfficerReport({ id, report }: { id: string; report: ReportDocument }) {
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
      {report.turnout ? (
        <>
          <h2>{report.turnoutHeading}</h2>
          <Rows rows={report.turnout} testId="report-turnout" />
        </>
      ) : null}
      {report.unopposed ? null : <h2>{report.countHeading}</h2>}
      {report.countNote ? <p>{report.countNote}</p> : null}
      {report.stages.map((stage) => (
        <div className="table-wrap report__stage" key={stage.caption} tabIndex={0}>
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
      {report.record ? (
        <>
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
        </>
      ) : null}
      <p className="report__declaration">{report.declaration}</p>
      <Rows rows={report.signature} testId="report-signature" />
    </article>
  )
}
