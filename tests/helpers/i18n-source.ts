import { readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { listCodeFiles } from './code-files.ts'

/**
 * Reads Chorus's source the way the "no strings left behind" test needs: every message handed to
 * the translation functions (`t`, `msg`, `translate`, `<T message>`), and every piece of English
 * written straight into a page, a component, an email or a message a person reads.
 */

export const SCANNED_DIRS = ['app/routes', 'app/components', 'app/domain', 'app/utils', 'app/i18n', 'emails']
export const SCANNED_FILES = ['app/root.tsx']

export function sourceFiles(root = process.cwd()): string[] {
  const code = listCodeFiles(SCANNED_DIRS, root).filter((f) => !/\.test\.tsx?$/.test(f) && !/\.d\.ts$/.test(f) && !/cli\.ts$/.test(f))
  const files = [...SCANNED_FILES, ...code].map((f) => path.join(root, f))
  // The Welsh catalog is the translations themselves; command-line tools speak to operators.
  return files.filter((f) => !f.includes(`${path.sep}i18n${path.sep}cy${path.sep}`) && !OPERATOR_FILES.has(path.relative(root, f))).sort()
}

/** Functions whose first string argument is a message id. */
const MESSAGE_FUNCTIONS = new Set(['t', 'msg', 'translateFor', 'useShowText'])
/** Functions whose second argument is a message id (the first is the language or request). */
const MESSAGE_SECOND = new Set(['translate', 'translateRich', 'translateFor'])

function stringValue(node: ts.Node | undefined): string | null {
  if (!node) return null
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  return null
}

function calleeName(call: ts.CallExpression) {
  const e = call.expression
  if (ts.isIdentifier(e)) return e.text
  if (ts.isPropertyAccessExpression(e)) return e.name.text
  // metaT(args)('…') reads as t('…')
  if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'metaT') return 't'
  return null
}

function parse(file: string) {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
}

