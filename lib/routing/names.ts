import { normalizeName as fullyQualified } from "@/lib/route53/names";

/**
 * A DNS name as the resolver's lookup key: lib/route53's normal form (decoded escapes, lower case) without its final
 * dot, so `\052.Example.com.` and `*.example.com` are the same key.
 */
export function nameKey(name: string): string {
  const normal = fullyQualified(name);
  return normal === "." ? "" : normal.slice(0, -1);
}

/** An alias target's DNS name as a health key: a name key without ELB's `dualstack.` prefix. */
export function normalizeTargetName(name: string): string {
  const n = nameKey(name);
  return n.startsWith("dualstack.") ? n.slice("dualstack.".length) : n;
}
