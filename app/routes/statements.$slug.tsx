import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { redirect } from '@remix-run/node'
import { z } from 'zod'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { RelatedBriefings } from '~/components/related-briefings'
import { StatementEndorse } from '~/components/statement-endorse'
import { StatementText } from '~/components/statement-text'
import { StatementVersions } from '~/components/statement-versions'
import { statementIn } from '~/domain/statements/welsh.server'
import { getConsultation, getStatement, hasEndorsed } from '~/domain/statements/officer.server'
import { endorsementsByNation, endorseStatement, getPublicStatement, listVersions, withdrawEndorsement } from '~/domain/statements/statements.server'
import { STATEMENT_STATUS_LABELS } from '~/domain/statements/status'
import { pressNow } from '~/domain/press/clock'
import { listBriefingsCitingStatement } from '~/domain/press/public.server'
import { formatDate } from '~/i18n/format'
import { languageTag, type Locale, pathIn } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { T, useLocale, useT } from '~/i18n/react'
import { localeOf, translatorFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { useNonce } from '~/utils/nonce'
import { readForm, siteOrigin } from '~/utils/request.server'
import { getUser, requireUser } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'

/** Message ids. */
const NATION_NAMES: Record<string, string> = { england: msg('England'), scotland: msg('Scotland'), wales: msg('Wales'), northern_ireland: msg('Northern Ireland'), unknown: msg('Not stated') }
/** Where a statement applies when it is one nation (Welsh mutates the name after "yn"). */
const IN_NATION: Record<string, string> = { england: msg('in England'), scotland: msg('in Scotland'), wales: msg('in Wales'), northern_ireland: msg('in Northern Ireland') }

function appliesIn(locale: Locale, nations: string[]) {
  const t = translatorFor(locale)
  if (nations.length === 0 || nations.length === 4) return t('across the UK')
  if (nations.length === 1) return t(IN_NATION[nations[0]])
  const names = nations.map((n) => t(NATION_NAMES[n]))
  // Welsh lists after a colon, with "yr" in lower case mid-sentence ("Cymru, yr Alban"); Intl would write "a(c)".
  const list = locale === 'cy' ? names.map((n) => n.replace(/^Yr /, 'yr ')).join(', ') : new Intl.ListFormat(languageTag(locale)).format(names)
  return t('in {nations}', { nations: list })
}

/** The wording a reader of this language gets: the Welsh where officers wrote it, otherwise the English, marked as such. */
function wordingFor(locale: Locale, s: Parameters<typeof statementIn>[1]) {
  const wording = statementIn(locale, s)
  return { title: wording.title, summary: wording.summary, html: wording.bodyHtml, lang: wording.lang, inOtherLanguage: wording.otherLanguage }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const s = await getPublicStatement(db, params.slug ?? '')
  if (!s) {
    if (await getConsultation(db, params.slug ?? '')) throw redirect(`/statements/${params.slug}/consultation`)
    throw new Response(null, { status: 404 })
  }
  const user = await getUser(request)
  const locale = localeOf(request)
  const [versions, byNation, replacement, endorsed, briefings] = await Promise.all([
    listVersions(db, s.id),
    endorsementsByNation(db, s.id),
    s.supersededById ? getStatement(db, s.supersededById) : null,
    user ? hasEndorsed(db, { userId: user.id, statementId: s.id }) : false,
    listBriefingsCitingStatement(db, { statementId: s.id, now: pressNow() }),
  ])
  return {
    signedIn: Boolean(user),
    endorsed,
    url: `${siteOrigin(request)}${pathIn(locale, `/statements/${s.slug}`)}`,
    origin: siteOrigin(request),
    supersededBy: replacement ? { slug: replacement.slug, title: replacement.title } : null,
    statement: {
      id: s.id,
      slug: s.slug,
      ...wordingFor(locale, s),
      status: s.status,
      statusLabel: STATEMENT_STATUS_LABELS[s.status],
      version: s.version,
      adopted: s.adoptedAt?.toISOString() ?? null,
      reviewBy: s.reviewBy,
      topics: s.topics,
      appliesIn: appliesIn(locale, s.nations),
      ballotId: s.adoptionBallotId,
      endorsements: s.endorsementCount,
    },
    versions: versions.map((v) => ({ version: v.version, changeNote: v.changeNote, date: v.createdAt.toISOString() })),
    byNation: Object.entries(byNation).map(([nation, n]) => ({ nation: NATION_NAMES[nation] ? translatorFor(locale)(NATION_NAMES[nation]) : nation, n })),
    briefings: briefings.map((b) => ({ slug: b.slug, headline: b.headline })),
  }
}

const EndorseSchema = z.object({ intent: z.enum(['endorse', 'withdraw'], { error: msg('Choose whether to endorse this statement.') }) })

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: EndorseSchema })
  const s = await getPublicStatement(db, params.slug ?? '')
  if (!s) throw new Response(null, { status: 404 })
  if (submission.status !== 'success') return invalid(submission)
  try {
    if (submission.value.intent === 'withdraw') {
      await withdrawEndorsement(db, { userId: user.id, statementId: s.id })
      return redirectBackWithFlash(request, { message: msg('You no longer endorse this statement.') })
    }
    await endorseStatement(db, { userId: user.id, statementId: s.id })
    return redirectBackWithFlash(request, { message: msg('Thank you. You stand behind this statement.') })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export default function StatementPage() {
  const { statement: s, versions, byNation, url, origin, supersededBy, signedIn, endorsed, briefings } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const nonce = useNonce()
  const t = useT()
  const locale = useLocale()
  const day = (iso: string) => formatDate(locale, iso, 'long')
  // Types as full schema.org addresses: the same in every language.
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'https://schema.org/Article',
    headline: s.title,
    description: s.summary,
    url,
    datePublished: s.adopted,
    version: String(s.version),
    publisher: { '@type': 'https://schema.org/Organization', name: 'Chorus' },
  }
  const other: Locale = locale === 'cy' ? 'en' : 'cy'
  return (
    <article className="statement">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <span className="caption">{t('Position statement · {status}', { status: t(s.statusLabel) })}</span>
      <h1 lang={s.lang === locale ? undefined : languageTag(s.lang)}>{s.title}</h1>
      {s.status === 'superseded' ? (
        <div className="notice notice--warning" role="note">
          <p>
            <strong>{t('Chorus no longer holds this position as written.')}</strong>{' '}
            {supersededBy ? (
              <T
                message="It has been replaced by <replacement>{title}</replacement>."
                values={{ title: supersededBy.title, replacement: (text: string) => <Link to={`/statements/${supersededBy.slug}`}>{text}</Link> }}
              />
            ) : (
              t('It has been replaced by a newer statement.')
            )}
          </p>
        </div>
      ) : s.status === 'withdrawn' ? (
        <div className="notice notice--warning" role="note">
          <p>
            <strong>{t('This statement has been withdrawn.')}</strong> {t('Chorus no longer holds this position; the page is kept as a record.')}
          </p>
        </div>
      ) : null}
      <p className="meta">
        {t('Version {version}', { version: s.version })}
        {s.adopted ? ` · ${t('adopted {date}', { date: day(s.adopted) })}` : ''}
        {` · ${t('applies {where}', { where: s.appliesIn })}`}
        {s.reviewBy ? ` · ${t('to be reviewed by {date}', { date: day(s.reviewBy) })}` : ''}
        {s.ballotId ? (
          <>
            {' · '}
            <a href={`${origin}${pathIn(locale, `/ballots/${s.ballotId}/results`)}`}>{t('adopted by a vote of members')}</a>
          </>
        ) : (
          ` · ${t('adopted by officers')}`
        )}
      </p>
      {s.lang !== locale ? (
        <p className="notice notice--info">{t('This statement is not available in Welsh yet. Here it is in English.')}</p>
      ) : s.inOtherLanguage ? (
        <p className="meta">
          <a href={pathIn(other, `/statements/${s.slug}`)} hrefLang={languageTag(other)}>
            {t('Read this statement in {language}', { language: other === 'cy' ? t('Welsh') : t('English') })}
          </a>
        </p>
      ) : null}
      <div lang={s.lang === locale ? undefined : languageTag(s.lang)}>
        <StatementText summary={s.summary} html={s.html} />
      </div>
      <p className="meta cite">
        {s.adopted
          ? t('To cite this version: Chorus, “{title}”, version {version}, {date}.', { title: s.title, version: s.version, date: day(s.adopted) })
          : t('To cite this version: Chorus, “{title}”, version {version}.', { title: s.title, version: s.version })}{' '}
        <a href={`${url}/versions/${s.version}`}>{`${url}/versions/${s.version}`}</a>
      </p>
      <StatementEndorse slug={s.slug} count={s.endorsements} byNation={byNation} open={s.status === 'adopted' || s.status === 'under_review'} signedIn={signedIn} endorsed={endorsed} result={result} />
      <RelatedBriefings briefings={briefings} />
      <StatementVersions slug={s.slug} versions={versions} />
    </article>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const { data } = args
  return data
    ? [
        { title: `${data.statement.title} — Chorus` },
        { name: 'description', content: data.statement.summary },
        { property: 'og:title', content: data.statement.title },
        { property: 'og:description', content: data.statement.summary },
        { property: 'og:type', content: 'article' },
        { property: 'og:url', content: data.url },
        { tagName: 'link', rel: 'canonical', href: data.url },
      ]
    : [{ title: metaT(args)('Statement not found — Chorus') }]
}
