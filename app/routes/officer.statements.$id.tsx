import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { Notice } from '~/components/panels'
import { StatementEditor, type EditorValues } from '~/components/statement-editor'
import { StatementOfficerNav } from '~/components/statement-officer-nav'
import { StatementPreview } from '~/components/statement-text'
import { MARKDOWN_LIMITS, renderMarkdown } from '~/domain/statements/markdown.server'
import { getStatement, savePublishedStatement } from '~/domain/statements/officer.server'
import { StatementSchema } from '~/domain/statements/schemas'
import { editDraft } from '~/domain/statements/statements.server'
import { isPublic, STATEMENT_STATUS_LABELS } from '~/domain/statements/status'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import { type BreadcrumbHandle, crumbsFrom } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const s = await getStatement(db, params.id ?? '')
  if (!s) throw new Response(null, { status: 404 })
  return {
    statement: { id: s.id, slug: s.slug, title: s.title, status: s.status, statusLabel: STATEMENT_STATUS_LABELS[s.status], version: s.version, public: isPublic(s.status) },
    values: { title: s.title, summary: s.summary, body: s.body, topics: s.topics.join(', '), nations: s.nations, reviewBy: s.reviewBy ?? '' } as EditorValues,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const form = await readForm(request)
  const s = await getStatement(db, params.id ?? '')
  if (!s) throw new Response(null, { status: 404 })
  const submission = parseWithZod(form, { schema: StatementSchema })
  if (submission.status !== 'success') return invalid(submission)
  const { intent, changeNote, ...fields } = submission.value
  try {
    if (intent === 'preview')
      return { ...submission.reply(), preview: { title: fields.title, summary: fields.summary, html: await renderMarkdown(fields.body, { field: 'body', timeLimitMs: MARKDOWN_LIMITS.previewMs }) } }
    if (s.status === 'draft' || s.status === 'consultation') {
      await editDraft(db, { ...fields, actorId: officer.id, statementId: s.id })
      return redirectBackWithFlash(request, { message: msg('Draft saved.') })
    }
    const { newVersion } = await savePublishedStatement(db, { ...fields, changeNote, actorId: officer.id, statementId: s.id })
    return redirectBackWithFlash(
      request,
      newVersion ? { message: msg('Version {version} is published.'), values: { version: newVersion } } : { message: msg('Saved. The wording is unchanged, so there is no new version.') },
    )
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export const handle: BreadcrumbHandle = { breadcrumb: crumbsFrom<typeof loader>((d) => [SECTION.statements, { text: d.statement.title }]) }

export default function OfficerStatementPage() {
  const { statement: s, values } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const editable = s.status === 'draft' || s.status === 'consultation' || s.status === 'adopted' || s.status === 'under_review'
  const published = s.status === 'adopted' || s.status === 'under_review'
  const current = result ? ((result.initialValue ?? values) as EditorValues) : values
  return (
    <div className="narrow">
      <span className="caption">{t('{status} · version {version}', { status: t(s.statusLabel), version: s.version })}</span>
      <h1>{s.title}</h1>
      <StatementOfficerNav id={s.id} current="text" />
      {s.public ? (
        <p>
          <Link to={`/statements/${s.slug}`}>{t('See the public page')}</Link>
        </p>
      ) : null}
      {result && 'preview' in result && result.preview ? <StatementPreview {...result.preview} /> : null}
      {editable ? (
        <>
          {published ? <p>{t('This statement is published. Changing its title, summary or text publishes a new version; say what changed.')}</p> : null}
          <StatementEditor key={JSON.stringify(current)} values={current} errors={result?.error} published={published} saveLabel={published ? t('Save') : t('Save draft')} />
        </>
      ) : (
        <p>
          {t('{status, select, superseded {This statement is superseded and can no longer be changed.} other {This statement is withdrawn and can no longer be changed.}} Its versions stay public.', {
            status: s.status,
          })}
        </p>
      )}
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  return [{ title: t('{title} (officers) — Chorus', { title: args.data?.statement.title ?? t('Statement') }) }]
}
