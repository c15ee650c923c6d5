import type { ReactNode } from 'react'
import { Form } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { TextArea } from '~/components/statement-editor'
import { TextFieldPlain } from '~/components/text-field-plain'
import { useT } from '~/i18n/react'

export interface WelshField {
  name: string
  /** A message id, translated here. */
  label: string
  hint?: string
  /** A single line (a title, a headline) or a text area of this many rows. */
  rows?: number
}

/**
 * The officers' Welsh editor: the English as it reads on the left, the Welsh form on the right
 * (one above the other on a phone), one error summary over both. Statements and briefings use it.
 */
export function WelshSideBySide(props: {
  english: ReactNode
  fields: WelshField[]
  values: Record<string, string>
  errors: Record<string, string[] | null>
  /** Shown instead of the form when the Welsh can no longer change. */
  closed?: ReactNode
}) {
  const t = useT()
  const first = (name: string) => props.errors[name]?.[0]
  return (
    <>
      <ServerErrorSummary errors={props.errors} order={props.fields.map((f) => f.name)} />
      <div className="side-by-side">
        <section aria-labelledby="english-heading">
          <h2 id="english-heading">{t('English')}</h2>
          <div lang="en-GB">{props.english}</div>
        </section>
        <section aria-labelledby="welsh-heading">
          <h2 id="welsh-heading">{t('Welsh')}</h2>
          {props.closed ?? (
            <Form method="post" noValidate>
              {props.fields.map((f) =>
                f.rows ? (
                  <TextArea key={f.name} name={f.name} label={t(f.label)} hint={f.hint ? t(f.hint) : undefined} lang="cy" rows={f.rows} error={first(f.name)} defaultValue={props.values[f.name]} />
                ) : (
                  <TextFieldPlain key={f.name} name={f.name} label={t(f.label)} lang="cy" error={first(f.name)} defaultValue={props.values[f.name]} />
                ),
              )}
              <button type="submit" className="button button--primary">
                {t('Save the Welsh version')}
              </button>
            </Form>
          )}
        </section>
      </div>
    </>
  )
}
