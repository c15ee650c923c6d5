import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { SPOKESPERSON_FIELD_ORDER, SpokespersonFields } from '~/components/spokesperson-fields'
import { newSpokespersonSchema } from '~/domain/press/contact-schemas'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { addSpokesperson } from '~/domain/press/spokespeople.server'
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
  const submission = parseWithZod(await readForm(request), { schema: newSpokespersonSchema(localeOf(request)) })
  if (submission.status !== 'success') return invalid(submission)
  try {
    const s = await addSpokesperson(db, { ...submission.value, actorId: officer.id })
    return redirectWithFlash(`/officer/spokespeople/${s.id}`, { message: msg('Added to the roster. They now appear in the press room.') })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export const handle: BreadcrumbHandle = { breadcrumb: [SECTION.spokespeople, { label: msg('Add a spokesperson') }] }

export default function NewSpokespersonPage() {
  const result = useActionData<typeof action>()
  const errors = result?.error ?? {}
  const t = useT()
  return (
    <div className="narrow">
      <ServerErrorSummary errors={errors} order={SPOKESPERSON_FIELD_ORDER} choiceFields={['topics', 'nations']} />
      <h1>{t('Add a spokesperson')}</h1>
      <Form method="post" noValidate>
        <SpokespersonFields values={(result?.initialValue ?? { availability: 'Mon-Fri 09:00-17:00' }) as Record<string, string>} errors={errors} withEmail />
        <button type="submit" className="button button--primary">
          {t('Add to the roster')}
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Add a spokesperson — Chorus') }]
