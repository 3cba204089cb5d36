/**
 * A DNS name as Route 53 compares it: lower case, no final dot, and ListResourceRecordSets' octal escapes decoded
 * (a wildcard comes back as `\052.example.com.`).
 */
export function normalizeName(name: string): string {
  let n = name;
  if (n.includes("\\")) n = n.replace(/\\(\d{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8)));
  n = n.toLowerCase();
  return n.endsWith(".") ? n.slice(0, -1) : n;
}

/** An alias target's DNS name as a health key: normalised, and without ELB's `dualstack.` prefix. */
export function normalizeTargetName(name: string): string {
  const n = normalizeName(name);
  return n.startsWith("dualstack.") ? n.slice("dualstack.".length) : n;
}
