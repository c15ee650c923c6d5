import type { LoaderFunctionArgs } from '@remix-run/node'
import { pressNow } from '~/domain/press/clock'
import { listSitemapEntries } from '~/domain/press/public.server'
import { escapeXml } from '~/utils/feeds'
import { db } from '~/utils/db.server'
import { siteOrigin } from '~/utils/request.server'
import { applySecurityHeaders } from '~/utils/security-headers.server'

const STATIC_PATHS = ['/', '/join', '/statements', '/ballots', '/press']

/** Public pages for search engines: published statements and lifted briefings (never one under embargo). */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = siteOrigin(request)
  const entries = await listSitemapEntries(db, pressNow())
  const urls = [
    ...STATIC_PATHS.map((path) => `<url><loc>${escapeXml(origin + path)}</loc></url>`),
    ...entries.map((e) => `<url><loc>${escapeXml(origin + e.path)}</loc><lastmod>${e.lastModified.toISOString()}</lastmod></url>`),
  ]
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`
  return new Response(body, { headers: applySecurityHeaders(new Headers({ 'Content-Type': 'application/xml; charset=utf-8' })) })
}
