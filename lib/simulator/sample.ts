import { resolve, seededRandom } from "@/lib/routing";
import type { ResolveInput, ResolveResult } from "@/lib/routing";

/**
 * One query answered as Route 53 would, with seeded draws: the server and the browser render the same weighted pick
 * (no hydration mismatch), and the answer does not change between renders. The distribution panel shows the mix.
 */
export function resolveOne(input: Omit<ResolveInput, "random">, seed = 1): ResolveResult {
  return resolve({ ...input, random: seededRandom(seed) });
}
