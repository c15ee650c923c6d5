import type { EmailT } from './language.ts'

/** What names a media enquiry in an email: its number (emails queued before carry the English reference). */
export interface EnquiryRef {
  number?: number
  reference?: string
}

/** `Enquiry 42` / `Ymholiad 42`, in the copy's language. */
export const enquiryRefIn = (t: EmailT, p: EnquiryRef) => (p.number != null ? t('Enquiry {n}', { n: String(p.number) }) : (p.reference ?? ''))
