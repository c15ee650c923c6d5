import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { TextArea } from '~/components/statement-editor'
import { StatementText } from '~/components/statement-text'
import { TextFieldPlain } from '~/components/text-field-plain'
import { DomainError, statusForCode } from '~/domain/errors'
import { isUuid } from '~/domain/ids'
import { getBriefing } from '~/domain/press/briefings.server'
import { saveBriefingWelsh } from '~/domain/press/welsh.server'
import { storedHtml } from '~/domain/statements/stored-html'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'

const ORDER = ['headlineCy', 'standfirstCy', 'bodyCy', 'keyFactsCy', 'notesToEditorsCy']

async function briefingOr404(id: string | undefined) {
  const b = id && isUuid(id) ? await getBriefing(db, id) : null
  if (!b) throw new Response(null, { status: 404 })
  return b
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const b = await briefingOr404(params.id)
  return {
    briefing: { id: b.id, slug: b.slug, headline: b.headline, standfirst: b.standfirst, html: storedHtml(b), keyFacts: b.keyFacts, notesToEditors: b.notesToEditors, withdrawn: b.status === 'withdrawn' },
    welsh: { headlineCy: b.headlineCy ?? '', standfirstCy: b.standfirstCy ?? '', bodyCy: b.bodyCy ?? '', keyFactsCy: (b.keyFactsCy ?? []).join('\n'), notesToEditorsCy: b.notesToEditorsCy ?? '' },
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const form = await readForm(request)
  const b = await briefingOr404(params.id)
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  const values = { headlineCy: text('headlineCy'), standfirstCy: text('standfirstCy'), bodyCy: text('bodyCy'), keyFactsCy: text('keyFactsCy'), notesToEditorsCy: text('notesToEditorsCy') }
  try {
    const saved = await saveBriefingWelsh(db, { ...values, actorId: officer.id, briefingId: b.id })
    return redirectBackWithFlash(request, { message: saved.headlineCy ? msg('The Welsh version is saved. Welsh readers see it now.') : msg('The Welsh version is taken down. Welsh readers see the English.') })
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    return data({ values, errors: { [error.field ?? '']: [translateFor(request, error.message, error.values)] } }, { status: statusForCode[error.code] })
  }
}

/** The Welsh version of a briefing, written beside the English it translates; quotes stay as spoken. */
export default function BriefingWelshPage() {
  const { briefing: b, welsh } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const values = result?.values ?? welsh
  const errors = (result?.errors ?? {}) as Record<string, string[]>
  const first = (name: string) => errors[name]?.[0]
  return (
    <div>
      <Link to={`/officer/press/${b.id}`} className="back-link">
        {t('Back to the briefing')}
      </Link>
      <h1>{t('Welsh version: {title}', { title: b.headline })}</h1>
      <p>{t('Write the Welsh beside the English for Welsh media. It is read at the same address under /cy, under the same embargo; until it is written, Welsh readers see the English with a note. Quotes stay in the words their speakers used. Leave every field empty to take the Welsh version down.')}</p>
      <ServerErrorSummary errors={errors} order={ORDER} />
      <div className="side-by-side">
        <section aria-labelledby="english-heading">
          <h2 id="english-heading">{t('English')}</h2>
          <div lang="en-GB">
            <h3>{b.headline}</h3>
            <StatementText summary={b.standfirst} html={b.html} />
            {b.keyFacts.length ? (
              <ul>
                {b.keyFacts.map((fact) => (
                  <li key={fact}>{fact}</li>
                ))}
              </ul>
            ) : null}
            {b.notesToEditors ? <p>{b.notesToEditors}</p> : null}
          </div>
        </section>
        <section aria-labelledby="welsh-heading">
          <h2 id="welsh-heading">{t('Welsh')}</h2>
          {b.withdrawn ? (
            <p>{t('A withdrawn briefing cannot change')}</p>
          ) : (
            <Form method="post" noValidate>
              <TextFieldPlain name="headlineCy" label={t('Headline in Welsh')} lang="cy" error={first('headlineCy')} defaultValue={values.headlineCy} />
              <TextArea name="standfirstCy" label={t('Standfirst in Welsh')} lang="cy" rows={3} error={first('standfirstCy')} defaultValue={values.standfirstCy} />
              <TextArea name="bodyCy" label={t('Key lines in Welsh')} hint={t('Markdown, as in the English.')} lang="cy" rows={14} error={first('bodyCy')} defaultValue={values.bodyCy} />
              <TextArea name="keyFactsCy" label={t('Key facts in Welsh (one per line)')} lang="cy" rows={5} error={first('keyFactsCy')} defaultValue={values.keyFactsCy} />
              <TextArea name="notesToEditorsCy" label={t('Notes to editors in Welsh')} lang="cy" rows={5} error={first('notesToEditorsCy')} defaultValue={values.notesToEditorsCy} />
              <button type="submit" className="button button--primary">
                {t('Save the Welsh version')}
              </button>
            </Form>
          )}
        </section>
      </div>
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  return [{ title: t('Welsh version: {title} — Chorus', { title: args.data?.briefing.headline ?? t('Briefing') }) }]
}
