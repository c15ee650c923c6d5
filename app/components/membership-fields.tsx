import { useEffect, useState } from 'react'
import type { Tier } from '../../db/schema/index.ts'
import { pounds } from '../domain/membership/format.ts'
import { REGULATORS } from '../domain/membership/registration.ts'
import { NATIONS, SECTORS } from '../domain/membership/schemas.ts'
import { OPTIONAL_TOPICS } from '../domain/outbox/topics.ts'
import { ChoiceGroup, SelectField } from './choices.tsx'
import { TextFieldPlain } from './text-field-plain.tsx'

type Errors = Record<string, string[] | null | undefined>
type Values = Record<string, unknown>

const first = (errors: Errors, name: string) => errors[name]?.[0] ?? undefined
const text = (values: Values, name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined)

/** Each regulator's number as the join form accepts it (see normaliseRegistrationNumber). */
const REGISTRATION_HINT = `${Object.values(REGULATORS)
  .map((r) => `${r.name}: ${r.format}, like ${r.example}`)
  .join('. ')}. Students without one can leave this blank.`

/** The membership questions of the join form, grouped as GOV.UK forms group them. */
export function MembershipFields({ tiers, errors, values }: { tiers: Pick<Tier, 'id' | 'name' | 'description' | 'annualPricePence' | 'monthlyPricePence' | 'votingRights'>[]; errors: Errors; values: Values }) {
  // Without JavaScript every nation's branches are listed, grouped; with it, only the chosen nation's.
  const [nation, setNation] = useState(text(values, 'nation') ?? '')
  const [scripted, setScripted] = useState(false)
  useEffect(() => setScripted(true), [])
  const shownNations = Object.entries(NATIONS).filter(([id]) => !scripted || !nation || id === nation)
  return (
    <>
      <ChoiceGroup
        type="radio"
        name="tierId"
        legend={<h2 className="fieldset__heading">Membership type</h2>}
        options={tiers.map((t) => ({
          value: t.id,
          label: (
            <>
              <strong>{t.name}</strong> — {pounds(t.annualPricePence)} a year
              {t.monthlyPricePence ? ` or ${pounds(t.monthlyPricePence)} a month` : ''}
            </>
          ),
          hint: `${t.description}${t.votingRights ? '' : ' No vote.'}`,
        }))}
        defaultValue={text(values, 'tierId')}
        error={first(errors, 'tierId')}
      />
      <ChoiceGroup
        type="radio"
        name="interval"
        legend="How often do you want to pay?"
        hint="Monthly payment is available for Full and Newly qualified membership."
        options={[
          { value: 'year', label: 'Once a year' },
          { value: 'month', label: 'Every month' },
        ]}
        defaultValue={text(values, 'interval') ?? 'year'}
        error={first(errors, 'interval')}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">
          <h2 className="fieldset__heading">Your registration</h2>
        </legend>
        <SelectField name="regulator" label="Regulator" hint="Who you are registered with as a social worker." defaultValue={text(values, 'regulator')} error={first(errors, 'regulator')}>
          <option value="">Select your regulator</option>
          {Object.entries(REGULATORS).map(([id, r]) => (
            <option key={id} value={id}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <TextFieldPlain
          name="registrationNumber"
          label="Registration number"
          hint={REGISTRATION_HINT}
          defaultValue={text(values, 'registrationNumber')}
          error={first(errors, 'registrationNumber')}
          width="medium"
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">
          <h2 className="fieldset__heading">Where you work</h2>
        </legend>
        <SelectField name="nation" label="Nation" defaultValue={text(values, 'nation')} error={first(errors, 'nation')} onChange={setNation}>
          <option value="">Select a nation</option>
          {Object.entries(NATIONS).map(([id, n]) => (
            <option key={id} value={id}>
              {n.name}
            </option>
          ))}
        </SelectField>
        <SelectField name="branch" label="Branch" hint="Your local branch meets and elects its own officers. Choose one in the nation you work in." defaultValue={text(values, 'branch')} error={first(errors, 'branch')}>
          <option value="">Select a branch</option>
          {shownNations.map(([, n]) => (
            <optgroup key={n.name} label={n.name}>
              {n.branches.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField name="sector" label="Sector" defaultValue={text(values, 'sector')} error={first(errors, 'sector')}>
          <option value="">Select a sector</option>
          {Object.entries(SECTORS).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <ChoiceGroup
        type="checkbox"
        name="topics"
        legend={<h2 className="fieldset__heading">Emails from Chorus</h2>}
        hint="Choose what you want to hear about. You can change this at any time. Receipts and account emails are always sent."
        options={Object.entries(OPTIONAL_TOPICS).map(([value, t]) => ({ value, label: t.label, hint: t.hint }))}
        defaultValue={Array.isArray(values.topics) ? (values.topics as string[]) : ['ballots', 'consultations', 'statements']}
      />
      <ChoiceGroup
        type="checkbox"
        name="consentTerms"
        legend={<h2 className="fieldset__heading">Membership terms</h2>}
        hint="Membership renews automatically until you cancel. You can cancel at any time from your account; we do not refund part years."
        options={[{ value: 'on', label: 'I agree to the Chorus membership terms and the code of conduct' }]}
        defaultValue={text(values, 'consentTerms')}
        error={first(errors, 'consentTerms')}
      />
    </>
  )
}
