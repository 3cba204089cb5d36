import { nameKey } from "./names";
import type { Lookup, Prepared } from "./prepare";

// ---------------------------------------------------------------------------------------------------------------------
// Name lookup, cached per raw query name and type.

/** The group a query name and type find (wildcards and CNAMEs included), cached per raw name and type. */
export function lookupQuery(p: Prepared, rawName: string, rawType: string): Lookup {
  let byType = p.lookups.get(rawName);
  if (!byType) {
    if (p.lookups.size > 10_000) p.lookups.clear();
    p.lookups.set(rawName, (byType = new Map<string, Lookup>()));
  }
  let hit = byType.get(rawType);
  if (!hit) byType.set(rawType, (hit = computeLookup(p, nameKey(rawName), rawType.toUpperCase())));
  return hit;
}

function computeLookup(p: Prepared, name: string, type: string): Lookup {
  let types = p.byName.get(name);
  const lines: string[] = [];

  if (!types && !p.names.has(name)) {
    const wildcard = findWildcard(p, name);
    if (!wildcard) {
      return {
        rcode: "NXDOMAIN",
        group: undefined,
        lines: [
          `No record of any type exists at ${name}${p.apex ? ` in ${p.apex}` : ""} and no wildcard covers it, so Route 53 answers NXDOMAIN.`,
        ],
      };
    }
    lines.push(`No records exist at ${name}; the wildcard ${wildcard} covers it.`);
    types = p.byName.get(wildcard);
  }

  const group = types?.get(type);
  if (group) {
    lines.push(group.headline);
    return { rcode: "NOERROR", group, lines };
  }

  const cname = type !== "CNAME" ? types?.get("CNAME") : undefined;
  if (cname) {
    lines.push(
      `${name} has a CNAME record instead of ${type}; Route 53 answers with the CNAME and the resolver then looks up its target (not followed here).`,
    );
    lines.push(cname.headline);
    return { rcode: "NOERROR", group: cname, lines };
  }

  const present = types ? [...types.keys()].join(", ") : "";
  lines.push(
    present
      ? `${name} exists but has no ${type} record (it has ${present}), so Route 53 answers NOERROR with no answer.`
      : `${name} exists (it has records below it) but has no ${type} record, so Route 53 answers NOERROR with no answer.`,
  );
  return { rcode: "NOERROR", group: undefined, lines };
}

function findWildcard(p: Prepared, name: string): string | undefined {
  let rest = name;
  while (rest.includes(".")) {
    rest = rest.slice(rest.indexOf(".") + 1);
    const candidate = `*.${rest}`;
    if (p.byName.has(candidate)) return candidate;
    // A closer existing name stops the wildcard search (RFC 4592 closest encloser).
    if (p.names.has(rest)) return undefined;
  }
  return undefined;
}
