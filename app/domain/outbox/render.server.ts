import { createHash } from 'node:crypto'
import { render } from '@react-email/render'
import { templates, type TemplateName } from '../../../emails/index.ts'
import { DomainError } from '../errors.ts'

/** Marks where per-recipient values go; rendered once, filled in per recipient. */
const SLOT = {
  name: '[[chorus:name]]',
  unsubscribeUrl: '[[chorus:unsubscribe-url]]',
  preferencesUrl: '[[chorus:preferences-url]]',
} as const

export interface RenderedEmail {
  subject: string
  html: string
  text: string
}

export interface Personal {
  name: string
  unsubscribeUrl?: string
  preferencesUrl?: string
}

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(templates, name)
}

const cache = new Map<string, Promise<RenderedEmail>>()
const CACHE_SIZE = 64

/**
 * Renders a template once for everyone who receives the same data: the result holds slots
 * that `personalise` fills per recipient, so 10,000 recipients cost one React render.
 */
export function renderShared(templateName: string, data: unknown, options: { withUnsubscribe: boolean }): Promise<RenderedEmail> {
  if (!isTemplateName(templateName)) throw new DomainError('invalid_input', `Unknown email template "${templateName}"`)
  const key = createHash('sha256').update(JSON.stringify([templateName, data, options.withUnsubscribe])).digest('hex')
  let rendered = cache.get(key)
  if (!rendered) {
    const template = templates[templateName]
    const props = {
      ...(data as object),
      name: SLOT.name,
      ...(options.withUnsubscribe ? { unsubscribeUrl: SLOT.unsubscribeUrl, preferencesUrl: SLOT.preferencesUrl } : {}),
    }
    const element = (template.component as (p: typeof props) => React.ReactElement)(props)
    // The renderer sometimes leaves NUL characters in the preview padding, which PostgreSQL
    // text columns (the dev mailbox) refuse and mail clients show as junk.
    const clean = (s: string) => s.replaceAll('\0', '')
    rendered = Promise.all([render(element), render(element, { plainText: true })]).then(([html, text]) => ({
      subject: (template.subject as (d: unknown) => string)(data),
      html: clean(html),
      text: clean(text),
    }))
    rendered.catch(() => cache.delete(key))
    cache.set(key, rendered)
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  }
  return rendered
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/** Fills the slots for one recipient: escaped in HTML, as-is in text. */
export function personalise(shared: RenderedEmail, personal: Personal): RenderedEmail {
  const fill = (content: string, escape: (v: string) => string) =>
    content
      .replaceAll(SLOT.name, escape(personal.name))
      .replaceAll(SLOT.unsubscribeUrl, escape(personal.unsubscribeUrl ?? ''))
      .replaceAll(SLOT.preferencesUrl, escape(personal.preferencesUrl ?? ''))
  return { subject: shared.subject, html: fill(shared.html, escapeHtml), text: fill(shared.text, (v) => v) }
}

/** Anything still looking like a slot or a missing value after personalising. */
export function unfilledPlaceholders(content: string) {
  return content.match(/\[\[chorus:[a-z-]+\]\]|\bundefined\b|\bnull\b|\{\{[^}]*\}\}|\[object Object\]/g) ?? []
}
