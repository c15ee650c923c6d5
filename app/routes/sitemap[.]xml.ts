import type { LoaderFunctionArgs } from '@remix-run/node'
import { pressNow } from '~/domain/press/clock'
import { LOCALES, pathIn } from '~/i18n/locale'
import { listSitemapEntries } from '~/domain/press/public.server'
import { escapeXml } from '~/utils/feeds'
import { db } from '~/utils/db.server'
import { siteOrigin } from '~/utils/request.server'
import { applySecurityHeaders } from '~/utils/security-headers.server'

const STATIC_PATHS = ['/', '/join', '/statements', '/ballots', '/press']

/**
 * Public pages for search engines: published statements and lifted briefings (never one under
 * embargo), each in English and in Welsh, every entry naming both as alternates.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = siteOrigin(request)
  const entries = await listSitemapEntries(db, pressNow())
  const pages: { path: string; lastModified?: Date }[] = [...STATIC_PATHS.map((path) => ({ path })), ...entries.map((e) => ({ path: e.path, lastModified: e.lastModified }))]
  const urls = pages.flatMap(({ path, lastModified }) => {
    const alternates = [
      `<xhtml:link rel="alternate" hreflang="en-GB" href="${escapeXml(origin + pathIn('en', path))}"/>`,
      `<xhtml:link rel="alternate" hreflang="cy" href="${escapeXml(origin + pathIn('cy', path))}"/>`,
      `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(origin + pathIn('en', path))}"/>`,
    ].join('')
    const modified = lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : ''
    return LOCALES.map((locale) => `<url><loc>${escapeXml(origin + pathIn(locale, path))}</loc>${modified}${alternates}</url>`)
  })
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>\n`
  return new Response(body, { headers: applySecurityHeaders(new Headers({ 'Content-Type': 'application/xml; charset=utf-8' })) })
}
