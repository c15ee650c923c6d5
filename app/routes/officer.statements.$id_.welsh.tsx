import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { TextArea } from '~/components/statement-editor'
import { StatementOfficerNav } from '~/components/statement-officer-nav'
import { StatementText } from '~/components/statement-text'
import { TextFieldPlain } from '~/components/text-field-plain'
import { DomainError, statusForCode } from '~/domain/errors'
import { getStatement } from '~/domain/statements/officer.server'
import { storedHtml } from '~/domain/statements/stored-html'
import { saveStatementWelsh } from '~/domain/statements/welsh.server'
import { isPublic } from '~/domain/statements/status'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'

const ORDER = ['titleCy', 'summaryCy', 'bodyCy']

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const s = await getStatement(db, params.id ?? '')
  if (!s) throw new Response(null, { status: 404 })
  return {
    statement: { id: s.id, slug: s.slug, title: s.title, summary: s.summary, html: storedHtml(s), version: s.version, public: isPublic(s.status) },
    welsh: { titleCy: s.titleCy ?? '', summaryCy: s.summaryCy ?? '', bodyCy: s.bodyCy ?? '' },
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const form = await readForm(request)
  const s = await getStatement(db, params.id ?? '')
  if (!s) throw new Response(null, { status: 404 })
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  const values = { titleCy: text('titleCy'), summaryCy: text('summaryCy'), bodyCy: text('bodyCy') }
  try {
    const saved = await saveStatementWelsh(db, { ...values, actorId: officer.id, statementId: s.id })
    return redirectBackWithFlash(request, { message: saved.titleCy ? msg('The Welsh version is saved. Welsh readers see it now.') : msg('The Welsh version is taken down. Welsh readers see the English.') })
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    const message = translateFor(request, error.message, error.values)
    return data({ values, errors: { [error.field ?? '']: [message] } }, { status: statusForCode[error.code] })
  }
}

/**
 * The Welsh version of a statement, written beside the English it translates (side by side on a
 * wide screen). It belongs to the live wording: a new English version leaves it behind until it
 * is written again.
 */
export default function StatementWelshPage() {
  const { statement: s, welsh } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const values = result?.values ?? welsh
  const errors = (result?.errors ?? {}) as Record<string, string[]>
  const first = (name: string) => errors[name]?.[0]
  return (
    <div>
      <Link to="/officer/statements" className="back-link">
        {t('Position statements')}
      </Link>
      <span className="caption">{t('Version {version}', { version: s.version })}</span>
      <h1>{s.title}</h1>
      <StatementOfficerNav id={s.id} current="welsh" />
      <p>{t('Write the Welsh beside the English. Welsh readers see it at the same address under /cy; until it is written they see the English with a note. Leave every field empty to take the Welsh version down.')}</p>
      {s.public ? (
        <p>
          <a href={`/cy/statements/${s.slug}`} hrefLang="cy">
            {t('See the Welsh public page')}
          </a>
        </p>
      ) : null}
      <ServerErrorSummary errors={errors} order={ORDER} />
      <div className="side-by-side">
        <section aria-labelledby="english-heading">
          <h2 id="english-heading">{t('English')}</h2>
          <div lang="en-GB">
            <h3>{s.title}</h3>
            <StatementText summary={s.summary} html={s.html} />
          </div>
        </section>
        <section aria-labelledby="welsh-heading">
          <h2 id="welsh-heading">{t('Welsh')}</h2>
          <Form method="post" noValidate>
            <TextFieldPlain name="titleCy" label={t('Title in Welsh')} lang="cy" error={first('titleCy')} defaultValue={values.titleCy} />
            <TextArea name="summaryCy" label={t('Summary in Welsh')} lang="cy" rows={3} error={first('summaryCy')} defaultValue={values.summaryCy} />
            <TextArea name="bodyCy" label={t('Statement in Welsh')} hint={t('Markdown, as in the English.')} lang="cy" rows={18} error={first('bodyCy')} defaultValue={values.bodyCy} />
            <button type="submit" className="button button--primary">
              {t('Save the Welsh version')}
            </button>
          </Form>
        </section>
      </div>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  return [{ title: t('Welsh version: {title} — Chorus', { title: args.data?.statement.title ?? t('Statement') }) }]
}
