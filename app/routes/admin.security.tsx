import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { Notice } from '~/components/panels'
import { getSecuritySettings, setSecuritySettings } from '~/domain/auth/totp.server'
import { db } from '~/utils/db.server'
import { readForm } from '~/utils/request.server'
import { requireRecentSignIn, requireRole } from '~/utils/session.server'

/** A checkbox sends "on" when ticked and nothing when not; anything else is not this form. */
const SettingsSchema = z.object({ intent: z.literal('save'), journalistsNeedSecondFactor: z.literal('on').optional() })

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'admin')
  return getSecuritySettings(db)
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, 'admin')
  requireRecentSignIn(request, admin)
  const parsed = SettingsSchema.safeParse(Object.fromEntries(await readForm(request)))
  if (!parsed.success) return data({ saved: false, message: 'Choose whether journalists need two-step verification, then save.' }, { status: 400 })
  await setSecuritySettings(db, { actorId: admin.id, journalistsNeedSecondFactor: parsed.data.journalistsNeedSecondFactor === 'on' })
  return { saved: true, message: null }
}

export default function AdminSecurityPage() {
  const settings = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return (
    <div className="narrow">
      <Link to="/admin" className="back-link">
        Admin
      </Link>
      {result ? (
        <Notice tone={result.saved ? 'success' : 'warning'}>
          <p>{result.saved ? 'Saved.' : result.message}</p>
        </Notice>
      ) : null}
      <h1>Sign-in security</h1>
      <p>
        Officers and admins always sign in with a password and a code from an authenticator app. Their sessions end after 30 minutes unused and
        after 12 hours at most; members&apos; after a week unused and 30 days at most.
      </p>
      <Form method="post">
        <div className="checkboxes">
          <div className="checkboxes__item">
            <input type="checkbox" id="journalists-2fa" name="journalistsNeedSecondFactor" defaultChecked={settings.journalistsNeedSecondFactor} aria-describedby="journalists-2fa-hint" />
            <label htmlFor="journalists-2fa">
              Journalists need two-step verification too
              <span className="hint" id="journalists-2fa-hint">
                Approved journalists read briefings under embargo. With this on, a press account must set up an authenticator app before its
                pages open.
              </span>
            </label>
          </div>
        </div>
        <button type="submit" name="intent" value="save" className="button button--primary">
          Save
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = () => [{ title: 'Sign-in security — Admin — Chorus' }]
