import { describe, expect, it } from "vitest";
import { MAX_VALUE_LENGTH, MAX_VALUES_PER_RECORD } from "../limits";
import { parseCharacterStrings, quoteCharacterStrings } from "./character-strings";
import { recordValueProblem, recordValuesProblems, splitValueLines, type RecordType } from "./index";

// Formats: DG "Supported DNS record types"; DS: RFC 4034 §5.3.
const valid: [RecordType, string][] = [
  ["A", "192.0.2.1"],
  ["AAAA", "2001:db8::1"],
  ["CNAME", "hostname.example.com"],
  ["CNAME", "hostname.example.com."],
  ["NS", "ns-1.example.com"],
  ["PTR", "hostname.example.com"],
  ["MX", "10 mail.example.com"],
  ["TXT", '"v=spf1 ip4:192.168.0.1/16 -all"'],
  ["TXT", '"This string includes \\"quotation marks\\"."'],
  ["TXT", '"part one; with semicolon" "part two"'],
  ["SPF", '"v=spf1 -all"'],
  ["CAA", '0 issue "ca.example.net"'],
  ["CAA", '0 issue "ca.example.net; account=123456"'],
  ["CAA", '0 iodef "mailto:admin@example.com"'],
  ["CAA", '128 exampletag "1-555"'],
  ["SRV", "10 5 80 hostname.example.com"],
  ["NAPTR", '100 50 "u" "E2U+sip" "!^(\\\\+441632960083)$!sip:\\\\1@example.com!" .'],
  ["NAPTR", '100 50 "s" "SIP+D2U" "" _sip._udp.example.com'],
  ["DS", "12345 13 2 49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE"],
];

const invalid: [RecordType, string][] = [
  ["A", "256.1.1.1"],
  ["A", "2001:db8::1"],
  ["AAAA", "192.0.2.1"],
  ["CNAME", "has space.example.com"],
  ["CNAME", "a..b"],
  ["MX", "mail.example.com"],
  ["MX", "70000 mail.example.com"],
  ["TXT", "unquoted"],
  ["TXT", '"unterminated'],
  ["TXT", `"${"x".repeat(256)}"`],
  ["CAA", "0 issue ca.example.net"],
  ["CAA", '256 issue "ca.example.net"'],
  ["CAA", '0 iodef "admin@example.com"'],
  ["SRV", "10 5 hostname.example.com"],
  ["SRV", "10 5 70000 hostname.example.com"],
  ["NAPTR", '100 50 "u" "E2U+sip" "!^.*$!sip:x@example.com!" example.com'],
  ["DS", "12345 13 2 XYZ"],
  ["DS", "12345 13 2"],
];

describe("recordValueProblem", () => {
  it.each(valid)("%s accepts %s", (type, value) => {
    expect(recordValueProblem(type, value)).toBeNull();
  });
  it.each(invalid)("%s rejects %s", (type, value) => {
    expect(recordValueProblem(type, value)).toEqual(expect.any(String));
  });

  // DG "Supported DNS record types" › TXT: a single string can include up to 255 characters.
  it("allows a TXT string of exactly 255 characters and several of them in one value", () => {
    const s = `"${"x".repeat(255)}"`;
    expect(recordValueProblem("TXT", s)).toBeNull();
    expect(recordValueProblem("TXT", `${s} ${s} ${s}`)).toBeNull();
  });

  // API Reference, ResourceRecord › Value: maximum length of 4000.
  it("rejects a value over 4,000 characters", () => {
    const strings = Array.from({ length: 16 }, () => `"${"x".repeat(250)}"`).join(" ");
    expect(strings.length).toBeGreaterThan(MAX_VALUE_LENGTH);
    expect(recordValueProblem("TXT", strings)).toMatch(/4,000/);
    expect(recordValueProblem("TXT", strings.slice(0, 3_999))).not.toMatch(/4,000/);
  });
});

describe("recordValuesProblems", () => {
  // DG "Quotas" › Quotas on records: values in a record, 400 per record.
  it("accepts 400 values and rejects 401", () => {
    const values = Array.from(
      { length: MAX_VALUES_PER_RECORD },
      (_, i) => `10.0.${Math.floor(i / 250)}.${i % 250}`,
    );
    expect(recordValuesProblems("A", values)).toEqual([]);
    expect(recordValuesProblems("A", [...values, "10.9.9.9"])[0]?.message).toMatch(/at most 400/);
  });

  // API Reference, ResourceRecord: more than one value for all record types except CNAME and SOA.
  it("allows one CNAME value only", () => {
    expect(recordValuesProblems("CNAME", ["a.example.com", "b.example.com"])[0]?.message).toMatch(
      /exactly one/,
    );
  });

  it("points at the offending line", () => {
    expect(recordValuesProblems("A", ["192.0.2.1", "bad"])).toEqual([
      { index: 1, message: expect.stringMatching(/^Line 2:/) },
    ]);
  });

  it("requires a value", () => {
    expect(recordValuesProblems("A", [])).toHaveLength(1);
  });
});

describe("character strings", () => {
  it("parses quoted strings with spaces, semicolons and escapes", () => {
    expect(parseCharacterStrings('"a b; c" "d\\"e" "\\351"')).toEqual({
      strings: ["a b; c", 'd\\"e', "\\351"],
      problem: null,
    });
  });
  it("quotes long text into 255-character strings", () => {
    const quoted = quoteCharacterStrings("y".repeat(600));
    const parsed = parseCharacterStrings(quoted);
    expect(parsed.problem).toBeNull();
    expect(parsed.strings.map((s) => s.length)).toEqual([255, 255, 90]);
  });
});

describe("splitValueLines", () => {
  it("splits one value per line and drops blanks", () => {
    expect(splitValueLines("192.0.2.1\r\n\n  192.0.2.2  \n")).toEqual(["192.0.2.1", "192.0.2.2"]);
  });
});
