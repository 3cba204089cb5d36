// Integer weights and the share of traffic they really give: AWS takes whole weights, so a requested percentage
// becomes the closest pair of integers, and the shares shown are those of the integers.

/**
 * Integer weights (canary, stable) within 0..max whose canary share is closest to `percent`. Prefers a total of
 * 1000 at ALB level and 100 at DNS level so the weights read as per-mille / per-cent; falls back to the closest pair.
 */
export function pairWeights(percent: number, max: number): { canary: number; stable: number } {
  if (percent <= 0) return { canary: 0, stable: max };
  if (percent >= 100) return { canary: max, stable: 0 };

  const niceTotal = max >= 999 ? 1000 : 100;
  const niceCanary = Math.round((percent * niceTotal) / 100);
  const nice = { canary: niceCanary, stable: niceTotal - niceCanary };
  if (
    nice.canary > 0 &&
    nice.stable > 0 &&
    nice.canary <= max &&
    nice.stable <= max &&
    shareOf(nice) === round1(percent)
  ) {
    return nice;
  }

  let best = { canary: 1, stable: max };
  let bestError = Infinity;
  for (let stable = 1; stable <= max; stable++) {
    const canary = Math.round((percent * stable) / (100 - percent));
    if (canary < 1 || canary > max) continue;
    const error = Math.abs((100 * canary) / (canary + stable) - percent);
    if (error < bestError - 1e-9) {
      best = { canary, stable };
      bestError = error;
    }
  }
  return best;
}

export function shareOf(pair: { canary: number; stable: number }): number {
  return round1((100 * pair.canary) / (pair.canary + pair.stable));
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Each backend's share of all traffic for these weights; all zero means an equal split (Route 53 and ALB alike). */
export function sharesOf(weights: Readonly<Record<string, number>>): Record<string, number> {
  const ids = Object.keys(weights);
  const sum = ids.reduce((total, id) => total + (weights[id] ?? 0), 0);
  const shares: Record<string, number> = {};
  for (const id of ids)
    shares[id] = sum === 0 ? round2(100 / ids.length) : round2((100 * (weights[id] ?? 0)) / sum);
  return shares;
}
