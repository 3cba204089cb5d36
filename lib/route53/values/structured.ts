import { domainNameProblem } from "./domain-name";

// Formats from DG "Supported DNS record types" (MX, SRV, CAA, NAPTR) and RFC 4034 §5.3 (DS presentation format).

const UINT16 = /^(0|[1-9][0-9]{0,4})$/;
const isUint16 = (text: string | undefined) =>
  text !== undefined && UINT16.test(text) && Number(text) <= 65_535;
const isUint8 = (text: string | undefined) =>
  text !== undefined && /^(0|[1-9][0-9]{0,2})$/.test(text) && Number(text) <= 255;
const fields = (value: string) => value.trim().split(/\s+/);

/** MX: "priority host", priority 0–65535. */
export function mxProblem(value: string): string | null {
  const parts = fields(value);
  if (parts.length !== 2) return 'Use "priority mail-server", for example "10 mail.example.com".';
  if (!isUint16(parts[0])) return "The MX priority must be a whole number from 0 to 65535.";
  return domainNameProblem(parts[1] ?? "");
}

/** SRV: "priority weight port target", each number 0–65535. */
export function srvProblem(value: string): string | null {
  const parts = fields(value);
  if (parts.length !== 4)
    return 'Use "priority weight port target", for example "10 5 443 host.example.com".';
  const labels = ["priority", "weight", "port"];
  for (const [index, label] of labels.entries()) {
    if (!isUint16(parts[index])) return `The SRV ${label} must be a whole number from 0 to 65535.`;
  }
  return domainNameProblem(parts[3] ?? "");
}

const CAA_TAG = /^[a-zA-Z0-9]{1,255}$/;
const CAA_KNOWN_TAGS = ["issue", "issuewild", "iodef", "issuemail", "issuevmc"];

/** CAA: 'flags tag "value"', flags 0–255, value in double quotes. */
export function caaProblem(value: string): string | null {
  const match = /^\s*(\S+)\s+(\S+)\s+(".*")\s*$/.exec(value);
  if (!match) return 'Use flags tag "value", for example 0 issue "amazon.com".';
  const [, flags, tag, quoted] = match;
  if (!isUint8(flags))
    return "The CAA flags must be a whole number from 0 to 255 (usually 0, or 128 for critical).";
  if (!tag || !CAA_TAG.test(tag))
    return `The CAA tag must be letters and digits, for example ${CAA_KNOWN_TAGS.join(", ")}.`;
  if (tag.toLowerCase() === "iodef" && !/^"(mailto:|https?:\/\/)/i.test(quoted ?? "")) {
    return 'An iodef value must be a "mailto:", "http://" or "https://" address.';
  }
  return null;
}

/** NAPTR: 'order preference "flags" "service" "regexp" replacement'; either regexp or replacement, not both. */
export function naptrProblem(value: string): string | null {
  const match = /^\s*(\S+)\s+(\S+)\s+"([^"]*)"\s+"([^"]*)"\s+"((?:[^"\\]|\\.)*)"\s+(\S+)\s*$/.exec(value);
  if (!match)
    return 'Use order preference "flags" "service" "regexp" replacement, for example 100 50 "u" "E2U+sip" "" example.com.';
  const [, order, preference, flags, , regexp, replacement] = match;
  if (!isUint16(order)) return "The NAPTR order must be a whole number from 0 to 65535.";
  if (!isUint16(preference)) return "The NAPTR preference must be a whole number from 0 to 65535.";
  if (!/^[a-zA-Z0-9]*$/.test(flags ?? ""))
    return 'NAPTR flags are letters such as "A", "P", "S" or "U", or empty.';
  if (regexp !== "" && replacement !== ".")
    return 'With a regexp, the NAPTR replacement must be "." (specify one or the other).';
  if (regexp === "" && replacement === ".") return "Give either a regexp or a replacement domain name.";
  return replacement === "." ? null : domainNameProblem(replacement ?? "");
}

/** DS: "keytag algorithm digesttype digest" with the digest in hexadecimal (RFC 4034 §5.3). */
export function dsProblem(value: string): string | null {
  const parts = fields(value);
  if (parts.length < 4) return 'Use "key-tag algorithm digest-type digest", for example "12345 13 2 1F2E…".';
  if (!isUint16(parts[0])) return "The DS key tag must be a whole number from 0 to 65535.";
  if (!isUint8(parts[1]))
    return "The DS algorithm must be a whole number from 0 to 255 (13 is ECDSAP256SHA256).";
  if (!isUint8(parts[2])) return "The DS digest type must be a whole number from 0 to 255 (2 is SHA-256).";
  const digest = parts.slice(3).join("");
  if (!/^[0-9a-fA-F]+$/.test(digest) || digest.length % 2 !== 0)
    return "The DS digest must be hexadecimal with an even number of digits.";
  return null;
}
