import { ChoiceGroup } from './choices.tsx'
import { FieldFrame, TextFieldPlain } from './text-field-plain.tsx'
import { AVAILABILITY_HELP } from '~/domain/press/availability'
import { NATION_NAMES } from '~/domain/press/contact-schemas'
import { PRESS_TOPICS } from '~/domain/press/topics'
import { useT } from '~/i18n/react'

type Values = Record<string, string | string[] | undefined>
type Errors = Record<string, string[] | null | undefined>

export const SPOKESPERSON_FIELD_ORDER = ['email', 'displayName', 'roleTitle', 'topics', 'nations', 'mediaTrainedOn', 'bio', 'availability']

/** A textarea with label, hint and error, laid out like the other plain fields. */
export function TextAreaPlain(props: { name: string; label: string; hint?: React.ReactNode; error?: string; defaultValue?: string; rows?: number; maxLength?: number }) {
  return (
    <FieldFrame name={props.name} label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          name={props.name}
          className={`textarea${props.error ? ' input--error' : ''}`}
          rows={props.rows ?? 5}
          defaultValue={props.defaultValue}
          aria-describedby={describedBy}
          aria-invalid={props.error ? true : undefined}
        />
      )}
    </FieldFrame>
  )
}

/** The fields of a roster entry, shared by the add and edit pages. */
export function SpokespersonFields(props: { values: Values; errors: Errors; withEmail?: boolean }) {
  const v = (name: string) => {
    const value = props.values[name]
    return Array.isArray(value) ? value.join(', ') : value
  }
  const e = (name: string) => props.errors[name]?.[0] ?? undefined
  const nations = [props.values.nations ?? []].flat()
  const topics = [props.values.topics ?? []].flat()
  const t = useT()
  return (
    <>
      {props.withEmail ? (
        <TextFieldPlain
          name="email"
          type="email"
          label={t('Email address of their Chorus account')}
          hint={t('They must already have an account as a member or officer.')}
          defaultValue={v('email')}
          error={e('email')}
          autoComplete="off"
        />
      ) : null}
      <TextFieldPlain
        name="displayName"
        label={t('Name shown to journalists (optional)')}
        hint={t('Leave blank to use the name on their account.')}
        defaultValue={v('displayName')}
        error={e('displayName')}
      />
      <TextFieldPlain
        name="roleTitle"
        label={t('Role or title')}
        hint={t('For example: Chair of the Practice Council, or Child protection social worker, Leeds')}
        defaultValue={v('roleTitle')}
        error={e('roleTitle')}
      />
      <ChoiceGroup
        type="checkbox"
        name="topics"
        legend={t('Topics they speak on')}
        hint={t("The press room's topics: briefings on these topics list them as spokespeople.")}
        options={Object.entries(PRESS_TOPICS).map(([value, label]) => ({ value, label: t(label) }))}
        defaultValue={topics}
        error={e('topics')}
      />
      <ChoiceGroup
        type="checkbox"
        name="nations"
        legend={t('Nations they can speak about')}
        options={Object.entries(NATION_NAMES).map(([value, label]) => ({ value, label: t(label) }))}
        defaultValue={nations}
        error={e('nations')}
      />
      <ChoiceGroup
        type="checkbox"
        name="mediaTrained"
        legend={t('Media training')}
        options={[{ value: 'yes', label: t('They have had media training') }]}
        defaultValue={v('mediaTrained') === 'yes' ? 'yes' : undefined}
      />
      <FieldFrame name="mediaTrainedOn" label={t('Date of their media training')} hint={t('For example 2026-03-14. Needed if they have had media training.')} error={e('mediaTrainedOn')}>
        {({ id, describedBy }) => (
          <input
            id={id}
            name="mediaTrainedOn"
            type="date"
            className={`input input--medium${e('mediaTrainedOn') ? ' input--error' : ''}`}
            defaultValue={v('mediaTrainedOn')}
            aria-describedby={describedBy}
          />
        )}
      </FieldFrame>
      <TextAreaPlain name="bio" label={t('Short biography (optional)')} hint={t('Up to 600 characters, shown in the press room.')} defaultValue={v('bio')} error={e('bio')} rows={4} />
      <TextAreaPlain
        name="availability"
        label={t('When journalists can reach them (UK time)')}
        hint={
          <>
            {t('One line each: regular weekly times, one-off dates, or time away. For example:')}{' '}
            {AVAILABILITY_HELP.map((h, i) => (
              <span key={h}>
                {i > 0 ? '; ' : ''}
                <code>{h}</code>
              </span>
            ))}
            .
          </>
        }
        defaultValue={v('availability')}
        error={e('availability')}
        rows={5}
      />
    </>
  )
}
