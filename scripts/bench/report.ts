export interface BenchResult {
  metric: string;
  value: number;
  unit: string;
  detail: Record<string, unknown>;
}

/** Progress goes to stderr: stdout carries only the JSON lines. */
export const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