/** Every message id written in the source, with where it is. */
export function messagesIn(files: string[]): Map<string, string[]> {
  const found = new Map<string, string[]>()
  const add = (message: string, source: ts.SourceFile, node: ts.Node) => {
    const where = `${path.relative(process.cwd(), source.fileName)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
    found.set(message, [...(found.get(message) ?? []), where])
  }
  for (const file of files) {
    const source = parse(file)
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const name = calleeName(node)
        const first = stringValue(node.arguments[0])
        const second = stringValue(node.arguments[1])
        if (name && MESSAGE_FUNCTIONS.has(name) && first !== null) add(first, source, node)
        else if (name && MESSAGE_SECOND.has(name) && second !== null) add(second, source, node)
      }
      if (ts.isJsxAttribute(node) && node.name.getText() === 'message') {
        const init = node.initializer
        const value = init && ts.isStringLiteral(init) ? init.text : init && ts.isJsxExpression(init) ? stringValue(init.expression) : null
        if (value !== null) add(value, source, node)
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

/** Attributes and properties that never hold words for people. */
const TECHNICAL_ATTRIBUTES = new Set([
  'className',
  'id',
  'name',
  'type',
  'href',
  'to',
  'method',
  'action',
  'autoComplete',
  'rel',
  'role',
  'htmlFor',
  'encType',
  'inputMode',
  'pattern',
  'value',
  'defaultValue',
  'key',
  'lang',
  'hrefLang',
  'target',
  'variant',
  'tone',
  'width',
  'size',
  'as',
  'prefetch',
  'src',
  'media',
  'sizes',
  'charSet',
  'property',
  'dateTime',
  'scope',
  'headers',
  'form',
  'accept',
  'capture',
  'dir',
  'wrap',
  'viewBox',
  'd',
  'fill',
  'stroke',
  'transform',
  'textAnchor',
  'dominantBaseline',
  'preserveAspectRatio',
  'xmlns',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-live',
  'aria-current',
  'aria-hidden',
  'aria-invalid',
  'aria-sort',
  'fontFamily',
  'fontWeight',
  'color',
  'backgroundColor',
  'textAlign',
  'display',
  'padding',
  'margin',
  'border',
  'style',
  'integrity',
  'crossOrigin',
  'download',
  'accessKey',
  'enterKeyHint',
  'autoCapitalize',
  'spellCheck',
  'list',
  'step',
  'min',
  'max',
  'statusText',
  'Vary',
  'Cache-Control',
  'Content-Type',
  'Retry-After',
  'Connection',
  'event',
  'kind',
  'intent',
  'field',
  'code',
  'status',
  'format',
  'mode',
  'sameSite',
  'path',
  'channel',
  'level',
  'layout',
  'unit',
])

/** Calls whose string arguments are for machines or operators, never for the people Chorus serves. */
const TECHNICAL_CALLS = new Set([
  'get',
  'set',
  'has',
  'append',
  'delete',
  'getAll',
  'startsWith',
  'endsWith',
  'includes',
  'split',
  'join',
  'replace',
  'replaceAll',
  'info',
  'warn',
  'error',
  'debug',
  'fatal',
  'trace',
  'log',
  'sql',
  'select',
  'eq',
  'audit',
  'recordAudit',
  'require',
  'import',
  'matchMedia',
  'querySelector',
  'querySelectorAll',
  'addEventListener',
  'removeEventListener',
  'createElement',
  'getElementById',
  'localeCompare',
  'toLocaleString',
  'padStart',
  'padEnd',
  'format',
  'enum',
  'literal',
  'regex',
  'assertNever',
  'invariant',
  'useRouteLoaderData',
  'useFetcher',
  'json',
  'redirect',
  'isRouteErrorResponse',
  'describe',
  'it',
  'test',
  'expect',
  'parseWithZod',
  'useForm',
  'Error',
  'TypeError',
  'RangeError',
  'AbortController',
])

/** HTTP's own reason phrases: protocol, not prose (the error page says what happened). */
const HTTP_REASONS = new Set([
  'Not Found',
  'Forbidden',
  'Bad Request',
  'Payload Too Large',
  'Method Not Allowed',
  'Method not allowed',
  'Unauthorized',
  'Too Many Requests',
  'Service Unavailable',
  'Conflict',
  'Gone',
])

/**
 * Files that speak only to operators and machines: settings checks at start-up, health answers,
 * webhook replies, HTTP headers.
 */
export const OPERATOR_FILES = new Set([
  'app/utils/env.server.ts',
  'app/utils/readiness.server.ts',
  'app/utils/security-headers.server.ts',
  'app/utils/page-cache.server.ts',
  'app/routes/webhooks.resend.ts',
  'app/routes/webhooks.stripe.ts',
  'app/utils/db-unavailable.server.ts',
  // Why a Stripe event changed nothing: for the operator's log.
  'app/domain/membership/stripe-events.ts',
  'app/routes/bench.page.tsx',
])

/** Words that are the same in both languages. */
export const SAME_IN_BOTH = new Set(['Chorus', 'ENDS', 'Cymraeg', 'English', 'OK', 'STV', 'BLT', 'CSV', 'PDF', 'JSON', 'RSS', 'Atom', 'iCalendar', 'TOTP', 'Bacs'])

/** Looks like words a person reads, not a class list, a key, a path or a code. */
export function looksLikeProse(text: string) {
  const trimmed = text.trim()
  if (!trimmed || SAME_IN_BOTH.has(trimmed) || HTTP_REASONS.has(trimmed) || trimmed.includes('=') || trimmed.includes("'self'")) return false
  // Header values: `private, no-store`, `Cookie, Accept-Language`
  if (trimmed.includes(',') && trimmed.split(/[\s,]+/).every((token) => /^[a-z]+$|^[A-Za-z]+(-[A-Za-z]+)+$/.test(token))) return false
  if (/^[\w.:/#?=&%-]*$/.test(trimmed) && !/^[A-Z][a-z]{2,}[.!?]?$/.test(trimmed)) return false
  const tokens = trimmed.split(/\s+/)
  if (tokens.every((token) => /^[a-z0-9_-]+$/.test(token) && /[-_]/.test(token))) return false
  if (tokens.every((token) => /^[a-z0-9_.:-]+$/.test(token)) && tokens.length === 1) return false
  if (/^[A-Z][a-z]{2,}[.!?]?$/.test(trimmed)) return true
  return /[A-Za-z]{2,}[,.;:!?'’]?\s+[A-Za-z'’]{2,}/.test(trimmed)
}

export interface HardCoded {
  where: string
  text: string
}

/** English written straight into the code, outside the translation functions. */
export function hardCodedEnglish(file: string): HardCoded[] {
  const source = parse(file)
  const found: HardCoded[] = []
  const add = (node: ts.Node, text: string) =>
    found.push({ where: `${path.relative(process.cwd(), file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, text: text.trim().slice(0, 80) })
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return
    if (ts.isCallExpression(node)) {
      const name = calleeName(node)
      if (name && (MESSAGE_FUNCTIONS.has(name) || MESSAGE_SECOND.has(name) || TECHNICAL_CALLS.has(name))) return
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && TECHNICAL_CALLS.has(node.expression.text)) return
    if (ts.isTaggedTemplateExpression(node)) return
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText()
      if (TECHNICAL_ATTRIBUTES.has(name) || name.startsWith('data-') || name === 'message') return
    }
    if (ts.isPropertyAssignment(node) && TECHNICAL_ATTRIBUTES.has(node.name.getText().replace(/['"]/g, ''))) return
    if (ts.isBinaryExpression(node) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(node.operatorToken.kind)) return
    if (ts.isCaseClause(node)) {
      node.statements.forEach(visit)
      return
    }
    if (ts.isJsxText(node)) {
      if (looksLikeProse(node.text)) add(node, node.text)
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const parent = node.parent
      const isKey = (ts.isPropertyAssignment(parent) && parent.name === node) || ts.isElementAccessExpression(parent) || ts.isLiteralTypeNode(parent)
      if (!isKey && looksLikeProse(node.text)) add(node, node.text)
    } else if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … ')
      if (looksLikeProse(text.replace(/…/g, ''))) add(node, text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}
