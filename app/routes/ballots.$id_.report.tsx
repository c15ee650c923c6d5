import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ReturningOfficerReport } from '~/components/returning-officer-report'
import { getBallot, settleIfClosed } from '~/domain/voting/ballots.server'
import { getReturningOfficerReport } from '~/domain/voting/report.server'
import { reportDocument } from '~/domain/voting/report-document'
import { db } from '~/utils/db.server'
import { metaT } from '~/i18n/meta'
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

export default function ReportPage() {
  const { id, report } = useLoaderData<typeof loader>()
  return <ReturningOfficerReport id={id} report={report} />
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  return [{ title: args.data ? `${args.data.report.heading}: ${args.data.report.title} — Chorus` : t('Returning officer’s report — Chorus') }]
}
