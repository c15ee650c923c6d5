import type { ActionFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form } from '@remix-run/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { ButtonOnly } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { endSession } from '~/utils/session.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'

export async function action({ request }: ActionFunctionArgs) {
  parseWithZod(await readForm(request), { schema: ButtonOnly })
  return redirectWithFlash('/', { message: msg('You have signed out.') }, { headers: await endSession(request) })
}

/** Reached only by typing the address: signing out is a POST so links cannot do it. */
export default function LogoutPage() {
  const t = useT()
  return (
    <div className="narrow">
      <h1>{t('Sign out of Chorus')}</h1>
      <Form method="post">
        <button type="submit" className="button button--primary">
          {t('Sign out')}
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Sign out — Chorus') }]
