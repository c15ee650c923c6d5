/**
 * Chorus speaks Welsh and English. English pages live where they always have; each has a Welsh
 * twin at the same path under `/cy` (`/join` ⇄ `/cy/join`). The URL alone says which language a
 * page is in, so a shared copy, a bookmark or a search engine always gets the same one.
 */
export type Locale = 'en' | 'cy'

export const LOCALES: readonly Locale[] = ['cy', 'en']

const WELSH_PREFIX = '/cy'

/** The BCP 47 tag for `lang`, `hreflang` and `Intl`. */
export const languageTag = (locale: Locale) => (locale === 'cy' ? 'cy' : 'en-GB')

/** Each language's name in itself, as the switch shows it. */
export const LANGUAGE_NAMES: Record<Locale, string> = { cy: 'Cymraeg', en: 'English' }

export function isWelshPath(pathname: string) {
  return pathname === WELSH_PREFIX || pathname.startsWith(`${WELSH_PREFIX}/`)
}

export const localeOfPath = (pathname: string): Locale => (isWelshPath(pathname) ? 'cy' : 'en')

export function localeOf(request: Request): Locale {
  return localeOfPath(new URL(request.url).pathname)
}

/** The same page without its language prefix: `/cy/join?x=1` → `/join?x=1`. */
export function withoutLocale(path: string) {
  if (!isWelshPath(path.split(/[?#]/)[0])) return path
  const rest = path.slice(WELSH_PREFIX.length)
  return rest.startsWith('/') ? rest : `/${rest}`
}

/** A site path in the given language: `pathIn('cy', '/join')` → `/cy/join`; `/` → `/cy`. */
export function pathIn(locale: Locale, path: string) {
  const plain = withoutLocale(path)
  if (locale === 'en') return plain
  return plain === '/' ? WELSH_PREFIX : plain.startsWith('/?') || plain.startsWith('/#') ? `${WELSH_PREFIX}${plain.slice(1)}` : `${WELSH_PREFIX}${plain}`
}

/** Reads a stored preference; anything else is "not chosen". */
export function asLocale(value: unknown): Locale | null {
  return value === 'cy' || value === 'en' ? value : null
}

/**
 * Whether an Accept-Language header puts Welsh before English (a first visit is offered the
 * Welsh page, never sent there). Weights are honoured; an absent weight is 1.
 */
export function prefersWelsh(acceptLanguage: string | null | undefined) {
  if (!acceptLanguage) return false
  let welsh = 0
  let english = 0
  acceptLanguage.split(',').forEach((part, index) => {
    const [tag, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const weight = (q ? Number(q.slice(2)) : 1) - index / 1000
    if (!Number.isFinite(weight) || weight <= 0) return
    if ((tag === 'cy' || tag.startsWith('cy-')) && weight > welsh) welsh = weight
    if ((tag === 'en' || tag.startsWith('en-')) && weight > english) english = weight
  })
  return welsh > english
}

/**
 * A redirect to the other language's pages (`/cy/…` from English, a full address from Welsh) goes
 * to the other mount of the app: the browser must load that page afresh, not route it in this one.
 */
export function leavesThisLanguage(to: string) {
  return to === '/cy' || to.startsWith('/cy/') || to.startsWith('/cy?') || to.startsWith('/cy#') || /^https?:/i.test(to)
}
