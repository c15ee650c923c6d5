import { Body, Button, Container, Head, Hr, Html, Link, Preview, Section, Text } from '@react-email/components'
import type { ReactNode } from 'react'

export const POSTAL_ADDRESS = 'Chorus, 1 Civic Square, London EC1A 1AA'

/** The frame every Chorus email shares: name, body, and a footer saying why it was sent. */
export function EmailLayout(props: {
  preview: string
  children: ReactNode
  reason: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Section style={masthead}>
            <Text style={brand}>Chorus</Text>
          </Section>
          <Section style={content}>{props.children}</Section>
          <Hr style={rule} />
          <Text style={footer}>{props.reason}</Text>
          {props.unsubscribeUrl ? (
            <Text style={footer}>
              <Link href={props.unsubscribeUrl} style={footerLink}>
                Unsubscribe from these emails
              </Link>
              {props.preferencesUrl ? (
                <>
                  {' · '}
                  <Link href={props.preferencesUrl} style={footerLink}>
                    Choose which emails you get
                  </Link>
                </>
              ) : null}
            </Text>
          ) : null}
          <Text style={footer}>{POSTAL_ADDRESS}</Text>
        </Container>
      </Body>
    </Html>
  )
}

const font = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif'
const body = { backgroundColor: '#f3f2f1', fontFamily: font, margin: 0, padding: '24px 0' }
const container = { backgroundColor: '#ffffff', maxWidth: '560px', margin: '0 auto' }
const masthead = { backgroundColor: '#1d3557', padding: '16px 24px' }
const brand = { color: '#ffffff', fontSize: '22px', fontWeight: 700, margin: 0 }
const content = { padding: '8px 24px', color: '#0b0c0c', fontSize: '17px', lineHeight: '1.5' }
const rule = { borderColor: '#b1b4b6', margin: '16px 24px' }
const footerLink = { color: '#1d3557', textDecoration: 'underline' }
const footer = { color: '#505a5f', fontSize: '14px', lineHeight: '1.4', padding: '0 24px' }

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
  return (
    <>
      <Button href={props.href} style={buttonStyle}>
        {props.children}
      </Button>
      <Text>
        {props.linkText ?? 'Or go to:'} {props.href}
      </Text>
    </>
  )
}
