import { Form } from '@remix-run/react'
import { SelectField } from './choices.tsx'
import { TextAreaPlain } from './spokesperson-fields.tsx'
import { TextFieldPlain } from './text-field-plain.tsx'

export const ENQUIRY_FIELD_ORDER = ['name', 'outlet', 'email', 'phone', 'deadline', 'topic', 'question', 'spokespersonId']

/** The media enquiry form: who is asking, by when, and what. Works without JavaScript. */
export function EnquiryForm(props: {
  values: Record<string, string | undefined>
  errors: Record<string, string[] | null | undefined>
  spokespeople: { id: string; name: string; role: string }[]
}) {
  const v = (name: string) => props.values[name] ?? undefined
  const e = (name: string) => props.errors[name]?.[0] ?? undefined
  return (
    <Form method="post" noValidate>
      <TextFieldPlain name="name" label="Your name" autoComplete="name" defaultValue={v('name')} error={e('name')} />
      <TextFieldPlain name="outlet" label="Outlet" hint="The publication, programme or agency you work for, or “freelance”" autoComplete="organization" defaultValue={v('outlet')} error={e('outlet')} />
      <TextFieldPlain name="email" type="email" label="Email address" hint="We will send our answer here." autoComplete="email" defaultValue={v('email')} error={e('email')} />
      <TextFieldPlain name="phone" label="Phone number (optional)" hint="If a spokesperson may call you back" autoComplete="tel" width="medium" defaultValue={v('phone')} error={e('phone')} />
      <TextFieldPlain name="deadline" type="datetime-local" label="Your deadline (UK time)" hint="For example 2026-12-03T16:00" width="medium" defaultValue={v('deadline')} error={e('deadline')} />
      <TextFieldPlain name="topic" label="What is your story about?" hint="A few words, for example: the Hollins Vale serious case review" defaultValue={v('topic')} error={e('topic')} />
      <TextAreaPlain name="question" label="Your question" hint="What you would like Chorus to answer or comment on" defaultValue={v('question')} error={e('question')} rows={6} />
      {props.spokespeople.length ? (
        <SelectField name="spokespersonId" label="Would you like to speak to someone in particular? (optional)" defaultValue={v('spokespersonId')} error={e('spokespersonId')}>
          <option value="">No preference</option>
          {props.spokespeople.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}, {s.role}
            </option>
          ))}
        </SelectField>
      ) : null}
      <button type="submit" className="button button--primary">
        Send enquiry
      </button>
    </Form>
  )
}
