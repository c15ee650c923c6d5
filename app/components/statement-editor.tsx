import { Form } from '@remix-run/react'
import { ChoiceGroup } from './choices.tsx'
import { ServerErrorSummary } from './forms.tsx'
import { FieldFrame, TextFieldPlain } from './text-field-plain.tsx'
import { NATION_OPTIONS } from '~/domain/statements/schemas.ts'
import { useT } from '~/i18n/react.tsx'

const EDITOR_ORDER = ['title', 'summary', 'body', 'changeNote', 'topics', 'nations', 'reviewBy']

type Errors = Record<string, string[] | null | undefined>
export type EditorValues = Record<string, string | string[] | undefined>

export function TextArea(props: { name: string; label: string; hint?: string; error?: string; rows: number; defaultValue?: string; lang?: string }) {
  return (
    <FieldFrame name={props.name} label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          name={props.name}
          rows={props.rows}
          className={`textarea${props.error ? ' input--error' : ''}`}
          defaultValue={props.defaultValue}
          aria-describedby={describedBy}
          aria-invalid={props.error ? true : undefined}
          lang={props.lang}
        />
      )}
    </FieldFrame>
  )
}

/**
 * The statement form officers write in. `published` adds the change note a new version needs;
 * "Preview" posts the form and the server renders it exactly as the public page would.
 */
export function StatementEditor(props: { values: EditorValues; errors?: Errors | null; published?: boolean; saveLabel: string }) {
  const t = useT()
  const errors = props.errors ?? {}
  const first = (name: string) => errors[name]?.[0] ?? undefined
  const text = (name: string) => {
    const v = props.values[name]
    return Array.isArray(v) ? v.join(', ') : v
  }
  return (
    <>
      <ServerErrorSummary errors={errors} order={EDITOR_ORDER} choiceFields={['nations']} />
      <Form method="post" noValidate>
        <TextFieldPlain name="title" label={t('Title')} error={first('title')} defaultValue={text('title')} />
        <TextArea
          name="summary"
          label={t('Summary')}
          hint={t('One or two sentences. People read this first, and it goes in search results and links.')}
          rows={3}
          error={first('summary')}
          defaultValue={text('summary')}
        />
        <TextArea
          name="body"
          label={t('Statement')}
          hint={t('Markdown: ## for a heading, **bold**, - for a list, [words](https://…) for a link. Scripts, images and HTML styling are removed.')}
          rows={18}
          error={first('body')}
          defaultValue={text('body')}
        />
        {props.published ? (
          <TextArea
            name="changeNote"
            label={t('What changed in this version')}
            hint={t('Shown in the public version history. Needed when the title, summary or text changes.')}
            rows={2}
            error={first('changeNote')}
            defaultValue={text('changeNote')}
          />
        ) : null}
        <TextFieldPlain
          name="topics"
          label={t('Topics (optional)')}
          hint={t('Separated by commas, for example: workforce, children')}
          error={first('topics')}
          defaultValue={text('topics')}
          width="medium"
        />
        <ChoiceGroup
          type="checkbox"
          name="nations"
          legend={t('Nations it applies to (optional)')}
          hint={t('Leave all unticked if it applies across the UK.')}
          options={NATION_OPTIONS.map((n) => ({ value: n.value, label: t(n.label) }))}
          defaultValue={props.values.nations ?? []}
          error={first('nations')}
        />
        <FieldFrame name="reviewBy" label={t('Review by (optional)')} hint={t('Officers are reminded by email 30 days before. For example 2027-11-30')} error={first('reviewBy')}>
          {({ id, describedBy }) => (
            <input id={id} name="reviewBy" type="date" className={`input input--medium${first('reviewBy') ? ' input--error' : ''}`} defaultValue={text('reviewBy')} aria-describedby={describedBy} />
          )}
        </FieldFrame>
        <div className="button-group">
          <button type="submit" name="intent" value="save" className="button button--primary">
            {props.saveLabel}
          </button>
          <button type="submit" name="intent" value="preview" className="button button--secondary">
            {t('Preview')}
          </button>
        </div>
      </Form>
    </>
  )
}
