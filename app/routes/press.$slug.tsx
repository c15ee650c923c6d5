import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { BriefingArticle, EmbargoBanner, WithdrawnNotice } from '~/components/briefing-article'
import { SpokespeopleSlot } from '~/components/press-room'
import { SpokespeopleList } from '~/components/spokespeople'
import { pressNow } from '~/domain/press/clock'
import { cachedPublicBriefing, keepPublicBriefing, PUBLIC_BRIEFING_SECONDS, SHARE_HEADER } from '~/domain/press/public-page-cache.server'
import { viewerFor } from '~/domain/press/journalists.server'
import { toArticleData } from '~/domain/press/present'
import { getBriefingPage } from '~/domain/press/public.server'
import { listSpokespeopleForBriefing } from '~/domain/press/spokespeople.server'
import { db } from '~/utils/db.server'
import { useNonce } from '~/utils/nonce'
import { siteOrigin } from '~/utils/request.server'
import { getUser } from '~/utils/session.server'
import type { ChorusHandle } from '~/root'

/** Reading a briefing needs no JavaScript: the page is sent without Remix's scripts. */
export const handle: ChorusHandle = { hydrate: false }

/** One instant per request decides the embargo: before the lift a 404 for anyone not entitled, after it the same URL for all. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const now = pressNow()
  const user = await getUser(request, context)
  const publicKey = user ? null : `${siteOrigin(request)} ${params.slug}`
  const kept = publicKey ? cachedPublicBriefing<PublicPage>(publicKey) : undefined
  if (kept) return data(kept, { headers: SHARED_HEADERS })
  const viewer = await viewerFor(db, user)
  const page = await getBriefingPage(db, { slug: params.slug ?? '', viewer, now })
  if (!page) throw new Response('Not Found', { status: 404 })
  const { briefing: b, view } = page
  const url = `${siteOrigin(request)}/press/${b.slug}`
  const shared = { view, url, headline: b.headline }
  const headers = { 'Cache-Control': view === 'public' ? 'private, max-age=0, must-revalidate' : 'private, no-store' }
  if (view === 'withdrawn') return data({ ...shared, notice: b.withdrawalNotice ?? 'This briefing has been withdrawn.', withdrawnAt: b.withdrawnAt?.toISOString() ?? null, article: null, embargo: null }, { headers })
  const payload = await articlePage(page, viewer, shared, now)
  if (publicKey && view === 'public') {
    keepPublicBriefing(publicKey, payload)
    return data(payload, { headers: SHARED_HEADERS })
  }
  return data(payload, { headers })
}

async function articlePage(page: NonNullable<Awaited<ReturnType<typeof getBriefingPage>>>, viewer: Awaited<ReturnType<typeof viewerFor>>, shared: { view: string; url: string; headline: string }, now: Date) {
  const b = page.briefing
  return {
    ...shared,
    notice: null,
    withdrawnAt: null,
    article: toArticleData(b, page.citations, page.versions),
    spokespeople: await listSpokespeopleForBriefing(db, { topics: b.topics, now }),
    embargo: page.view === 'embargoed' ? { until: b.embargoUntil!.toISOString(), name: 'name' in viewer ? viewer.name : undefined, outlet: 'outlet' in viewer ? viewer.outlet : undefined } : null,
  }
}

type PublicPage = Awaited<ReturnType<typeof articlePage>>
const SHARED_HEADERS = { 'Cache-Control': 'private, max-age=0, must-revalidate', [SHARE_HEADER]: String(PUBLIC_BRIEFING_SECONDS) }

export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const shared = loaderHeaders.get(SHARE_HEADER)
  return { 'Cache-Control': loaderHeaders.get('Cache-Control') ?? 'private, no-store', ...(shared ? { [SHARE_HEADER]: shared } : {}) }
}

export default function BriefingPage() {
  const d = useLoaderData<typeof loader>()
  const nonce = useNonce()
  if (!d.article) return <WithdrawnNotice headline={d.headline} notice={d.notice ?? ''} withdrawnAt={d.withdrawnAt} />
  const jsonLd =
    d.view === 'public'
      ? {
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: d.article.headline,
          description: d.article.standfirst,
          url: d.url,
          mainEntityOfPage: d.url,
          datePublished: d.article.publishedAt,
          dateModified: d.article.versions.at(-1)?.date ?? d.article.publishedAt,
          keywords: d.article.topics.map((t) => t.label).join(', '),
          author: { '@type': 'Organization', name: 'Chorus' },
          publisher: { '@type': 'Organization', name: 'Chorus' },
        }
      : null
  return (
    <>
      {jsonLd ? <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} /> : null}
      <BriefingArticle
        b={d.article}
        banner={d.embargo ? <EmbargoBanner until={d.embargo.until} name={d.embargo.name} outlet={d.embargo.outlet} /> : null}
        aside={
          <SpokespeopleSlot title="Spokespeople on this story">{d.spokespeople.length ? <SpokespeopleList spokespeople={d.spokespeople} headingLevel={3} enquiryTopic={d.article.headline} /> : null}</SpokespeopleSlot>
        }
      />
    </>
  )
}

/** Open Graph and the canonical link only once public: nothing under embargo reaches a link preview. */
export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: 'Briefing not found — Chorus' }]
  if (data.view !== 'public' || !data.article) return [{ title: `${data.view === 'embargoed' ? 'EMBARGOED: ' : ''}${data.headline} — Chorus`.slice(0, 200) }, { name: 'robots', content: 'noindex, nofollow' }]
  return [
    { title: `${data.article.headline} — Chorus press briefing` },
    { name: 'description', content: data.article.standfirst },
    { property: 'og:title', content: data.article.headline },
    { property: 'og:description', content: data.article.standfirst },
    { property: 'og:type', content: 'article' },
    { property: 'og:url', content: data.url },
    { property: 'og:site_name', content: 'Chorus' },
    { property: 'article:published_time', content: data.article.publishedAt ?? '' },
    { tagName: 'link', rel: 'canonical', href: data.url },
  ]
}
