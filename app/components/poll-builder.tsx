import { ChoiceGroup, SelectField } from '~/components/choices'
import { FieldFrame, TextFieldPlain } from '~/components/text-field-plain'
import { NATIONS } from '~/domain/membership/schemas'
import { NATION_LABELS } from '~/domain/polls/labels'
import { PRACTICE_AREAS } from '~/domain/polls/practice-areas'
import { DURATIONS, MAX_QUESTIONS, QUESTION_KINDS } from '~/domain/polls/questions'
import { useShowText, useT } from '~/i18n/react'

type Values = Record<string, unknown>
const text = (values: Values, name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '')
const many = (values: Values, name: string) => {
  const v = values[name]
  return Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []
}

/** The fields of a new poll: title, up to five questions, the audience and how long it stays open. */
export function PollBuilderFields(props: { values: Values; errors: Record<string, string[] | null | undefined>; tiers: { id: string; name: string }[] }) {
  const t = useT()
  const show = useShowText()
  const { values } = props
  const first = (name: string) => {
    const error = props.errors[name]?.[0]
    return error ? show(error) : undefined
  }
  return (
    <>
      <TextFieldPlain
        name="title"
        label={t('Title')}
        hint={t('Members see it in the email subject, for example “Caseloads this winter”.')}
        defaultValue={text(values, 'title')}
        error={first('title')}
      />
      <h2>{t('Questions')}</h2>
      <p className="hint">{t('Write 1 to 5 questions. Leave the wording blank to leave a question out. The first question can be answered straight from the email.')}</p>
      {Array.from({ length: MAX_QUESTIONS }, (_, i) => i + 1).map((n) => (
        <fieldset className="fieldset" key={n}>
          <legend className="fieldset__legend">
            <h3 className="fieldset__heading">{t('Question {n}', { n })}</h3>
          </legend>
          <TextFieldPlain name={`q${n}wording`} label={t('Wording')} defaultValue={text(values, `q${n}wording`)} error={first(`q${n}wording`)} />
          <SelectField name={`q${n}kind`} label={t('Kind of answer')} defaultValue={text(values, `q${n}kind`) || (n === 1 ? 'agree5' : '')} error={first(`q${n}kind`)}>
            <option value="">{t('Choose a kind of answer')}</option>
            {Object.entries(QUESTION_KINDS).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {show(label)}
              </option>
            ))}
          </SelectField>
          <FieldFrame name={`q${n}options`} label={t('Options, one per line')} hint={t('For one choice or several choices only: 2 to 8 options.')} error={first(`q${n}options`)}>
            {({ id, describedBy }) => <textarea id={id} name={`q${n}options`} className="textarea" rows={4} aria-describedby={describedBy} defaultValue={text(values, `q${n}options`)} />}
          </FieldFrame>
        </fieldset>
      ))}
      <h2>{t('Who is asked')}</h2>
      <p className="hint">{t('Members in good standing. Tick nothing in a group to ask everyone in it.')}</p>
      <ChoiceGroup
        type="checkbox"
        name="nations"
        legend={t('Nations')}
        options={Object.entries(NATION_LABELS).map(([value, label]) => ({ value, label: show(label) }))}
        defaultValue={many(values, 'nations')}
        error={first('nations')}
      />
      <ChoiceGroup
        type="checkbox"
        name="branches"
        legend={t('Branches')}
        options={Object.values(NATIONS).flatMap((nation) => nation.branches.map((b) => ({ value: b, label: show(b), hint: show(nation.name) })))}
        defaultValue={many(values, 'branches')}
        error={first('branches')}
      />
      <ChoiceGroup
        type="checkbox"
        name="tiers"
        legend={t('Membership types')}
        options={props.tiers.map((tier) => ({ value: tier.id, label: tier.name }))}
        defaultValue={many(values, 'tiers')}
        error={first('tiers')}
      />
      <ChoiceGroup
        type="checkbox"
        name="practiceAreas"
        legend={t('Practice areas')}
        hint={t('Only members who have given their practice area on their profile are asked when you tick any.')}
        options={Object.entries(PRACTICE_AREAS).map(([value, label]) => ({ value, label: show(label) }))}
        defaultValue={many(values, 'practiceAreas')}
        error={first('practiceAreas')}
      />
      <ChoiceGroup
        type="radio"
        name="durationHours"
        legend={t('Open for')}
        options={DURATIONS.map((h) => ({ value: String(h), label: t('{hours, plural, one {# hour} other {# hours}}', { hours: h }) }))}
        defaultValue={text(values, 'durationHours') || '24'}
        error={first('durationHours')}
      />
    </>
  )
}
