import type { ReactNode } from 'react'

/** A column heading; a hidden one is read out by screen readers but not shown (e.g. "Action"). */
export type Column = string | { label: string; hidden: true }

/** The standard table: scrolls sideways on a phone, one header row, rows passed as children. */
interface DataTableProps {
  columns: Column[]
  children: ReactNode
  /** Read out to screen readers only. */
  caption?: string
}

export function DataTable({ columns, children, caption }: DataTableProps) {
  return (
    // A table wider than a phone scrolls inside this box, so keyboard users can reach it too.
    <div className="table-wrap" tabIndex={0} {...(caption ? { role: 'region', 'aria-label': caption } : {})}>
      <table className="table">
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === 'string' ? (
                <th scope="col" key={column}>
                  {column}
                </th>
              ) : (
                <th scope="col" key={column.label}>
                  <span className="visually-hidden">{column.label}</span>
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
