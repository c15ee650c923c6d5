import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { Notice } from '~/components/panels'
import { TextFieldPlain } from '~/components/text-field-plain'
import { listAllTiers, TierEditSchema, updateTier } from '~/domain/membership/tiers.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'admin')
  return { tiers: await listAllTiers(db) }
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, 'admin')
  const submission = parseWithZod(await readForm(request), { schema: TierEditSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    const tier = await updateTier(db, { ...submission.value, actorId: admin.id })
    return redirectBackWithFlash(request, { message: msg('{name} saved. New prices apply to people who join from now on.'), values: { name: tier.name } })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

const money = (pence: number | null) => (pence === null ? '' : (pence / 100).toFixed(2))

export const handle: BreadcrumbHandle = { breadcrumb: msg('Membership types and dues') }

export default function AdminTiersPage() {
  const { tiers } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const editedId = (result?.initialValue as { tierId?: string } | undefined)?.tierId
  return (
    <>
      <h1>{t('Membership types and dues')}</h1>
      {tiers.map((tier) => {
        const errors = tier.id === editedId ? (result?.error ?? {}) : {}
        const first = (name: string) => errors[name]?.[0] ?? undefined
        return (
          <section key={tier.id} aria-labelledby={`tier-${tier.id}`} className="card">
            <h2 id={`tier-${tier.id}`}>{tier.name}</h2>
            {tier.id === editedId ? <ServerErrorSummary errors={errors} order={['name', 'description', 'annualPrice', 'monthlyPrice', 'stripeAnnualPriceId', 'stripeMonthlyPriceId']} /> : null}
            <Form method="post">
              <input type="hidden" name="tierId" value={tier.id} />
              <TextFieldPlain name="name" label={t('Name')} defaultValue={tier.name} error={first('name')} width="medium" />
              <TextFieldPlain name="description" label={t('Description')} defaultValue={tier.description} error={first('description')} />
              <TextFieldPlain name="annualPrice" label={t('Yearly price (£)')} defaultValue={money(tier.annualPricePence)} error={first('annualPrice')} width="short" />
              <TextFieldPlain
                name="monthlyPrice"
                label={t('Monthly price (£)')}
                hint={t('Leave blank if this type is paid yearly only.')}
                defaultValue={money(tier.monthlyPricePence)}
                error={first('monthlyPrice')}
                width="short"
              />
              <TextFieldPlain
                name="stripeAnnualPriceId"
                label={t('Stripe price id, yearly (optional)')}
                hint={t('Leave blank and Chorus creates the price in Stripe itself.')}
                defaultValue={tier.stripeAnnualPriceId ?? ''}
                error={first('stripeAnnualPriceId')}
                width="medium"
              />
              <TextFieldPlain
                name="stripeMonthlyPriceId"
                label={t('Stripe price id, monthly (optional)')}
                defaultValue={tier.stripeMonthlyPriceId ?? ''}
                error={first('stripeMonthlyPriceId')}
                width="medium"
              />
              <div className="checkboxes">
                <div className="checkboxes__item">
                  <input type="checkbox" id={`voting-${tier.id}`} name="votingRights" defaultChecked={tier.votingRights} />
                  <label htmlFor={`voting-${tier.id}`}>{t('Carries a vote')}</label>
                </div>
                <div className="checkboxes__item">
                  <input type="checkbox" id={`active-${tier.id}`} name="active" defaultChecked={tier.active} />
                  <label htmlFor={`active-${tier.id}`}>{t('Open to new members')}</label>
                </div>
              </div>
              <button type="submit" className="button button--secondary">
                {t('Save {name}', { name: tier.name })}
              </button>
            </Form>
          </section>
        )
      })}
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Membership types — Chorus') }]
