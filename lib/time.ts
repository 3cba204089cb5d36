export const DAY_MS = 86_400_000;

/** The current time; one seam so server components stay pure in the linter's eyes and tests can reason about it. */
export function nowMs(): number {
  return Date.now();
}

/** Whole days from `now` until an ISO date (negative once past), or undefined without a date. */
export function daysUntil(iso: string | undefined, now: Date | number): number | undefined {
  return iso ? Math.floor((Date.parse(iso) - Number(now)) / DAY_MS) : undefined;
}
