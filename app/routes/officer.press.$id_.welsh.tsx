import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { StatementText } from '~/components/statement-text'
import { WelshSideBySide, type WelshField } from '~/components/welsh-side-by-side'
import { isUuid } from '~/domain/ids'
import { getBriefing } from '~/domain/press/briefings.server'
import { saveBriefingWelsh } from '~/domain/press/welsh.server'
import { storedHtml } from '~/domain/statements/stored-html'
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
  { name: 'headlineCy', label: msg('Headline in Welsh') },
  { name: 'standfirstCy', label: msg('Standfirst in Welsh'), rows: 3 },
  { name: 'bodyCy', label: msg('Key lines in Welsh'), hint: msg('Markdown, as in the English.'), rows: 14 },
  { name: 'keyFactsCy', label: msg('Key facts in Welsh (one per line)'), rows: 5 },
  { name: 'notesToEditorsCy', label: msg('Notes to editors in Welsh'), rows: 5 },
]
const NAMES = ['headlineCy', 'standfirstCy', 'bodyCy', 'keyFactsCy', 'notesToEditorsCy'] as const

async function briefingOr404(id: string | undefined) {
  const b = id && isUuid(id) ? await getBriefing(db, id) : null
  if (!b) throw new Response(null, { status: 404 })
  return b
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const b = await briefingOr404(params.id)
  return {
    briefing: {
      id: b.id,
      slug: b.slug,
      headline: b.headline,
      standfirst: b.standfirst,
      html: storedHtml(b),
      keyFacts: b.keyFacts,
      notesToEditors: b.notesToEditors,
      withdrawn: b.status === 'withdrawn',
    },
    welsh: { headlineCy: b.headlineCy ?? '', standfirstCy: b.standfirstCy ?? '', bodyCy: b.bodyCy ?? '', keyFactsCy: (b.keyFactsCy ?? []).join('\n'), notesToEditorsCy: b.notesToEditorsCy ?? '' },
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const form = await readForm(request)
  const b = await briefingOr404(params.id)
  const submission = parseWithZod(form, { schema: welshSchema(NAMES) })
  if (submission.status !== 'success') return invalid(submission)
  const values = submission.value
  return answerWelshSave(request, submission, async () => ({ welsh: Boolean((await saveBriefingWelsh(db, { ...values, actorId: officer.id, briefingId: b.id })).headlineCy) }))
}

/** The Welsh version of a briefing, written beside the English it translates; quotes stay as spoken. */
export const handle: BreadcrumbHandle = {
  breadcrumb: crumbsFrom<typeof loader>((d) => [SECTION.press, { text: d.briefing.headline, to: `/officer/press/${d.briefing.id}` }, { label: msg('Welsh version') }]),
}

export default function BriefingWelshPage() {
  const { briefing: b, welsh } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const values = (result?.initialValue as typeof welsh | undefined) ?? welsh
  const errors = result?.error ?? {}
  return (
    <div>
      <h1>{t('Welsh version: {title}', { title: b.headline })}</h1>
      <p>
        {t(
          'Write the Welsh beside the English for Welsh media. It is read at the same address under /cy, under the same embargo; until it is written, Welsh readers see the English with a note. Quotes stay in the words their speakers used. Leave every field empty to take the Welsh version down.',
        )}
      </p>
      <WelshSideBySide
        fields={FIELDS}
        values={values}
        errors={errors}
        closed={b.withdrawn ? <p>{t('A withdrawn briefing cannot change')}</p> : undefined}
        english={
          <>
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
          </>
        }
      />
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  return [{ title: t('Welsh version: {title} — Chorus', { title: args.data?.briefing.headline ?? t('Briefing') }) }]
}
