/**
 * Counts attempts per key in a fixed window (e.g. sign-ins per username). Pure apart from the clock it is given, so
 * tests drive time. In memory: one console process holds the count, like Better Auth's own per-IP limit.
 */
export class AttemptLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly rule: { window: number; max: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Records one attempt; the seconds to wait when it is over the limit, else undefined. */
  attempt(key: string): number | undefined {
    const now = this.now();
    const windowMs = this.rule.window * 1000;
    const current = this.windows.get(key);
    if (!current || now - current.start >= windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      this.prune(now, windowMs);
      return undefined;
    }
    current.count += 1;
    if (current.count <= this.rule.max) return undefined;
    return Math.max(1, Math.ceil((current.start + windowMs - now) / 1000));
  }

  private prune(now: number, windowMs: number): void {
    if (this.windows.size < 10_000) return;
    for (const [key, value] of this.windows) if (now - value.start >= windowMs) this.windows.delete(key);
  }
}
