import type { ReactNode } from "react";

import { cx } from "./cx";

export type ColumnAlign = "left" | "right" | "center";

/** One column of a Table: its header and how a row fills its cell. */
export interface Column<Row> {
  /** Stable key for React. */
  id: string;
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  align?: ColumnAlign;
  /** Extra classes for this column's cells (and header). */
  className?: string;
  /** This column names the row (a `<th scope="row">`): screen readers announce it with every cell. */
  isRowHeader?: boolean;
  /** Prose (a summary, a comment): on a phone it wraps in a 16rem column instead of stretching the table. */
  wrap?: boolean;
}

const ALIGN: Record<ColumnAlign, string> = { left: "text-left", right: "text-right", center: "text-center" };

/**
 * A horizontally scrollable region for a wide table: focusable (so keyboard users can scroll it), with a visible
 * focus ring and an accessible name.
 */
export function ScrollRegion({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cx(
        "overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600",
        className,
      )}
    >
      {children}
    </div>
  );
}

export interface TableProps<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Names the table (and its scroll region) for screen readers. */
  caption: string;
  /** Show the caption above the table instead of only to screen readers. */
  showCaption?: boolean;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  className?: string;
  /** Per-row classes (e.g. a highlighted row). */
  rowClassName?: (row: Row) => string | undefined;
}

/**
 * The list table every list page uses: header cells with `scope="col"`, a caption, an empty state, in a scrollable
 * region. A server component (no client JS); cells may hold client components.
 */
export function Table<Row>({
  columns,
  rows,
  rowKey,
  caption,
  showCaption = false,
  empty,
  className,
  rowClassName,
}: TableProps<Row>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;

  return (
    <ScrollRegion label={caption} className={className}>
      {/* On a phone the table takes its columns' one-line widths and scrolls sideways in its region; squeezed to the
          screen, every cell wrapped a word per line and a row grew taller than the screen. */}
      <table className="w-full text-left text-sm max-sm:min-w-max">
        <caption
          className={
            showCaption
              ? "border-b border-slate-200 px-4 py-2 text-left text-sm font-semibold text-slate-800"
              : "sr-only"
          }
        >
          {caption}
        </caption>
        <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
          <tr>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={cx("px-4 py-2 font-semibold", ALIGN[column.align ?? "left"], column.className)}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map((row, index) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((column) => {
                const classes = cx("px-4 py-2", ALIGN[column.align ?? "left"], column.className);
                const content = column.wrap ? (
                  <div className="max-sm:w-64">{column.cell(row, index)}</div>
                ) : (
                  column.cell(row, index)
                );
                return column.isRowHeader ? (
                  <th key={column.id} scope="row" className={cx(classes, "font-normal")}>
                    {content}
                  </th>
                ) : (
                  <td key={column.id} className={classes}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
