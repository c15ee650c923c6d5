import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { StatementOfficerNav } from '~/components/statement-officer-nav'
import { StatementText } from '~/components/statement-text'
import { WelshSideBySide, type WelshField } from '~/components/welsh-side-by-side'
import { getStatement } from '~/domain/statements/officer.server'
import { storedHtml } from '~/domain/statements/stored-html'
import { saveStatementWelsh } from '~/domain/statements/welsh.server'
import { isPublic } from '~/domain/statements/status'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { invalid } from '~/utils/forms.server'
import { answerWelshSave, welshSchema } from '~/utils/welsh-form.server'
import { type BreadcrumbHandle, crumbsFrom } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

const FIELDS: WelshField[] = [
  { name: 'titleCy', label: msg('Title in Welsh') },
  { name: 'summaryCy', label: msg('Summary in Welsh'), rows: 3 },
  { name: 'bodyCy', label: msg('Statement in Welsh'), hint: msg('Markdown, as in the English.'), rows: 18 },
]
const NAMES = ['titleCy', 'summaryCy', 'bodyCy'] as const

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
  const submission = parseWithZod(form, { schema: welshSchema(NAMES) })
  if (submission.status !== 'success') return invalid(submission)
  const values = submission.value
  return answerWelshSave(request, submission, async () => ({ welsh: Boolean((await saveStatementWelsh(db, { ...values, actorId: officer.id, statementId: s.id })).titleCy) }))
}

/**
 * The Welsh version of a statement, written beside the English it translates (side by side on a
 * wide screen). It belongs to the live wording: a new English version leaves it behind until it
 * is written again.
 */
export const handle: BreadcrumbHandle = {
  breadcrumb: crumbsFrom<typeof loader>((d) => [SECTION.statements, { text: d.statement.title, to: `/officer/statements/${d.statement.id}` }, { label: msg('Welsh version') }]),
}

export default function StatementWelshPage() {
  const { statement: s, welsh } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const values = (result?.initialValue as typeof welsh | undefined) ?? welsh
  const errors = result?.error ?? {}
  return (
    <div>
      <span className="caption">{t('Version {version}', { version: s.version })}</span>
      <h1>{s.title}</h1>
      <StatementOfficerNav id={s.id} current="welsh" />
      <p>
        {t(
          'Write the Welsh beside the English. Welsh readers see it at the same address under /cy; until it is written they see the English with a note. Leave every field empty to take the Welsh version down.',
        )}
      </p>
      {s.public ? (
        <p>
          <a href={`/cy/statements/${s.slug}`} hrefLang="cy">
            {t('See the Welsh public page')}
          </a>
        </p>
      ) : null}
      <WelshSideBySide
        fields={FIELDS}
        values={values}
        errors={errors}
        english={
          <>
            <h3>{s.title}</h3>
            <StatementText summary={s.summary} html={s.html} />
          </>
        }
      />
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  return [{ title: t('Welsh version: {title} — Chorus', { title: args.data?.statement.title ?? t('Statement') }) }]
}
