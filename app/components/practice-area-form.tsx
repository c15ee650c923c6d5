import { Form } from '@remix-run/react'
import { ChoiceGroup } from '~/components/choices'
import { PRACTICE_AREAS } from '~/domain/polls/practice-areas'
import { useShowText, useT } from '~/i18n/react'

/** The member's optional practice area, on their membership page. */
export function PracticeAreaForm(props: { current: string | null; error?: string }) {
  const t = useT()
  const show = useShowText()
  return (
    <Form method="post">
      <ChoiceGroup
        type="radio"
        name="practiceArea"
        legend={<h2 className="fieldset__heading">{t('Your main area of practice')}</h2>}
        hint={t('Optional. Chorus uses it only to break down anonymous poll results, never to identify you, and asks you about it in polls for your area.')}
        options={[...Object.entries(PRACTICE_AREAS).map(([value, label]) => ({ value, label: show(label) })), { value: 'none', label: t('Prefer not to say') }]}
        defaultValue={props.current ?? 'none'}
        error={props.error}
      />
      <button type="submit" name="intent" value="update-practice-area" className="button button--secondary">
        {t('Save practice area')}
      </button>
    </Form>
  )
}
