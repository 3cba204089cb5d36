/**
 * A CSV cell: quoted when needed, and a leading = + - @ (or tab/CR) defused with a quote, so a spreadsheet opening
 * the export does not run a formula someone typed into a record name.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows of cells as CSV (RFC 4180, CRLF line ends, a final CRLF). */
export function csvLines(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return (
    [header.map(csvCell).join(","), ...rows.map((row) => row.map(csvCell).join(","))].join("\r\n") + "\r\n"
  );
}
