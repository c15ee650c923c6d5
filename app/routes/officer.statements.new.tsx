import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData } from '@remix-run/react'
import { StatementEditor, type EditorValues } from '~/components/statement-editor'
import { StatementPreview } from '~/components/statement-text'
import { MARKDOWN_LIMITS, renderMarkdown } from '~/domain/statements/markdown.server'
import { StatementSchema } from '~/domain/statements/schemas'
import { createStatement } from '~/domain/statements/statements.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { redirectWithFlash } from '~/utils/flash.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  return null
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const submission = parseWithZod(await readForm(request), { schema: StatementSchema })
  if (submission.status !== 'success') return invalid(submission)
  const { intent, changeNote: _, ...fields } = submission.value
  try {
    if (intent === 'preview')
      return { ...submission.reply(), preview: { title: fields.title, summary: fields.summary, html: await renderMarkdown(fields.body, { field: 'body', timeLimitMs: MARKDOWN_LIMITS.previewMs }) } }
    const s = await createStatement(db, { ...fields, actorId: officer.id })
    return redirectWithFlash(`/officer/statements/${s.id}`, { message: msg('Draft saved. Only officers can see it.') })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export const handle: BreadcrumbHandle = { breadcrumb: [SECTION.statements, { label: msg('Draft a statement') }] }

export default function NewStatementPage() {
  const result = useActionData<typeof action>()
  const t = useT()
  return (
    <div className="narrow">
      <h1>{t('Draft a statement')}</h1>
      <p>{t('It stays a draft, seen only by officers, until you open a consultation or publish it.')}</p>
      {result && 'preview' in result ? <StatementPreview {...result.preview} /> : null}
      <StatementEditor values={(result?.initialValue ?? {}) as EditorValues} errors={result?.error} saveLabel={t('Save draft')} />
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Draft a statement — Chorus') }]
