import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useActionData } from '@remix-run/react'
import { ChoiceGroup } from '~/components/choices'
import { ServerErrorSummary, SubmitButton } from '~/components/forms'
import { createBriefingFromTemplate } from '~/domain/press/briefings.server'
import { NewBriefingSchema } from '~/domain/press/schemas'
import { BRIEFING_TEMPLATES } from '~/domain/press/templates'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { msg } from '~/i18n/translate'
import { useT } from '~/i18n/react'
import { db } from '~/utils/db.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { invalid } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  return null
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const submission = parseWithZod(await readForm(request), { schema: NewBriefingSchema })
  if (submission.status !== 'success') return invalid(submission)
  const b = await createBriefingFromTemplate(db, { actorId: officer.id, template: submission.value.template, locale: localeOf(request) })
  return redirectWithFlash(`/officer/press/${b.id}`, { message: msg('Draft started. Replace every part in square brackets before you send it.') })
}

export const handle: BreadcrumbHandle = { breadcrumb: [SECTION.press, { label: msg('New briefing') }] }

export default function NewBriefingPage() {
  const result = useActionData<typeof action>()
  const t = useT()
  return (
    <div className="narrow">
      <ServerErrorSummary errors={result?.error} order={['template']} choiceFields={['template']} />
      <span className="caption">{t('Step 1 of 3')}</span>
      <h1>{t('What are you responding to?')}</h1>
      <Form method="post">
        <ChoiceGroup
          type="radio"
          name="template"
          legend={t('Choose the situation')}
          hint={t('We prefill the headline, the key lines, notes to editors and the relevant position statements.')}
          options={Object.entries(BRIEFING_TEMPLATES).map(([value, template]) => ({ value, label: t(template.label), hint: t(template.hint) }))}
          error={result?.error?.template?.[0] ?? undefined}
        />
        <SubmitButton>{t('Start the briefing')}</SubmitButton>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('New rapid response — Chorus') }]
