import { createHash } from 'node:crypto'
import { render } from '@react-email/render'
import { createElement, type ReactElement } from 'react'
import { templates, type TemplateName } from '../../../emails/index.ts'
import { emailT, type EmailLanguage, linksIn, urlIn } from '../../../emails/components/language.ts'
import { BilingualLayout, EmailLayout, type EmailLayoutProps } from '../../../emails/components/layout.tsx'
import type { Locale } from '~/i18n/locale.ts'
import '~/i18n/server.ts'

/** Marks where per-recipient values go; rendered once, filled in per recipient. */
const SLOT = {
  name: '[[chorus:name]]',
  unsubscribeUrl: '[[chorus:unsubscribe-url]]',
  preferencesUrl: '[[chorus:preferences-url]]',
  /** The same links in the Welsh copy: the Welsh pages of the same addresses. */
  unsubscribeUrlCy: '[[chorus:unsubscribe-url-cy]]',
  preferencesUrlCy: '[[chorus:preferences-url-cy]]',
} as const

export interface RenderedEmail {
  subject: string
  html: string
  text: string
  /** The site's origin, whose addresses the Welsh copy points at the Welsh pages of. */
  origin?: string
}

export interface Personal {
  name: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export interface RenderOptions {
  withUnsubscribe: boolean
  /** Welsh, English, or both (Welsh first) for someone who has not chosen. */
  language: EmailLanguage
  /** The site's public origin (APP_URL): its addresses become Welsh pages in the Welsh copy. */
  origin?: string
}

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(templates, name)
}

const cache = new Map<string, Promise<RenderedEmail>>()
const CACHE_SIZE = 64

/** The data a template is rendered from: a queued `locale` only chose the language. */
function templateData(data: unknown): Record<string, unknown> {
  const { locale: _locale, ...rest } = (data ?? {}) as Record<string, unknown>
  return rest
}

/**
 * Renders a template once for everyone who receives the same data in the same language: the
 * result holds slots that `personalise` fills per recipient, so 10,000 recipients cost one React
 * render per language.
 */
export function renderShared(templateName: string, data: unknown, options: RenderOptions): Promise<RenderedEmail> {
  if (!isTemplateName(templateName)) throw new Error(`Unknown email template "${templateName}"`)
  const base = templateData(data)
  const origin = options.origin?.replace(/\/$/, '')
  const key = createHash('sha256')
    .update(JSON.stringify([templateName, base, options.withUnsubscribe, options.language, origin ?? null]))
    .digest('hex')
  let rendered = cache.get(key)
  if (!rendered) {
    const template = templates[templateName]
    const component = template.component as unknown as (p: Record<string, unknown>) => ReactElement
    const subject = (locale: Locale) => (template.subject as (d: unknown, t: ReturnType<typeof emailT>, l: Locale) => string)(base, emailT(locale), locale)
    const copyIn = (locale: Locale) => {
      const element = component({
        ...linksIn(locale, base, origin),
        name: SLOT.name,
        ...(options.withUnsubscribe
          ? locale === 'cy'
            ? { unsubscribeUrl: SLOT.unsubscribeUrlCy, preferencesUrl: SLOT.preferencesUrlCy }
            : { unsubscribeUrl: SLOT.unsubscribeUrl, preferencesUrl: SLOT.preferencesUrl }
          : {}),
        t: emailT(locale),
        locale,
      })
      if (element.type !== EmailLayout) throw new Error(`Email template "${templateName}" must return an EmailLayout`)
      return element as ReactElement<EmailLayoutProps>
    }
    const element = options.language === 'both' ? createElement(BilingualLayout, { parts: [copyIn('cy'), copyIn('en')] }) : copyIn(options.language)
    // React Email's preview padding can contain NUL characters, which PostgreSQL text refuses.
    rendered = Promise.all([render(element), render(element, { plainText: true })]).then(([html, text]) => ({
      subject: options.language === 'both' ? `${subject('cy')} / ${subject('en')}` : subject(options.language),
      html: html.replaceAll('\u0000', ''),
      text: text.replaceAll('\u0000', ''),
      origin,
    }))
    rendered.catch(() => cache.delete(key))
    cache.set(key, rendered)
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  }
  return rendered
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/** Fills the slots for one recipient: escaped in HTML, as-is in text. */
export function personalise(shared: RenderedEmail, personal: Personal): RenderedEmail {
  const welsh = (url: string | undefined) => urlIn('cy', url ?? '', shared.origin)
  const fill = (content: string, escape: (v: string) => string) =>
    content
      .replaceAll(SLOT.name, escape(personal.name))
      .replaceAll(SLOT.unsubscribeUrlCy, escape(welsh(personal.unsubscribeUrl)))
      .replaceAll(SLOT.preferencesUrlCy, escape(welsh(personal.preferencesUrl)))
      .replaceAll(SLOT.unsubscribeUrl, escape(personal.unsubscribeUrl ?? ''))
      .replaceAll(SLOT.preferencesUrl, escape(personal.preferencesUrl ?? ''))
  return { subject: shared.subject, html: fill(shared.html, escapeHtml), text: fill(shared.text, (v) => v) }
}

/** Anything still looking like a slot or a missing value after personalising. */
export function unfilledPlaceholders(content: string) {
  return content.match(/\[\[chorus:[a-z-]+\]\]|\bundefined\b|\bnull\b|\{\{[^}]*\}\}|\[object Object\]/g) ?? []
}
