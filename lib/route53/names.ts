// Route 53 returns names lowercased, fully qualified (trailing dot) and with characters other than
// a-z 0-9 - _ as \ooo octal escapes (DG "DNS domain name format"): `*.example.com` comes back as `\052.example.com.`.

const OCTAL_ESCAPE = /\\([0-7]{3})/g;

/** Decodes `\ooo` octal escapes, e.g. `\052` → `*`. A decoded `.` stays escaped so label boundaries survive. */
export function decodeOctalEscapes(name: string): string {
  return name.replace(OCTAL_ESCAPE, (escape, octal: string) => {
    const char = String.fromCharCode(parseInt(octal, 8));
    return char === "." ? escape : char;
  });
}

/** Canonical form for comparing names: decoded, lowercase, one trailing dot. */
export function normalizeName(name: string): string {
  const decoded = decodeOctalEscapes(name.trim()).toLowerCase();
  if (decoded === "" || decoded === ".") return ".";
  return decoded.endsWith(".") ? decoded : `${decoded}.`;
}

/** True when `name` equals the zone apex or is a subdomain of it (case-insensitive, trailing dot optional). */
export function isNameInZone(name: string, zoneName: string): boolean {
  const fqdn = normalizeName(name);
  const zone = normalizeName(zoneName);
  if (zone === ".") return true;
  return fqdn === zone || fqdn.endsWith(`.${zone}`);
}

/** True when `name` is the zone apex. */
export function isZoneApex(name: string, zoneName: string): boolean {
  return normalizeName(name) === normalizeName(zoneName);
}

/** The name relative to the zone (`www`, or `@` for the apex); unchanged if outside the zone. */
export function relativeName(name: string, zoneName: string): string {
  const fqdn = normalizeName(name);
  const zone = normalizeName(zoneName);
  if (fqdn === zone) return "@";
  if (fqdn.endsWith(`.${zone}`)) return fqdn.slice(0, -zone.length - 1);
  return fqdn;
}

/** Joins a relative name with its zone: `@` → apex, a name ending in `.` is already absolute. */
export function absoluteName(name: string, origin: string): string {
  if (name === "@") return normalizeName(origin);
  if (name.endsWith(".")) return normalizeName(name);
  return normalizeName(`${name}.${normalizeName(origin)}`);
}
