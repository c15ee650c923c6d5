import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { ReplySummary } from '~/components/forms'
import { getSecuritySettings, setSecuritySettings } from '~/domain/auth/totp.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { requireRecentSignIn, requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'

/** Both answers are explicit, so a form missing the field is refused rather than read as "no". */
const CHOOSE = msg('Choose whether journalists need two-step verification, then save.')
const SettingsSchema = z.object({ intent: z.literal('save', { error: CHOOSE }), journalistsNeedSecondFactor: z.enum(['yes', 'no'], { error: CHOOSE }) })

/** Yes or No to "Do journalists need…?" (Welsh answers with the question's verb: Oes / Nac oes). */
const ANSWER = msg('{answer, select, yes {Yes} other {No}}')

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'admin')
  return getSecuritySettings(db)
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, 'admin')
  requireRecentSignIn(request, admin)
  const submission = parseWithZod(await readForm(request), { schema: SettingsSchema })
  if (submission.status !== 'success') return invalid(submission)
  await setSecuritySettings(db, { actorId: admin.id, journalistsNeedSecondFactor: submission.value.journalistsNeedSecondFactor === 'yes' })
  return redirectBackWithFlash(request, { message: msg('Sign-in security settings saved.') })
}

export const handle: BreadcrumbHandle = { breadcrumb: msg('Sign-in security') }

export default function AdminSecurityPage() {
  const settings = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  return (
    <div className="narrow">
      <ReplySummary result={result} />
      <h1>{t('Sign-in security')}</h1>
      <p>
        {t(
          "Officers and admins always sign in with a password and a code from an authenticator app. Their sessions end after 30 minutes unused and after 12 hours at most; members' after a week unused and 30 days at most.",
        )}
      </p>
      <Form method="post">
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('Do journalists need two-step verification too?')}</legend>
          <p className="hint">{t('Approved journalists read briefings under embargo. With yes, a press account must set up an authenticator app before its pages open.')}</p>
          <div className="radios">
            <div className="radios__item">
              <input type="radio" id="journalists-2fa-yes" name="journalistsNeedSecondFactor" value="yes" defaultChecked={settings.journalistsNeedSecondFactor} />
              <label htmlFor="journalists-2fa-yes">{t(ANSWER, { answer: 'yes' })}</label>
            </div>
            <div className="radios__item">
              <input type="radio" id="journalists-2fa-no" name="journalistsNeedSecondFactor" value="no" defaultChecked={!settings.journalistsNeedSecondFactor} />
              <label htmlFor="journalists-2fa-no">{t(ANSWER, { answer: 'no' })}</label>
            </div>
          </div>
        </fieldset>
        <button type="submit" name="intent" value="save" className="button button--primary">
          {t('Save')}
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Sign-in security — Admin — Chorus') }]
