import type { ReactElement } from 'react'
import PasswordReset from './password-reset.tsx'
import PressAlert from './press-alert.tsx'
import VerifyEmail from './verify-email.tsx'

/** Every template receives its data plus these, filled in per recipient after rendering. */
export interface PersonalProps {
  name: string
  /** Present on non-essential email only. */
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export interface EmailTemplate<Data> {
  component: (props: Data & PersonalProps) => ReactElement
  subject: (data: Data) => string
  /** The data holds a secret (a sign-in link): it is wiped from the outbox once sent. */
  secret?: boolean
  previewProps: Data & PersonalProps
}

function template<Data>(t: EmailTemplate<Data>) {
  return t
}

export const templates = {
  'verify-email': template({
    component: VerifyEmail,
    subject: () => 'Confirm your email address for Chorus',
    secret: true,
    previewProps: VerifyEmail.PreviewProps,
  }),
  'password-reset': template({
    component: PasswordReset,
    subject: () => 'Reset your Chorus password',
    secret: true,
    previewProps: PasswordReset.PreviewProps,
  }),
  'press-alert': template({
    component: PressAlert,
    subject: (data) => `Press briefing: ${data.headline}`,
    previewProps: PressAlert.PreviewProps,
  }),
}

export type TemplateName = keyof typeof templates
export type TemplateData<N extends TemplateName> = Omit<(typeof templates)[N]['previewProps'], keyof PersonalProps>
