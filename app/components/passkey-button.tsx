import { browserSupportsWebAuthn, startAuthentication, startRegistration } from '@simplewebauthn/browser'
import { useFetcher, useSubmit } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { useT } from '~/i18n/react'

interface PasskeyButtonProps {
  /** Make a new passkey, or use one to finish signing in. */
  mode: 'register' | 'sign-in'
  /** Already in the page's language. */
  label: string
  /** Sent with the answer (e.g. the passkey's name, where to go next). */
  fields?: Record<string, string>
}

/**
 * Runs a passkey ceremony: asks this page's action for options (`intent=passkey-options`), lets
 * the browser and the device do their part, then posts the device's answer to the same action
 * (`intent=passkey`, `response` as JSON). Shown only where the browser has passkeys; the form
 * beside it (a code from the app) works everywhere else, and without JavaScript.
 */
export function PasskeyButton({ mode, label, fields = {} }: PasskeyButtonProps) {
  // Sign-in answers a refusal as `problem`, the two-step page as `error`: either is said beside the button.
  const fetcher = useFetcher<{ options?: unknown; problem?: string; error?: string }>()
  const submit = useSubmit()
  const t = useT()
  const [supported, setSupported] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => setSupported(browserSupportsWebAuthn()), [])

  const options = fetcher.data?.options
  useEffect(() => {
    if (!options) return
    let cancelled = false
    const run = async () => {
      try {
        const response = mode === 'register' ? await startRegistration({ optionsJSON: options as never }) : await startAuthentication({ optionsJSON: options as never })
        if (!cancelled) submit({ ...fields, intent: 'passkey', response: JSON.stringify(response) }, { method: 'post' })
      } catch {
        if (!cancelled)
          setProblem(
            mode === 'register' ? t('No passkey was made. Try again, or use another device.') : t('Your device did not use a passkey. Try again, or enter the code from your authenticator app.'),
          )
      }
    }
    void run()
    return () => {
      cancelled = true
    }
    // `fields` is read when the device answers; a new set of options is what starts a ceremony.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options, mode, submit, t])

  if (!supported) return null
  const shown = problem ?? fetcher.data?.problem ?? fetcher.data?.error ?? null
  return (
    <div className="passkey">
      {shown ? (
        <p className="error-message" role="alert">
          {shown}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        disabled={fetcher.state !== 'idle'}
        onClick={() => {
          setProblem(null)
          fetcher.submit({ intent: 'passkey-options' }, { method: 'post' })
        }}
      >
        {label}
      </button>
    </div>
  )
}
