import { MAX_VALUE_LENGTH, MAX_VALUES_PER_RECORD } from "../limits";
import { parseCharacterStrings } from "./character-strings";
import { domainNameProblem } from "./domain-name";
import { isIPv4, isIPv6 } from "./ip-address";
import { caaProblem, dsProblem, mxProblem, naptrProblem, srvProblem } from "./structured";

export const RECORD_TYPES = [
  "A",
  "AAAA",
  "CNAME",
  "MX",
  "TXT",
  "CAA",
  "NS",
  "SRV",
  "PTR",
  "SPF",
  "NAPTR",
  "DS",
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Returns an operator-facing problem with one value of a record of `type`, or null when it is valid. */
export function recordValueProblem(type: RecordType, value: string): string | null {
  if (value.length > MAX_VALUE_LENGTH)
    return `A value can be at most ${MAX_VALUE_LENGTH.toLocaleString("en-US")} characters.`;
  switch (type) {
    case "A":
      return isIPv4(value.trim())
        ? null
        : "Enter an IPv4 address such as 192.0.2.1 (four numbers 0–255, no leading zeros).";
    case "AAAA":
      return isIPv6(value.trim()) ? null : "Enter an IPv6 address such as 2001:db8::1.";
    case "CNAME":
    case "NS":
    case "PTR":
      return domainNameProblem(value);
    case "MX":
      return mxProblem(value);
    case "TXT":
    case "SPF":
      return parseCharacterStrings(value).problem;
    case "CAA":
      return caaProblem(value);
    case "SRV":
      return srvProblem(value);
    case "NAPTR":
      return naptrProblem(value);
    case "DS":
      return dsProblem(value);
  }
}

export interface ValueProblem {
  index: number | null;
  message: string;
}

/** Checks a record's values: count (1–400, one for CNAME), then each value's format. */
export function recordValuesProblems(type: RecordType, values: readonly string[]): ValueProblem[] {
  if (values.length === 0) return [{ index: null, message: "Enter at least one value, one per line." }];
  if (values.length > MAX_VALUES_PER_RECORD) {
    return [
      {
        index: null,
        message: `A record can have at most ${MAX_VALUES_PER_RECORD} values; this one has ${values.length}.`,
      },
    ];
  }
  if (type === "CNAME" && values.length > 1) {
    return [{ index: null, message: "A CNAME record has exactly one value: the domain name it points to." }];
  }
  const problems: ValueProblem[] = [];
  values.forEach((value, index) => {
    const message = recordValueProblem(type, value);
    if (message) problems.push({ index, message: `Line ${index + 1}: ${message}` });
  });
  return problems;
}

/** Splits a textarea into values: one per line, trimmed, blank lines dropped. */
export function splitValueLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
