/**
 * `fn` over `items` with at most `limit` calls in flight, results in input order. Keeps bursts of AWS reads (a
 * region-wide scan, a re-read of many record sets) inside the APIs' request-rate budgets, so the SDK's retries absorb
 * the odd throttle instead of failing the whole read.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await fn(items[at] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
