import { useT } from '~/i18n/react.tsx'

/** A statement's wording as the public reads it: summary first, then the sanitised body. */
export function StatementText(props: { summary: string; html: string }) {
  return (
    <>
      <p className="lead">{props.summary}</p>
      <div className="prose" dangerouslySetInnerHTML={{ __html: props.html }} />
    </>
  )
}

/** The officer's preview: the same rendering the public page uses, framed so it is not mistaken for the form. */
export function StatementPreview(props: { title: string; summary: string; html: string }) {
  const t = useT()
  return (
    <section className="preview" aria-labelledby="preview-heading" id="preview">
      <h2 id="preview-heading" className="preview__label">
        {t('Preview: how the public page will read')}
      </h2>
      <p className="preview__title">{props.title}</p>
      <StatementText summary={props.summary} html={props.html} />
    </section>
  )
}
