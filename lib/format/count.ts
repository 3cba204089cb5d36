/** "1 record set", "2,000 record sets": a count with its noun, pluralised by appending `plural` (default "s"). */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? noun : plural}`;
}
