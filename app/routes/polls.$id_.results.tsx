import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { PollResultsBody } from '~/components/polls/poll-results-body'
import { getPollResultsPage, pollMethodologyFigure } from '~/domain/polls/results.server'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { formatNumber } from '~/i18n/format'
import { metaT } from '~/i18n/meta'
import { useLocale, useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { siteOrigin } from '~/utils/request.server'
import { getUser, hasRole } from '~/utils/session.server'

/** Public once the results are published; officers may look at a closed poll's page before that. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request)
  const locale = localeOf(request)
  const found = await getPollResultsPage(db, { pollId: params.id ?? '', officer: Boolean(user && hasRole(user, 'officer')), locale })
  if (!found) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const { poll, model, responses } = found
  const published = poll.status === 'published'
  return {
    poll: { id: poll.id, title: poll.title, published, opens: formatLondon(poll.opensAt!, locale), closes: formatLondon(poll.closedAt ?? poll.closesAt!, locale), audience: poll.audienceCount ?? 0 },
    model,
    responses,
    methodology: pollMethodologyFigure(locale, poll, model, published ? `${siteOrigin(request)}/polls/${poll.id}/results` : null),
  }
}

export default function PollResultsPage() {
  const { poll, model, responses, methodology } = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  return (
    <div className="narrow">
      <span className="caption">{t('Pulse poll results')}</span>
      <h1>{poll.title}</h1>
      {poll.published ? null : <p className="inset-text">{t('Not published yet: only officers can see this page.')}</p>}
      <p className="meta">
        {t('{responses} members answered out of {audience} asked. Fieldwork {opens} to {closes}.', {
          responses: formatNumber(locale, responses),
          audience: formatNumber(locale, poll.audience),
          opens: poll.opens,
          closes: poll.closes,
        })}
      </p>
      <PollResultsBody model={model} methodology={methodology} csvHref={poll.published ? `/polls/${poll.id}/results.csv` : null} />
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => [{ title: `${args.data?.poll.title ?? metaT(args)('Pulse poll results')} — Chorus` }]
