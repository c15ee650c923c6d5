import { browserSupportsWebAuthn, startAuthentication, startRegistration } from '@simplewebauthn/browser'
import { Form, useFetcher } from '@remix-run/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { replyProblems } from '~/components/forms'
import { useShowText, useT } from '~/i18n/react'

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
 * (`intent=passkey`, `response` as JSON) as the page's own form would, so a refusal comes back to
 * the page's error summary. A refusal of the options (the action's reply) is said beside the
 * button. Shown only where the browser has passkeys; the form beside it (a code from the app)
 * works everywhere else, and without JavaScript.
 */
export function PasskeyButton({ mode, label, fields = {} }: PasskeyButtonProps) {
  // The options on success; on refusal, the action's reply (`submission.reply()`).
  const fetcher = useFetcher<{ options?: unknown; error?: Record<string, string[] | null> | null }>()
  const answerForm = useRef<HTMLFormElement>(null)
  const answerField = useRef<HTMLInputElement>(null)
  const t = useT()
  const show = useShowText()
  const [supported, setSupported] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => setSupported(browserSupportsWebAuthn()), [])

  const options = fetcher.data?.options
  useEffect(() => {
    if (!options) return
    let cancelled = false
    const run = async () => {
      let response: unknown
      try {
        response = mode === 'register' ? await startRegistration({ optionsJSON: options as never }) : await startAuthentication({ optionsJSON: options as never })
      } catch {
        if (!cancelled)
          setProblem(
            mode === 'register' ? t('No passkey was made. Try again, or use another device.') : t('Your device did not use a passkey. Try again, or enter the code from your authenticator app.'),
          )
        return
      }
      if (cancelled || !answerForm.current || !answerField.current) return
      answerField.current.value = JSON.stringify(response)
      answerForm.current.requestSubmit()
    }
    void run()
    return () => {
      cancelled = true
    }
    // A new set of options is what starts a ceremony.
  }, [options, mode, t])

  const refused = useMemo(() => replyProblems(fetcher.data), [fetcher.data])
  if (!supported) return null
  const shown = problem ? [problem] : [...new Set(refused.map(show))]
  return (
    <div className="passkey">
      {shown.length ? (
        <div role="alert">
          {shown.map((message) => (
            <p className="error-message" key={message}>
              {message}
            </p>
          ))}
        </div>
      ) : null}
      <Form method="post" ref={answerForm} hidden>
        {Object.entries(fields).map(([name, value]) => (
          <input type="hidden" name={name} value={value} key={name} />
        ))}
        <input type="hidden" name="intent" value="passkey" />
        <input type="hidden" name="response" ref={answerField} defaultValue="" />
      </Form>
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
