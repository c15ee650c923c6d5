import type { ActionFunctionArgs } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { redirect } from '@remix-run/node'
import { DomainError } from '~/domain/errors'
import { openBillingPortal } from '~/domain/membership/join.server'
import { db } from '~/utils/db.server'
import { ButtonOnly } from '~/utils/forms.server'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireUser } from '~/utils/session.server'
import { getStripe } from '~/utils/stripe.server'
import { describeError, log } from '~/utils/log.server'
import { localeOf, pathIn } from '~/i18n/locale'
import { translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'

/** Sends the member to Stripe's Billing Portal to change card, see invoices or stop paying. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  parseWithZod(await readForm(request), { schema: ButtonOnly })
  try {
    return redirect(await openBillingPortal(db, getStripe(), { userId: user.id, returnUrl: `${siteOrigin(request)}${pathIn(localeOf(request), '/account')}#membership` }))
  } catch (error) {
    if (error instanceof DomainError) throw new Response(translateFor(request, error.message, error.values), { status: 409 })
    log.error({ err: describeError(error) }, 'could not open the billing portal')
    throw new Response(translateFor(request, msg('We could not reach our payment provider. Try again in a minute.')), { status: 503 })
  }
}

export function loader() {
  return redirect('/account#membership')
}
