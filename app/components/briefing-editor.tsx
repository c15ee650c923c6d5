import { quoteField } from '~/domain/press/quote-fields'
import { useT } from '~/i18n/react'
import { ChoiceGroup } from './choices.tsx'
import { FieldFrame, TextFieldPlain } from './text-field-plain.tsx'

type Values = Record<string, string | string[] | undefined>
type Errors = Record<string, string[] | null | undefined>

export const BRIEFING_FIELD_ORDER = [
  'headline',
  'standfirst',
  'body',
  'keyFacts',
  ...[1, 2, 3].flatMap((n) => [quoteField(n, 'text'), quoteField(n, 'name'), quoteField(n, 'role')]),
  'notesToEditors',
  'contactName',
  'contactEmail',
  'contactPhone',
  'topics',
  'statementIds',
]

function TextArea(props: { name: string; label: string; hint?: string; rows?: number; values: Values; errors: Errors }) {
  const error = props.errors[props.name]?.[0] ?? undefined
  return (
    <FieldFrame name={props.name} label={props.label} hint={props.hint} error={error}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          name={props.name}
          rows={props.rows ?? 4}
          className="textarea"
          defaultValue={String(props.values[props.name] ?? '')}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
      )}
    </FieldFrame>
  )
}

/** Every field of a briefing, in the order a journalist reads it. Works without JavaScript. */
export function BriefingFieldInputs(props: { values: Values; errors: Errors; topics: { value: string; label: string }[]; statements: { id: string; title: string; suggested?: boolean }[] }) {
  const { values, errors } = props
  const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '')
  const first = (name: string) => errors[name]?.[0] ?? undefined
  const list = (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : str(name) ? [str(name)] : [])
  const t = useT()
  return (
    <>
      <TextFieldPlain name="headline" label={t('Headline')} defaultValue={str('headline')} error={first('headline')} />
      <TextArea name="standfirst" label={t('Standfirst')} hint={t('One or two sentences a journalist can use as they are.')} rows={3} values={values} errors={errors} />
      <TextArea name="body" label={t('Key lines')} hint={t('Markdown: “## ” for a heading, “- ” for a bullet.')} rows={10} values={values} errors={errors} />
      <TextArea name="keyFacts" label={t('Key facts')} hint={t('One fact per line, with its figure.')} rows={4} values={values} errors={errors} />
      {[1, 2, 3].map((n) => (
        <fieldset className="fieldset" key={n}>
          <legend className="fieldset__legend">{n > 1 ? t('Quote {n} (optional)', { n }) : t('Quote {n}', { n })}</legend>
          <TextArea name={quoteField(n, 'text')} label={t('What they say')} rows={3} values={values} errors={errors} />
          <TextFieldPlain name={quoteField(n, 'name')} label={t('Spokesperson’s name')} defaultValue={str(quoteField(n, 'name'))} error={first(quoteField(n, 'name'))} width="medium" />
          <TextFieldPlain name={quoteField(n, 'role')} label={t('Their role')} defaultValue={str(quoteField(n, 'role'))} error={first(quoteField(n, 'role'))} width="medium" />
        </fieldset>
      ))}
      <TextArea name="notesToEditors" label={t('Notes to editors')} rows={4} values={values} errors={errors} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('Press office contact')}</legend>
        <TextFieldPlain name="contactName" label={t('Name')} defaultValue={str('contactName')} error={first('contactName')} width="medium" />
        <TextFieldPlain name="contactEmail" type="email" label={t('Email')} defaultValue={str('contactEmail')} error={first('contactEmail')} width="medium" />
        <TextFieldPlain name="contactPhone" label={t('Phone')} defaultValue={str('contactPhone')} error={first('contactPhone')} width="medium" />
      </fieldset>
      <ChoiceGroup
        type="checkbox"
        name="topics"
        legend={t('Topics')}
        hint={t('Journalists following these topics get the alert.')}
        options={props.topics.map((o) => ({ ...o, label: t(o.label) }))}
        defaultValue={list('topics')}
        error={first('topics')}
      />
      <ChoiceGroup
        type="checkbox"
        name="statementIds"
        legend={t('Background: position statements')}
        hint={t('Linked at the foot of the briefing. Statements on this kind of story’s topics are marked “Suggested”; tick only those that fit this story.')}
        options={props.statements.map((s) => ({ value: s.id, label: s.title, ...(s.suggested ? { hint: t('Suggested: on this kind of story’s topics') } : {}) }))}
        defaultValue={list('statementIds')}
        error={first('statementIds')}
      />
    </>
  )
}
