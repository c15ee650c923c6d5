import { inflateSync } from 'node:zlib'

/**
 * The text a PDF made by pdfkit shows, line by line, as a reader would copy it: each embedded
 * font's ToUnicode map turns the glyph codes of the content streams back into characters.
 * Enough for Chorus's own documents (pdfkit's output), not a general PDF reader.
 */
export function pdfText(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1')
  // Objects by number, found through the cross-reference table (binary font data may hold any bytes).
  const objects = new Map<string, { dict: string; stream: string | null }>()
  const xref = raw.slice(raw.lastIndexOf('\nxref') + 1)
  const [, first, count] = xref.match(/^xref\s+(\d+) (\d+)/) ?? []
  const entries = [...xref.matchAll(/(\d{10}) (\d{5}) ([nf])/g)].slice(0, Number(count))
  entries.forEach((entry, i) => {
    if (entry[3] !== 'n') return
    const start = Number(entry[1])
    const head = raw.slice(start, raw.indexOf('endobj', start))
    const at = head.search(/>>\s*stream\r?\n/)
    if (at < 0) return objects.set(String(Number(first) + i), { dict: head, stream: null })
    const dict = head.slice(0, at + 2)
    const length = Number(dict.match(/\/Length (\d+)/)?.[1] ?? 0)
    const from = start + at + 2 + (raw.slice(start + at + 2).match(/^\s*stream\r?\n/)?.[0].length ?? 0)
    let data = raw.slice(from, from + length)
    if (/\/FlateDecode/.test(dict)) data = inflateSync(Buffer.from(data, 'latin1')).toString('latin1')
    objects.set(String(Number(first) + i), { dict, stream: data })
  })
  const unicodeOf = (cmap: string) => {
    const map = new Map<number, string>()
    const hex = (h: string) => parseInt(h, 16)
    const chars = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map(hex))
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const r of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
        const [start, end] = [hex(r[1]), hex(r[2])]
        // A ligature maps to several characters, written with spaces: <0066 0066 0069>.
        if (r[3].startsWith('[')) [...r[3].matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((u, i) => map.set(start + i, chars(u[1].replace(/\s+/g, ''))))
        else for (let c = start; c <= end; c++) map.set(c, String.fromCodePoint(hex(r[3].slice(1, -1)) + c - start))
      }
    }
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const c of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(hex(c[1]), chars(c[2]))
    }
    return map
  }
  // Font resource names (/F2) to their ToUnicode maps.
  const fonts = new Map<string, Map<number, string>>()
  for (const m of raw.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const font = objects.get(m[2])
    const toUnicode = font?.dict.match(/\/ToUnicode (\d+) 0 R/)
    const cmap = toUnicode ? objects.get(toUnicode[1])?.stream : null
    if (cmap) fonts.set(m[1], unicodeOf(cmap))
  }
  const lines: string[] = []
  for (const { stream } of objects.values()) {
    if (!stream || !/\bT[Jj]\b/.test(stream)) continue
    let font: Map<number, string> | undefined
    for (const op of stream.matchAll(/\/(F\d+) [\d.]+ Tf|\[((?:[^\]])*)\] TJ|<([0-9a-fA-F]*)> Tj/g)) {
      if (op[1]) {
        font = fonts.get(op[1])
        continue
      }
      const hexes = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]) : [op[3]]
      lines.push(hexes.map((h) => (h.match(/.{4}/g) ?? []).map((code) => font?.get(parseInt(code, 16)) ?? '\uFFFD').join('')).join(''))
    }
  }
  return lines
}
