import { useFetcher } from '@remix-run/react'
import { useEffect, useRef, type RefObject } from 'react'
import { useT } from '~/i18n/react'
import { formatLondonTime } from '~/utils/london-time'

/**
 * Saves a form in the background a moment after the officer stops typing (only with JavaScript;
 * without it the form's own Save button does the same). Says what happened in a live region.
 */
export function AutosaveStatus(props: { formRef: RefObject<HTMLFormElement | null>; enabled: boolean; delayMs?: number }) {
  // The form's reply: `success` when the draft was saved, `error` (with its messages) when refused.
  const fetcher = useFetcher<{ status?: 'success' | 'error' }>()
  const timer = useRef<ReturnType<typeof setTimeout>>()
  const submit = fetcher.submit
  const t = useT()
  useEffect(() => {
    const form = props.formRef.current
    if (!form || !props.enabled) return
    const onInput = () => {
      clearTimeout(timer.current)
      timer.current = setTimeout(() => {
        const data = new FormData(form)
        data.set('intent', 'autosave')
        submit(data, { method: 'post' })
      }, props.delayMs ?? 1200)
    }
    form.addEventListener('input', onInput)
    form.addEventListener('change', onInput)
    return () => {
      clearTimeout(timer.current)
      form.removeEventListener('input', onInput)
      form.removeEventListener('change', onInput)
    }
  }, [props.formRef, props.enabled, props.delayMs, submit])
  const status =
    fetcher.state !== 'idle'
      ? t('Saving…')
      : fetcher.data
        ? fetcher.data.status === 'success'
          ? t('Draft saved automatically at {time}', { time: formatLondonTime(new Date(), { seconds: true }) })
          : t('Not saved: check the fields marked below, then press Save draft.')
        : ''
  return (
    <p className="autosave-status meta" role="status" aria-live="polite" data-testid="autosave-status">
      {status}
    </p>
  )
}
