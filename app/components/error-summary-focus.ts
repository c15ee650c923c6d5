import { useFetchers, useNavigation } from '@remix-run/react'
import { useEffect, useRef, type RefObject } from 'react'

const sameSources = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i])

/**
 * Moves focus to a GOV.UK error summary when a submission comes back with errors, once per
 * submission, so keyboard and screen reader users start from the list of problems. `sources`
 * are the error objects the summary shows: a submission's answer (from the server or from
 * validation in the browser) brings new ones, while re-renders and typing in a field before
 * the next submission do not move focus.
 */
export function useFocusAfterSubmission(ref: RefObject<HTMLElement | null>, sources: readonly unknown[], hasErrors: boolean) {
  const latest = useRef(sources)
  latest.current = sources
  /** The errors shown when the form was submitted, until that submission's answer arrives. */
  const pending = useRef<readonly unknown[] | null>(null)
  const navigation = useNavigation()
  const fetchers = useFetchers()
  const busy = navigation.state !== 'idle' || fetchers.some((f) => f.state !== 'idle')

  useEffect(() => {
    const onSubmit = (event: Event) => {
      const form = ref.current?.closest('form')
      if (form && event.target !== form) return
      pending.current = latest.current
    }
    // Capture: seen before the form's own handlers answer (and re-render) in the same tick.
    document.addEventListener('submit', onSubmit, true)
    return () => document.removeEventListener('submit', onSubmit, true)
  }, [ref])

  useEffect(() => {
    const before = pending.current
    if (!before || sameSources(before, sources)) return
    if (hasErrors) {
      pending.current = null
      ref.current?.focus()
    } else if (!busy) {
      pending.current = null
    }
  })
}
