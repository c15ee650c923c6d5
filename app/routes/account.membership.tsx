import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { ChoiceGroup, SelectField } from '~/components/choices'
import { ServerErrorSummary } from '~/components/forms'
import { Notice } from '~/components/panels'
import { TextFieldPlain } from '~/components/text-field-plain'
import { changeTier, updateRegistration } from '~/domain/membership/changes.server'
import { formatPounds } from '~/i18n/format'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { useShowText, useT } from '~/i18n/react'
import { translatorFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { getMembershipForUser, listTiers } from '~/domain/membership/join.server'
import { REGULATORS } from '~/domain/membership/registration'
import { setPracticeArea } from '~/domain/membership/practice-area.server'
import { PRACTICE_AREA_IDS } from '~/domain/polls/practice-areas'
import { PracticeAreaForm } from '~/components/practice-area-form'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { requireUser } from '~/utils/session.server'
import { getStripe } from '~/utils/stripe.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const m = await getMembershipForUser(db, user.id)
  if (!m || m.status === 'resigned') throw redirect('/join')
  const tiers = await listTiers(db)
  const locale = localeOf(request)
  const t = translatorFor(locale)
  const price = (pence: number) => formatPounds(locale, pence)
  return {
    current: {
      practiceArea: m.practiceArea,
      tierId: m.tierId,
      interval: m.interval,
      regulator: m.regulator,
      registrationNumber: m.registrationNumber,
      canChangeTier: m.status === 'active' || m.status === 'past_due',
    },
    tiers: tiers.map((tier) => ({
      id: tier.id,
      name: tier.name,
      price: tier.monthlyPricePence
        ? t('{yearly} a year or {monthly} a month', { yearly: price(tier.annualPricePence), monthly: price(tier.monthlyPricePence) })
        : t('{yearly} a year', { yearly: price(tier.annualPricePence) }),
    })),
  }
}

const Schema = z.discriminatedUnion(
  'intent',
  [
    z.object({
      intent: z.literal('change-tier'),
      tierId: z.string({ error: msg('Select a membership type') }).max(40),
      interval: z.enum(['year', 'month'], { error: msg('Select how often you want to pay') }),
    }),
    z.object({ intent: z.literal('update-practice-area'), practiceArea: z.enum([...PRACTICE_AREA_IDS, 'none'], { error: msg('Choose your main area of practice, or “Prefer not to say”') }) }),
    z.object({
      intent: z.literal('update-registration'),
      regulator: z.enum(['swe', 'sssc', 'scw', 'niscc'], { error: msg('Select your regulator') }),
      registrationNumber: z.string({ error: msg('Enter your registration number') }).max(40, msg('Registration number must be 40 characters or fewer')),
    }),
  ],
  { error: msg('Choose what to do') },
)

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: Schema })
  if (submission.status !== 'success') return invalid(submission)
  const input = submission.value
  try {
    if (input.intent === 'change-tier') {
      const tier = await changeTier(db, getStripe(), { userId: user.id, tierId: input.tierId, interval: input.interval })
      return redirectBackWithFlash(request, { message: msg('You are now a {tier} member. Your next payment is adjusted for the change.'), values: { tier: tier.name } })
    }
    if (input.intent === 'update-practice-area') {
      await setPracticeArea(db, { userId: user.id, practiceArea: input.practiceArea === 'none' ? null : input.practiceArea })
      return redirectBackWithFlash(request, { message: msg('Your practice area is saved.') })
    }
    await updateRegistration(db, { userId: user.id, regulator: input.regulator, registrationNumber: input.registrationNumber })
    return redirectBackWithFlash(request, { message: msg('Registration number saved. An officer will verify it, usually within two working days.') })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export const handle: BreadcrumbHandle = { breadcrumb: msg('Change your membership') }

export default function ChangeMembershipPage() {
  const { current, tiers } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const errors = result?.error ?? {}
  const first = (name: string) => (errors as Record<string, string[]>)[name]?.[0]
  const t = useT()
  const show = useShowText()
  return (
    <div className="narrow">
      <ServerErrorSummary errors={errors} order={['tierId', 'interval', 'practiceArea', 'regulator', 'registrationNumber']} choiceFields={['tierId', 'interval', 'practiceArea']} />
      <h1>{t('Change your membership')}</h1>
      {current.canChangeTier ? (
        <Form method="post">
          <ChoiceGroup
            type="radio"
            name="tierId"
            legend={<h2 className="fieldset__heading">{t('Membership type')}</h2>}
            options={tiers.map((tier) => ({ value: tier.id, label: tier.name, hint: tier.price }))}
            defaultValue={current.tierId}
            error={first('tierId')}
          />
          <ChoiceGroup
            type="radio"
            name="interval"
            legend={t('How often do you want to pay?')}
            options={[
              { value: 'year', label: t('Once a year') },
              { value: 'month', label: t('Every month') },
            ]}
            defaultValue={current.interval}
            error={first('interval')}
          />
          <button type="submit" name="intent" value="change-tier" className="button button--primary">
            {t('Change membership type')}
          </button>
        </Form>
      ) : (
        <p>{t('You can change your membership type once your membership is paid up.')}</p>
      )}
      <PracticeAreaForm current={current.practiceArea} error={first('practiceArea')} />
      <Form method="post">
        <fieldset className="fieldset">
          <legend className="fieldset__legend">
            <h2 className="fieldset__heading">{t('Your registration number')}</h2>
          </legend>
          <SelectField name="regulator" label={t('Regulator')} defaultValue={current.regulator ?? ''} error={first('regulator')}>
            <option value="">{t('Select your regulator')}</option>
            {Object.entries(REGULATORS).map(([id, r]) => (
              <option key={id} value={id}>
                {show(r.name)}
              </option>
            ))}
          </SelectField>
          <TextFieldPlain
            name="registrationNumber"
            label={t('Registration number')}
            hint={t('Changing it means an officer verifies it again before you can vote.')}
            defaultValue={current.registrationNumber ?? ''}
            error={first('registrationNumber')}
            width="medium"
          />
        </fieldset>
        <button type="submit" name="intent" value="update-registration" className="button button--secondary">
          {t('Save registration number')}
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Change your membership — Chorus') }]
