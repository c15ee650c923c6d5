import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData } from '@remix-run/react'
import { StatementEditor, type EditorValues } from '~/components/statement-editor'
import { StatementPreview } from '~/components/statement-text'
import { MARKDOWN_LIMITS, renderMarkdown } from '~/domain/statements/markdown.server'
import { StatementSchema } from '~/domain/statements/schemas'
import { createStatement } from '~/domain/statements/statements.server'
import { db } from '~/utils/db.server'
import { invalid, replyWithDomainError } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { redirectWithFlash } from '~/utils/flash.server'

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
    if (intent === 'preview') return { ...submission.reply(), preview: { title: fields.title, summary: fields.summary, html: await renderMarkdown(fields.body, { field: 'body', timeLimitMs: MARKDOWN_LIMITS.previewMs }) } }
    const s = await createStatement(db, { ...fields, actorId: officer.id })
    return redirectWithFlash(`/officer/statements/${s.id}`, { message: 'Draft saved. Only officers can see it.' })
  } catch (error) {
    return replyWithDomainError(submission, error)
  }
}

export default function NewStatementPage() {
  const result = useActionData<typeof action>()
  return (
    <div className="narrow">
      <Link to="/officer/statements" className="back-link">
        Position statements
      </Link>
      <h1>Draft a statement</h1>
      <p>It stays a draft, seen only by officers, until you open a consultation or publish it.</p>
      {result && 'preview' in result ? <StatementPreview {...result.preview} /> : null}
      <StatementEditor values={(result?.initialValue ?? {}) as EditorValues} errors={result?.error} saveLabel="Save draft" />
    </div>
  )
}

export const meta: MetaFunction = () => [{ title: 'Draft a statement — Chorus' }]
