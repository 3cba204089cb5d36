import { MAX_LABEL_LENGTH, MAX_NAME_LENGTH } from "../limits";

// DG "DNS domain name format": printable ASCII except space; a label ≤ 63 bytes, a name ≤ 255 bytes.
const PRINTABLE_NO_SPACE = /^[\x21-\x7e]+$/;

/** Returns an operator-facing problem with a domain name used as a value (CNAME, NS, PTR, MX host…), or null. */
export function domainNameProblem(value: string): string | null {
  const name = value.trim();
  if (name === "") return "Enter a domain name.";
  if (!PRINTABLE_NO_SPACE.test(name))
    return "A domain name can't contain spaces or non-ASCII characters (use Punycode).";
  if (name === ".") return null;

  const withoutDot = name.endsWith(".") ? name.slice(0, -1) : name;
  if (withoutDot.length + 1 > MAX_NAME_LENGTH)
    return `A domain name can be at most ${MAX_NAME_LENGTH} characters.`;
  const labels = withoutDot.split(".");
  if (labels.some((label) => label === ""))
    return "A domain name can't contain empty labels (two dots in a row).";
  if (labels.some((label) => label.length > MAX_LABEL_LENGTH)) {
    return `Each part of a domain name between dots can be at most ${MAX_LABEL_LENGTH} characters.`;
  }
  return null;
}
