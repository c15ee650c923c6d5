import { Form } from '@remix-run/react'
import { useT } from '~/i18n/react'
import { SelectField } from './choices.tsx'
import { TextAreaPlain } from './spokesperson-fields.tsx'
import { TextFieldPlain } from './text-field-plain.tsx'

export const ENQUIRY_FIELD_ORDER = ['name', 'outlet', 'email', 'phone', 'deadline', 'topic', 'question', 'spokespersonId']

/** The media enquiry form: who is asking, by when, and what. Works without JavaScript. */
export function EnquiryForm(props: { values: Record<string, string | undefined>; errors: Record<string, string[] | null | undefined>; spokespeople: { id: string; name: string; role: string }[] }) {
  const v = (name: string) => props.values[name] ?? undefined
  const e = (name: string) => props.errors[name]?.[0] ?? undefined
  const t = useT()
  return (
    <Form method="post" noValidate>
      <TextFieldPlain name="name" label={t('Your name')} autoComplete="name" defaultValue={v('name')} error={e('name')} />
      <TextFieldPlain
        name="outlet"
        label={t('Outlet')}
        hint={t('The publication, programme or agency you work for, or “freelance”')}
        autoComplete="organization"
        defaultValue={v('outlet')}
        error={e('outlet')}
      />
      <TextFieldPlain name="email" type="email" label={t('Email address')} hint={t('We will send our answer here.')} autoComplete="email" defaultValue={v('email')} error={e('email')} />
      <TextFieldPlain
        name="phone"
        label={t('Phone number (optional)')}
        hint={t('If a spokesperson may call you back')}
        autoComplete="tel"
        width="medium"
        defaultValue={v('phone')}
        error={e('phone')}
      />
      <TextFieldPlain
        name="deadline"
        type="datetime-local"
        label={t('Your deadline (UK time)')}
        hint={t('For example 2026-12-03T16:00')}
        width="medium"
        defaultValue={v('deadline')}
        error={e('deadline')}
      />
      <TextFieldPlain name="topic" label={t('What is your story about?')} hint={t('A few words, for example: the Hollins Vale serious case review')} defaultValue={v('topic')} error={e('topic')} />
      <TextAreaPlain name="question" label={t('Your question')} hint={t('What you would like Chorus to answer or comment on')} defaultValue={v('question')} error={e('question')} rows={6} />
      {props.spokespeople.length ? (
        <SelectField name="spokespersonId" label={t('Would you like to speak to someone in particular? (optional)')} defaultValue={v('spokespersonId')} error={e('spokespersonId')}>
          <option value="">{t('No preference')}</option>
          {props.spokespeople.map((s) => (
            <option key={s.id} value={s.id}>
              {`${s.name}, ${s.role}`}
            </option>
          ))}
        </SelectField>
      ) : null}
      <button type="submit" className="button button--primary">
        {t('Send enquiry')}
      </button>
    </Form>
  )
}
