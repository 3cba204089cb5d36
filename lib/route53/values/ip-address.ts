// DG "Supported DNS record types": A = IPv4 in dotted decimal; AAAA = IPv6 in colon-separated hexadecimal.

const IPV4_OCTET = /^(0|[1-9][0-9]{0,2})$/;

/** Dotted-quad IPv4; rejects octets over 255 and leading zeros (`010` is octal to some parsers). */
export function isIPv4(value: string): boolean {
  const parts = value.split(".");
  if (parts.length !== 4) return false;
  return parts.every((part) => IPV4_OCTET.test(part) && Number(part) <= 255);
}

const HEXTET = /^[0-9a-fA-F]{1,4}$/;

/** IPv6 in full, compressed (`::`) or IPv4-suffixed (`::ffff:192.0.2.1`) form; no zone index or prefix. */
export function isIPv6(value: string): boolean {
  if (value.includes(":::")) return false;
  const halves = value.split("::");
  if (halves.length > 2) return false;

  const groups = (text: string) => (text === "" ? [] : text.split(":"));
  const head = groups(halves[0] ?? "");
  const tail = halves.length === 2 ? groups(halves[1] ?? "") : [];
  const all = [...head, ...tail];

  let width = 0;
  for (const [index, group] of all.entries()) {
    const isLast = index === all.length - 1;
    if (isLast && group.includes(".")) {
      if (!isIPv4(group)) return false;
      width += 2;
    } else if (HEXTET.test(group)) {
      width += 1;
    } else {
      return false;
    }
  }
  return halves.length === 2 ? width <= 7 : width === 8;
}
