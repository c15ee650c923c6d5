import { useEffect, useState } from 'react'
import type { Tier } from '../../db/schema/index.ts'
import { formatPounds } from '~/i18n/format.ts'
import { useLocale, useShowText, useT } from '~/i18n/react.tsx'
import { REGULATORS } from '~/domain/membership/registration.ts'
import { NATIONS, SECTORS } from '~/domain/membership/schemas.ts'
import { OPTIONAL_TOPICS } from '~/domain/outbox/topics.ts'
import { ChoiceGroup, SelectField } from './choices.tsx'
import { TextFieldPlain } from './text-field-plain.tsx'

type Errors = Record<string, string[] | null | undefined>
type Values = Record<string, unknown>

const first = (errors: Errors, name: string) => errors[name]?.[0] ?? undefined
const text = (values: Values, name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined)

/** The membership questions of the join form, grouped as GOV.UK forms group them. */
export function MembershipFields({
  tiers,
  errors,
  values,
}: {
  tiers: Pick<Tier, 'id' | 'name' | 'description' | 'annualPricePence' | 'monthlyPricePence' | 'votingRights'>[]
  errors: Errors
  values: Values
}) {
  // Without JavaScript every nation's branches are listed, grouped; with it, only the chosen nation's.
  const [nation, setNation] = useState(text(values, 'nation') ?? '')
  const [scripted, setScripted] = useState(false)
  useEffect(() => setScripted(true), [])
  const shownNations = Object.entries(NATIONS).filter(([id]) => !scripted || !nation || id === nation)
  const t = useT()
  const show = useShowText()
  const locale = useLocale()
  const price = (pence: number) => formatPounds(locale, pence)
  // Each regulator's number as the join form accepts it (see normaliseRegistrationNumber).
  const registrationHint = t('{formats}. Students without one can leave this blank.', {
    formats: Object.values(REGULATORS)
      .map((r) => t('{regulator}: {format}, like {example}', { regulator: show(r.name), format: t(r.format), example: r.example }))
      .join('. '),
  })
  return (
    <>
      <ChoiceGroup
        type="radio"
        name="tierId"
        legend={<h2 className="fieldset__heading">{t('Membership type')}</h2>}
        options={tiers.map((tier) => ({
          value: tier.id,
          label: (
            <>
              <strong>{tier.name}</strong> —{' '}
              {tier.monthlyPricePence
                ? t('{yearly} a year or {monthly} a month', { yearly: price(tier.annualPricePence), monthly: price(tier.monthlyPricePence) })
                : t('{yearly} a year', { yearly: price(tier.annualPricePence) })}
            </>
          ),
          hint: tier.votingRights ? tier.description : t('{description} No vote.', { description: tier.description }),
        }))}
        defaultValue={text(values, 'tierId')}
        error={first(errors, 'tierId')}
      />
      <ChoiceGroup
        type="radio"
        name="interval"
        legend={t('How often do you want to pay?')}
        hint={t('Monthly payment is available for Full and Newly qualified membership.')}
        options={[
          { value: 'year', label: t('Once a year') },
          { value: 'month', label: t('Every month') },
        ]}
        defaultValue={text(values, 'interval') ?? 'year'}
        error={first(errors, 'interval')}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">
          <h2 className="fieldset__heading">{t('Your registration')}</h2>
        </legend>
        <SelectField name="regulator" label={t('Regulator')} hint={t('Who you are registered with as a social worker.')} defaultValue={text(values, 'regulator')} error={first(errors, 'regulator')}>
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
          hint={registrationHint}
          defaultValue={text(values, 'registrationNumber')}
          error={first(errors, 'registrationNumber')}
          width="medium"
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">
          <h2 className="fieldset__heading">{t('Where you work')}</h2>
        </legend>
        <SelectField name="nation" label={t('Nation')} defaultValue={text(values, 'nation')} error={first(errors, 'nation')} onChange={setNation}>
          <option value="">{t('Select a nation')}</option>
          {Object.entries(NATIONS).map(([id, n]) => (
            <option key={id} value={id}>
              {t(n.name)}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="branch"
          label={t('Branch')}
          hint={t('Your local branch meets and elects its own officers. Choose one in the nation you work in.')}
          defaultValue={text(values, 'branch')}
          error={first(errors, 'branch')}
        >
          <option value="">{t('Select a branch')}</option>
          {shownNations.map(([, n]) => (
            <optgroup key={n.name} label={t(n.name)}>
              {n.branches.map((b) => (
                <option key={b} value={b}>
                  {t(b)}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField name="sector" label={t('Sector')} defaultValue={text(values, 'sector')} error={first(errors, 'sector')}>
          <option value="">{t('Select a sector')}</option>
          {Object.entries(SECTORS).map(([id, label]) => (
            <option key={id} value={id}>
              {t(label)}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <ChoiceGroup
        type="checkbox"
        name="topics"
        legend={<h2 className="fieldset__heading">{t('Emails from Chorus')}</h2>}
        hint={t('Choose what you want to hear about. You can change this at any time. Receipts and account emails are always sent.')}
        options={Object.entries(OPTIONAL_TOPICS).map(([value, topic]) => ({ value, label: show(topic.label), hint: show(topic.hint) }))}
        defaultValue={Array.isArray(values.topics) ? (values.topics as string[]) : ['ballots', 'consultations', 'statements']}
      />
      <ChoiceGroup
        type="checkbox"
        name="consentTerms"
        legend={<h2 className="fieldset__heading">{t('Membership terms')}</h2>}
        hint={t('Membership renews automatically until you cancel. You can cancel at any time from your account; we do not refund part years.')}
        options={[{ value: 'on', label: t('I agree to the Chorus membership terms and the code of conduct') }]}
        defaultValue={text(values, 'consentTerms')}
        error={first(errors, 'consentTerms')}
      />
    </>
  )
}
