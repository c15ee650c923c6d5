import { createRequire } from 'node:module'
import PDFDocument from 'pdfkit'
import type { ReportDocument, ReportRow, ReportTable } from './report-document.ts'

/**
 * The returning officer's report as a PDF, drawn on the server with pdfkit (no browser). The
 * text is set in DejaVu Sans, embedded, because the PDF standard fonts have no ŵ or ŷ.
 */
const require = createRequire(import.meta.url)
const FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
}

const MARGIN = 56
const INK = '#0b0c0c'
const RULE = '#6f777b'

export function reportPdf(report: ReportDocument, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    lang: report.locale === 'cy' ? 'cy' : 'en-GB',
    displayTitle: true,
    info: { Title: `${report.heading}: ${report.title}`, Subject: report.title, Creator: 'Chorus', Producer: 'Chorus' },
  })
  doc.registerFont('regular', FONTS.regular)
  doc.registerFont('bold', FONTS.bold)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const width = doc.page.width - MARGIN * 2
  const heading = (text: string) => {
    doc.moveDown(0.8)
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage()
    doc.font('bold').fontSize(13).fillColor(INK).text(text, { width })
    doc.moveDown(0.3)
  }
  const rows = (list: ReportRow[]) => {
    for (const row of list) {
      const y = doc.y
      doc
        .font('bold')
        .fontSize(10)
        .text(row.label, MARGIN, y, { width: width * 0.38 })
      const afterLabel = doc.y
      doc
        .font('regular')
        .fontSize(10)
        .text(row.value, MARGIN + width * 0.4, y, { width: width * 0.6 })
      doc.y = Math.max(afterLabel, doc.y) + 3
      doc.x = MARGIN
    }
  }
  const table = (t: ReportTable) => {
    if (doc.y > doc.page.height - MARGIN - 60) doc.addPage()
    doc.font('bold').fontSize(10).text(t.caption, MARGIN, doc.y, { width })
    doc.moveDown(0.2)
    const columns = t.head.length
    const first = columns === 2 ? 0.6 : 0.5
    const colX = (i: number) => MARGIN + (i === 0 ? 0 : width * first + ((i - 1) * width * (1 - first)) / (columns - 1))
    const colW = (i: number) => (i === 0 ? width * first : (width * (1 - first)) / (columns - 1)) - 6
    const line = (cells: string[], font: 'regular' | 'bold') => {
      if (doc.y > doc.page.height - MARGIN - 20) doc.addPage()
      const y = doc.y
      let bottom = y
      cells.forEach((cell, i) => {
        doc
          .font(font)
          .fontSize(10)
          .text(cell, colX(i), y, { width: colW(i), align: i === 0 ? 'left' : 'right' })
        bottom = Math.max(bottom, doc.y)
      })
      doc.y = bottom + 2
    }
    line(t.head, 'bold')
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke()
    doc.y += 3
    for (const row of t.rows) line(row, 'regular')
    doc.x = MARGIN
    doc.moveDown(0.6)
  }

  doc.font('regular').fontSize(10).fillColor(RULE).text('Chorus', { width })
  doc.font('bold').fontSize(20).fillColor(INK).text(report.heading, { width })
  doc.font('regular').fontSize(14).text(report.title, { width })
  doc
    .moveTo(MARGIN, doc.y + 6)
    .lineTo(MARGIN + width, doc.y + 6)
    .lineWidth(1.5)
    .strokeColor(INK)
    .stroke()
  doc.moveDown(0.5)

  heading(report.ballotHeading)
  rows(report.ballot)
  if (report.nominations) {
    heading(report.nominationsHeading)
    rows(report.nominations)
  }
  if (report.turnout) {
    heading(report.turnoutHeading)
    rows(report.turnout)
  }
  if (!report.unopposed) {
    heading(report.countHeading)
    if (report.countNote) {
      doc.font('regular').fontSize(10).text(report.countNote, MARGIN, doc.y, { width })
      doc.moveDown(0.5)
    }
    for (const stage of report.stages) table(stage)
  }
  heading(report.resultHeading)
  for (const line of report.result) doc.font('bold').fontSize(11).text(line, MARGIN, doc.y, { width })
  if (report.record) {
    heading(report.recordHeading)
    rows(report.record)
  }
  doc.moveDown(1)
  doc.font('regular').fontSize(10).text(report.declaration, MARGIN, doc.y, { width })
  doc.moveDown(0.8)
  rows(report.signature)
  doc.end()
  return finished
}
