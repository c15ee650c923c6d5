import type { LoaderFunctionArgs } from '@remix-run/node'
import { getBallot, settleIfClosed } from '~/domain/voting/ballots.server'
import { getReturningOfficerReport } from '~/domain/voting/report.server'
import { reportDocument } from '~/domain/voting/report-document'
import { reportPdf } from '~/domain/voting/report-pdf.server'
import { db } from '~/utils/db.server'
import { localeOf, translateFor } from '~/i18n/server'
import { siteOrigin } from '~/utils/request.server'
import { applySecurityHeaders } from '~/utils/security-headers.server'

/** The returning officer's report as a PDF, in the language of the address (`/cy/…` is Welsh). */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const found = await getBallot(db, params.id ?? '')
  if (!found || found.status === 'draft') throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  await settleIfClosed(db, found, { baseUrl: siteOrigin(request) })
  const data = await getReturningOfficerReport(db, found.id)
  if (!data) throw new Response(translateFor(request, 'The returning officer’s report is published when voting has closed and the votes are counted.'), { status: 404 })
  const locale = localeOf(request)
  const pdf = await reportPdf(reportDocument({ ...data, origin: siteOrigin(request) }, locale))
  const filename = `${locale === 'cy' ? 'adroddiad' : 'report'}-${found.id}.pdf`
  return new Response(new Uint8Array(pdf), {
    headers: applySecurityHeaders(new Headers({ 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${filename}"`, 'Content-Length': String(pdf.length) })),
  })
}
