/** "90%", "33.3%", "0.4%": one decimal only when it says something. */
export function pct(part: number, whole: number): string {
  const p = whole > 0 ? (part / whole) * 100 : 0;
  const r = Math.round(p * 10) / 10;
  return `${r}%`;
}

/** 1234.5 → "1,235": thousands separators without the cost of toLocaleString. */
export function km(n: number): string {
  let r = Math.round(n);
  if (r < 1000) return String(r);
  let out = "";
  while (r >= 1000) {
    const rest = r % 1000;
    out = `,${rest < 10 ? "00" : rest < 100 ? "0" : ""}${rest}${out}`;
    r = (r - rest) / 1000;
  }
  return `${r}${out}`;
}

/** "'blue'" for a record with a SetIdentifier, else a neutral noun. */
export function label(setIdentifier: string): string {
  return setIdentifier ? `'${setIdentifier}'` : "the record";
}

/** "1 record", "3 records". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
