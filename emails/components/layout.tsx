import { Body, Button, Container, Head, Hr, Html, Link, Preview, Section, Text } from '@react-email/components'
import { type ReactElement, type ReactNode, useContext } from 'react'
import { type Locale, LANGUAGE_NAMES, languageTag } from '../../app/i18n/locale.ts'
import { translate } from '../../app/i18n/translate.ts'
import { EmailLocaleContext } from './language.ts'

/** Chorus's postal address, in the email's language (a message: the common catalog has its Welsh). */
export const postalAddress = (locale: Locale) => translate(locale, 'Chorus, 1 Civic Square, London EC1A 1AA')

export interface EmailLayoutProps {
  /** The language this copy is written in. */
  locale: Locale
  preview: string
  children: ReactNode
  reason: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

/** The frame every Chorus email shares: name, body, and a footer saying why it was sent. */
export function EmailLayout(props: EmailLayoutProps) {
  return (
    <Html lang={languageTag(props.locale)}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Masthead />
          <LayoutPart {...props} />
        </Container>
      </Body>
    </Html>
  )
}

/**
 * One email in both languages for someone who has not chosen: Welsh first, then English, each
 * part marked with its `lang` and its own footer, a clear rule between them. `parts` are what the
 * template made in each language (its EmailLayout elements), so the wording is the template's own.
 */
export function BilingualLayout(props: { parts: ReactElement<EmailLayoutProps>[] }) {
  const parts = props.parts.map((part) => part.props)
  return (
    <Html lang={languageTag(parts[0].locale)}>
      <Head />
      <Preview>{parts.map((p) => p.preview).join(' / ')}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Masthead />
          <Text style={languageNote}>
            {parts.map((p, i) => (
              <span key={p.locale} lang={languageTag(p.locale)}>
                {i > 0 ? ' / ' : ''}
                {translate(p.locale, 'This email is in Welsh, then English.')}
              </span>
            ))}
          </Text>
          {parts.map((p, i) => (
            <Section key={p.locale} lang={languageTag(p.locale)}>
              {i > 0 ? <Hr style={languageRule} /> : null}
              <Text lang={languageTag(p.locale)} style={languageLabel}>
                {LANGUAGE_NAMES[p.locale]}
              </Text>
              <LayoutPart {...p} />
            </Section>
          ))}
        </Container>
      </Body>
    </Html>
  )
}

function Masthead() {
  return (
    <Section style={masthead}>
      <Text style={brand}>Chorus</Text>
    </Section>
  )
}

/** The body and footer of one language's copy. */
function LayoutPart(props: EmailLayoutProps) {
  const t = (message: string) => translate(props.locale, message)
  return (
    <EmailLocaleContext.Provider value={props.locale}>
      <Section style={content}>{props.children}</Section>
      <Hr style={rule} />
      <Text style={footer}>{props.reason}</Text>
      {props.unsubscribeUrl ? (
        <Text style={footer}>
          <Link href={props.unsubscribeUrl} style={footerLink}>
            {t('Unsubscribe from these emails')}
          </Link>
          {props.preferencesUrl ? (
            <>
              {' · '}
              <Link href={props.preferencesUrl} style={footerLink}>
                {t('Choose which emails you get')}
              </Link>
            </>
          ) : null}
        </Text>
      ) : null}
      <Text style={footer}>{postalAddress(props.locale)}</Text>
    </EmailLocaleContext.Provider>
  )
}

const body = { backgroundColor: '#f3f2f1', fontFamily: '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif', margin: 0, padding: '24px 0' }
const container = { backgroundColor: '#ffffff', maxWidth: '560px', margin: '0 auto' }
const masthead = { backgroundColor: '#1d3557', padding: '16px 24px' }
const brand = { color: '#ffffff', fontSize: '22px', fontWeight: 700, margin: 0 }
const content = { padding: '8px 24px', color: '#0b0c0c', fontSize: '17px', lineHeight: '1.5' }
const rule = { borderColor: '#b1b4b6', margin: '16px 24px' }
const footerLink = { color: '#1d3557', textDecoration: 'underline' }
const footer = { color: '#505a5f', fontSize: '14px', lineHeight: '1.4', padding: '0 24px' }
const languageNote = { color: '#505a5f', fontSize: '14px', padding: '0 24px', margin: '12px 0 0' }
const languageRule = { borderColor: '#1d3557', borderTopWidth: '4px', margin: '24px 0' }
const languageLabel = { color: '#1d3557', fontSize: '14px', fontWeight: 700, textTransform: 'uppercase' as const, letterSpacing: '0.05em', padding: '0 24px', margin: '16px 0 0' }

export const buttonStyle = {
  backgroundColor: '#1d3557',
  color: '#ffffff',
  padding: '12px 20px',
  fontWeight: 700,
  textDecoration: 'none',
  display: 'inline-block',
}
export const headingStyle = { fontSize: '24px', fontWeight: 700, margin: '16px 0 8px' }

/** The email's one action: a button, then the address written out for clients that hide buttons. */
export function CallToAction(props: { href: string; children: ReactNode; linkText?: string }) {
  const locale = useContext(EmailLocaleContext)
  return (
    <>
      <Button href={props.href} style={buttonStyle}>
        {props.children}
      </Button>
      <Text>
        {props.linkText ?? translate(locale, 'Or go to:')} {props.href}
      </Text>
    </>
  )
}
