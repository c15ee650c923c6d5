import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { BriefingArticle, EmbargoBanner, WithdrawnNotice } from '~/components/briefing-article'
import { SpokespeopleSlot } from '~/components/press-room'
import { SpokespeopleList } from '~/components/spokespeople'
import { pressNow } from '~/domain/press/clock'
import { viewerFor } from '~/domain/press/journalists.server'
import { toArticleData } from '~/domain/press/present'
import { briefingIn } from '~/domain/press/welsh.server'
import { getBriefingPage } from '~/domain/press/public.server'
import { listSpokespeopleForBriefing } from '~/domain/press/spokespeople.server'
import { localeOf, pathIn } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { translatorFor } from '~/i18n/server'
import { useLocale, useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { useNonce } from '~/utils/nonce'
import { keepForThisReader, pageCacheHeaders, PRIVATE_CACHE_CONTROL } from '~/utils/page-cache.server'
import { siteOrigin } from '~/utils/request.server'
import { getUser } from '~/utils/session.server'
import type { ChorusHandle } from '~/root'

/** Reading a briefing needs no JavaScript: the page is sent without Remix's scripts. */
export const handle: ChorusHandle = { hydrate: false }

/**
 * One instant per request decides the embargo: before the lift a 404 for anyone not entitled, after
 * it the same URL for all. Only what a reader without a session sees once lifted (or withdrawn after
 * its lift) is public for caches; anything under embargo, and any signed-in reader's page, is
 * `private, no-store`, as is the 404 before the lift, so no cache holds it past the lift.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const now = pressNow()
  const user = await getUser(request, context)
  const viewer = await viewerFor(db, user)
  const page = await getBriefingPage(db, { slug: params.slug ?? '', viewer, now })
  if (!page) throw new Response(null, { status: 404, headers: { 'Cache-Control': PRIVATE_CACHE_CONTROL } })
  const { briefing: b, view } = page
  const locale = localeOf(request)
  const url = `${siteOrigin(request)}${pathIn(locale, `/press/${b.slug}`)}`
  const shared = { view, url, headline: b.headline, slug: b.slug }
  const readByAnyone = view === 'public' || view === 'withdrawn'
  const headers = pageCacheHeaders(!user && readByAnyone)
  // A signed-in reader's refreshes may be answered from their own copy; never an embargoed view, each of which is logged.
  if (user && readByAnyone) keepForThisReader(context)
  if (view === 'withdrawn')
    return data(
      { ...shared, notice: b.withdrawalNotice ?? translatorFor(locale)(msg('This briefing has been withdrawn.')), withdrawnAt: b.withdrawnAt?.toISOString() ?? null, article: null, embargo: null },
      { headers },
    )
  return data(await articlePage(page, viewer, shared, now, locale), { headers })
}

async function articlePage(
  page: NonNullable<Awaited<ReturnType<typeof getBriefingPage>>>,
  viewer: Awaited<ReturnType<typeof viewerFor>>,
  shared: { view: string; url: string; headline: string; slug: string },
  now: Date,
  locale: ReturnType<typeof localeOf>,
) {
  const b = page.briefing
  const wording = briefingIn(locale, b)
  return {
    ...shared,
    notice: null,
    withdrawnAt: null,
    article: toArticleData(wording.briefing, page.citations, page.versions),
    lang: wording.lang,
    inOtherLanguage: wording.otherLanguage,
    spokespeople: await listSpokespeopleForBriefing(db, { topics: b.topics, now, locale }),
    embargo: page.view === 'embargoed' ? { until: b.embargoUntil!.toISOString(), name: 'name' in viewer ? viewer.name : undefined, outlet: 'outlet' in viewer ? viewer.outlet : undefined } : null,
  }
}

export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const vary = loaderHeaders.get('Vary')
  return { 'Cache-Control': loaderHeaders.get('Cache-Control') ?? PRIVATE_CACHE_CONTROL, ...(vary ? { Vary: vary } : {}) }
}

export default function BriefingPage() {
  const d = useLoaderData<typeof loader>()
  const nonce = useNonce()
  const t = useT()
  const locale = useLocale()
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
          keywords: d.article.topics.map((topic) => t(topic.label)).join(', '),
          author: { '@type': 'https://schema.org/Organization', name: 'Chorus' },
          publisher: { '@type': 'https://schema.org/Organization', name: 'Chorus' },
        }
      : null
  return (
    <>
      {jsonLd ? <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} /> : null}
      {'lang' in d && d.lang !== locale ? (
        <p className="notice notice--info">{t('This briefing is not available in Welsh. Here it is in English.')}</p>
      ) : 'inOtherLanguage' in d && d.inOtherLanguage ? (
        <p className="meta">
          <a href={pathIn(locale === 'cy' ? 'en' : 'cy', `/press/${d.slug}`)} hrefLang={locale === 'cy' ? 'en-GB' : 'cy'}>
            {t('Read this briefing in {language}', { language: locale === 'cy' ? t('English') : t('Welsh') })}
          </a>
        </p>
      ) : null}
      <BriefingArticle
        b={d.article}
        banner={d.embargo ? <EmbargoBanner until={d.embargo.until} name={d.embargo.name} outlet={d.embargo.outlet} /> : null}
        aside={
          <SpokespeopleSlot title={t('Spokespeople on this story')}>
            {d.spokespeople.length ? <SpokespeopleList spokespeople={d.spokespeople} headingLevel={3} enquiryTopic={d.article.headline} /> : null}
          </SpokespeopleSlot>
        }
      />
    </>
  )
}

/** Search engines keep no copy of a page under embargo or withdrawn. */
const ROBOTS_NONE = ['noindex', 'nofollow'].join(', ')

/** Open Graph and the canonical link only once public: nothing under embargo reaches a link preview. */
export const meta: MetaFunction<typeof loader> = (args) => {
  const { data } = args
  const t = metaT(args)
  if (!data) return [{ title: t('Briefing not found — Chorus') }]
  if (data.view !== 'public' || !data.article) {
    const title = data.view === 'embargoed' ? t('EMBARGOED: {headline} — Chorus', { headline: data.headline }) : `${data.headline} — Chorus`
    return [{ title: title.slice(0, 200) }, { name: 'robots', content: ROBOTS_NONE }]
  }
  return [
    { title: t('{headline} — Chorus press briefing', { headline: data.article.headline }) },
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
