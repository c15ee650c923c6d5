import { ChoiceGroup } from './choices.tsx'
import { FieldFrame, TextFieldPlain } from './text-field-plain.tsx'

type Values = Record<string, string | string[] | undefined>
type Errors = Record<string, string[] | null | undefined>

export const BRIEFING_FIELD_ORDER = ['headline', 'standfirst', 'body', 'keyFacts', ...[1, 2, 3].flatMap((n) => [`quote${n}Text`, `quote${n}Name`, `quote${n}Role`]), 'notesToEditors', 'contactName', 'contactEmail', 'contactPhone', 'topics', 'statementIds']

function TextArea(props: { name: string; label: string; hint?: string; rows?: number; values: Values; errors: Errors }) {
  const error = props.errors[props.name]?.[0] ?? undefined
  return (
    <FieldFrame name={props.name} label={props.label} hint={props.hint} error={error}>
      {({ id, describedBy }) => (
        <textarea id={id} name={props.name} rows={props.rows ?? 4} className="textarea" defaultValue={String(props.values[props.name] ?? '')} aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
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
  return (
    <>
      <TextFieldPlain name="headline" label="Headline" defaultValue={str('headline')} error={first('headline')} />
      <TextArea name="standfirst" label="Standfirst" hint="One or two sentences a journalist can use as they are." rows={3} values={values} errors={errors} />
      <TextArea name="body" label="Key lines" hint="Markdown: “## ” for a heading, “- ” for a bullet." rows={10} values={values} errors={errors} />
      <TextArea name="keyFacts" label="Key facts" hint="One fact per line, with its figure." rows={4} values={values} errors={errors} />
      {[1, 2, 3].map((n) => (
        <fieldset className="fieldset" key={n}>
          <legend className="fieldset__legend">Quote {n}{n > 1 ? ' (optional)' : ''}</legend>
          <TextArea name={`quote${n}Text`} label="What they say" rows={3} values={values} errors={errors} />
          <TextFieldPlain name={`quote${n}Name`} label="Spokesperson’s name" defaultValue={str(`quote${n}Name`)} error={first(`quote${n}Name`)} width="medium" />
          <TextFieldPlain name={`quote${n}Role`} label="Their role" defaultValue={str(`quote${n}Role`)} error={first(`quote${n}Role`)} width="medium" />
        </fieldset>
      ))}
      <TextArea name="notesToEditors" label="Notes to editors" rows={4} values={values} errors={errors} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Press office contact</legend>
        <TextFieldPlain name="contactName" label="Name" defaultValue={str('contactName')} error={first('contactName')} width="medium" />
        <TextFieldPlain name="contactEmail" type="email" label="Email" defaultValue={str('contactEmail')} error={first('contactEmail')} width="medium" />
        <TextFieldPlain name="contactPhone" label="Phone" defaultValue={str('contactPhone')} error={first('contactPhone')} width="medium" />
      </fieldset>
      <ChoiceGroup type="checkbox" name="topics" legend="Topics" hint="Journalists following these topics get the alert." options={props.topics} defaultValue={list('topics')} error={first('topics')} />
      <ChoiceGroup
        type="checkbox"
        name="statementIds"
        legend="Background: position statements"
        hint="Linked at the foot of the briefing. Statements on this kind of story’s topics are marked “Suggested”; tick only those that fit this story."
        options={props.statements.map((s) => ({ value: s.id, label: s.title, ...(s.suggested ? { hint: 'Suggested: on this kind of story’s topics' } : {}) }))}
        defaultValue={list('statementIds')}
        error={first('statementIds')}
      />
    </>
  )
}
