import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { SPOKESPERSON_FIELD_ORDER, SpokespersonFields } from '~/components/spokesperson-fields'
import { spokespersonPageSchema } from '~/domain/press/contact-schemas'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { isPressTopic } from '~/domain/press/topics'
import { getSpokespersonForEdit, setSpokespersonActive, updateSpokesperson } from '~/domain/press/spokespeople.server'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import { type BreadcrumbHandle, crumbsFrom } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const s = await getSpokespersonForEdit(db, params.id ?? '')
  if (!s) throw new Response(null, { status: 404 })
  return {
    spokesperson: { id: s.id, name: s.displayName, email: s.email, active: s.active, unlistedTopics: s.topics.filter((t) => !isPressTopic(t)) },
    values: {
      displayName: s.displayName,
      roleTitle: s.roleTitle,
      topics: s.topics,
      nations: s.nations,
      mediaTrained: s.mediaTrained ? 'yes' : '',
      mediaTrainedOn: s.mediaTrainedOn ?? '',
      bio: s.bio,
      availability: s.availabilityText,
    },
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const submission = parseWithZod(await readForm(request), { schema: spokespersonPageSchema(localeOf(request)) })
  if (submission.status !== 'success') return invalid(submission)
  const { intent } = submission.value
  try {
    if (intent !== 'save') {
      await setSpokespersonActive(db, { spokespersonId: params.id ?? '', actorId: officer.id, active: intent === 'reactivate' })
      return redirectBackWithFlash(request, {
        message: intent === 'reactivate' ? msg('They are back on the roster and shown in the press room.') : msg('Stood down. They no longer appear in the press room.'),
      })
    }
    const { intent: _, ...details } = submission.value
    await updateSpokesperson(db, { ...details, spokespersonId: params.id ?? '', actorId: officer.id })
    return redirectBackWithFlash(request, { message: msg('Changes saved.') })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export const handle: BreadcrumbHandle = { breadcrumb: crumbsFrom<typeof loader>((d) => [SECTION.spokespeople, { text: d.spokesperson.name }]) }

export default function EditSpokespersonPage() {
  const { spokesperson, values } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const errors = result?.error ?? {}
  // A refused save comes back as typed; a refused stand-down leaves the details as they are.
  const typed = result?.status === 'error' ? (result.initialValue as Record<string, string> | null | undefined) : null
  const shown = typed && (typed.intent ?? 'save') === 'save' ? typed : values
  const t = useT()
  const unlisted = spokesperson.unlistedTopics.map((topic) => `“${topic}”`).join(', ')
  return (
    <div className="narrow">
      <ServerErrorSummary errors={errors} order={SPOKESPERSON_FIELD_ORDER} choiceFields={['topics', 'nations']} />
      <span className="caption">{spokesperson.email}</span>
      <h1>
        {spokesperson.name} {spokesperson.active ? null : <span className="tag tag--grey">{t('Stood down')}</span>}
      </h1>
      {spokesperson.unlistedTopics.length ? (
        <div className="inset-text">
          {t(
            'Their entry also names {topics}, which {count, plural, one {is not a press room topic} other {are not press room topics}}. Choose the matching topics below; saving keeps only the topics ticked.',
            { topics: unlisted, count: spokesperson.unlistedTopics.length },
          )}
        </div>
      ) : null}
      <Form method="post" noValidate>
        <SpokespersonFields values={shown} errors={errors} />
        <button type="submit" name="intent" value="save" className="button button--primary">
          {t('Save changes')}
        </button>
      </Form>
      <h2>{spokesperson.active ? t('Stand down') : t('Bring back')}</h2>
      <Form method="post">
        {spokesperson.active ? (
          <>
            <p>{t('Standing someone down removes them from the press room and the enquiry form. Their entry is kept.')}</p>
            <button type="submit" name="intent" value="deactivate" className="button button--warning">
              {t('Stand {name} down', { name: spokesperson.name })}
            </button>
          </>
        ) : (
          <button type="submit" name="intent" value="reactivate" className="button button--secondary">
            {t('Put {name} back on the roster', { name: spokesperson.name })}
          </button>
        )}
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Spokesperson — Chorus') }]
