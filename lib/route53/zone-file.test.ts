import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import { describe, expect, it } from "vitest";
import { exportBind, exportJson, parseBindZone, parseJsonRecordSets, parseTtl } from "./zone-file";

const sample = `
$ORIGIN example.com.
$TTL 3600
@   IN  SOA ns1.example.com. hostmaster.example.com. (
        2024010101 ; serial
        7200       ; refresh
        3600 1209600 300 )
@       IN  NS   ns1.example.com.
@       IN  NS   ns2
@           A    192.0.2.1        ; apex
            A    192.0.2.2        ; blank owner = previous (@)
www     300 IN  CNAME web
web         IN  A    192.0.2.10
mail    IN  300 MX   10 mx1
            MX   20 mx2.example.net.
txt         TXT  "v=spf1 include:_spf.example.net; -all" "second string"
txt         TXT  plainword
_sip._tcp   SRV  10 5 5060 sip
sub     NS  ns.other.net.
caa         CAA  0 issue "amazon.com"
*.wild      A    192.0.2.20
$ORIGIN dev.example.com.
api     60  A    192.0.2.30
abs.example.com. A 192.0.2.40
`;

describe("parseBindZone", () => {
  const parsed = parseBindZone(sample, "example.com");
  const byKey = Object.fromEntries(parsed.recordSets.map((r) => [`${r.Name} ${r.Type}`, r]));
  const values = (key: string) => byKey[key]?.ResourceRecords?.map((r) => r.Value);

  it("parses without errors", () => {
    expect(parsed.errors).toEqual([]);
  });

  it("skips SOA and apex NS and reports them", () => {
    expect(parsed.skipped.map((s) => [s.line, s.type])).toEqual([
      [4, "SOA"],
      [8, "NS"],
      [9, "NS"],
    ]);
  });

  it("merges values by name and type, with @ and blank owners", () => {
    expect(values("example.com. A")).toEqual(["192.0.2.1", "192.0.2.2"]);
    expect(byKey["example.com. A"]?.TTL).toBe(3600);
  });

  it("completes relative names in rdata with $ORIGIN", () => {
    expect(values("www.example.com. CNAME")).toEqual(["web.example.com."]);
    expect(byKey["www.example.com. CNAME"]?.TTL).toBe(300);
    expect(values("mail.example.com. MX")).toEqual(["10 mx1.example.com.", "20 mx2.example.net."]);
    expect(values("_sip._tcp.example.com. SRV")).toEqual(["10 5 5060 sip.example.com."]);
    expect(values("sub.example.com. NS")).toEqual(["ns.other.net."]);
  });

  it("keeps quoted TXT strings with spaces and semicolons and quotes bare words", () => {
    expect(values("txt.example.com. TXT")).toEqual([
      '"v=spf1 include:_spf.example.net; -all" "second string"',
      '"plainword"',
    ]);
  });

  it("handles class before or after TTL, CAA, wildcards, $ORIGIN changes and absolute names", () => {
    expect(byKey["mail.example.com. MX"]?.TTL).toBe(300);
    expect(values("caa.example.com. CAA")).toEqual(['0 issue "amazon.com"']);
    expect(values("*.wild.example.com. A")).toEqual(["192.0.2.20"]);
    expect(byKey["api.dev.example.com. A"]?.TTL).toBe(60);
    expect(values("abs.example.com. A")).toEqual(["192.0.2.40"]);
  });

  it("reports per-line errors with line numbers", () => {
    const text = [
      "$TTL 60",
      "ok A 192.0.2.1",
      "bad A 256.1.1.1",
      "other.org. A 192.0.2.1",
      "x HINFO a b",
      "c CNAME a.example.net.",
      "c A 192.0.2.1",
      "y A",
    ].join("\n");
    const result = parseBindZone(text, "example.com.");
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5, 7, 8]);
    expect(result.errors[0]?.message).toMatch(/IPv4/);
    expect(result.recordSets.map((r) => `${r.Name} ${r.Type}`)).toEqual([
      "ok.example.com. A",
      "c.example.com. CNAME",
    ]);
  });

  it("reports unsupported directives", () => {
    expect(parseBindZone("$INCLUDE other.zone", "example.com").errors[0]?.message).toBe(
      "$INCLUDE other.zone isn't supported here; use $ORIGIN name or $TTL seconds.",
    );
  });

  it("needs a TTL from the record or $TTL", () => {
    expect(parseBindZone("www A 192.0.2.1", "example.com").errors[0]).toEqual({
      line: 1,
      message: expect.stringMatching(/No TTL/),
    });
  });

  it("warns when values of one record set disagree on TTL", () => {
    const result = parseBindZone("www 60 A 192.0.2.1\nwww 120 A 192.0.2.2", "example.com");
    expect(result.warnings).toHaveLength(1);
    expect(result.recordSets[0]?.TTL).toBe(60);
  });

  it("reads BIND TTL units", () => {
    expect(parseTtl("1h30m")).toBe(5_400);
    expect(parseTtl("1w")).toBe(604_800);
    expect(parseTtl("IN")).toBeNull();
  });

  it("parses a generated 2,000-line zone file correctly and fast", () => {
    const lines = ["$ORIGIN big.example.", "$TTL 300"];
    for (let i = 0; i < 1_000; i += 1) {
      lines.push(`host${i} IN A 10.0.${Math.floor(i / 256)}.${i % 256} ; host ${i}`);
      lines.push(`        IN TXT "owner=team-${i % 7}; note with spaces"`);
    }
    const text = lines.join("\n");
    const start = performance.now();
    const result = parseBindZone(text, "big.example");
    const elapsed = performance.now() - start;

    expect(result.errors).toEqual([]);
    expect(result.recordSets).toHaveLength(2_000);
    expect(result.recordSets[0]).toEqual({
      Name: "host0.big.example.",
      Type: "A",
      TTL: 300,
      ResourceRecords: [{ Value: "10.0.0.0" }],
    });
    expect(result.recordSets[1999]?.ResourceRecords).toEqual([{ Value: '"owner=team-5; note with spaces"' }]);
    expect(elapsed).toBeLessThan(500);
  });
});

describe("exportBind", () => {
  const records: ResourceRecordSet[] = [
    { Name: "example.com.", Type: "A", TTL: 300, ResourceRecords: [{ Value: "192.0.2.1" }] },
    { Name: "\\052.example.com.", Type: "TXT", TTL: 60, ResourceRecords: [{ Value: '"hello; world"' }] },
    {
      Name: "api.example.com.",
      Type: "A",
      SetIdentifier: "blue",
      Weight: 90,
      TTL: 60,
      ResourceRecords: [{ Value: "192.0.2.5" }],
    },
    {
      Name: "lb.example.com.",
      Type: "A",
      AliasTarget: {
        HostedZoneId: "Z35SXDOTRQ7X7K",
        DNSName: "my-alb.elb.amazonaws.com.",
        EvaluateTargetHealth: true,
      },
    },
  ];

  it("writes simple records as BIND lines and alias/routing records as comments", () => {
    const text = exportBind("example.com", records);
    expect(text).toContain("$ORIGIN example.com.");
    expect(text).toContain("@\t300\tIN\tA\t192.0.2.1");
    expect(text).toContain('*\t60\tIN\tTXT\t"hello; world"');
    expect(text).toMatch(/^; weighted routing, set identifier "blue", weight 90:$/m);
    expect(text).toMatch(/^; ALIAS lb A -> my-alb\.elb\.amazonaws\.com\./m);
  });

  it("round-trips simple records through parseBindZone", () => {
    const parsed = parseBindZone(exportBind("example.com.", records), "example.com.");
    expect(parsed.errors).toEqual([]);
    expect(parsed.recordSets).toEqual([records[0], { ...records[1], Name: "*.example.com." }]);
  });
});

describe("JSON import/export", () => {
  const records: ResourceRecordSet[] = [
    {
      Name: "api.example.com.",
      Type: "A",
      SetIdentifier: "blue",
      Weight: 90,
      TTL: 60,
      ResourceRecords: [{ Value: "192.0.2.5" }],
    },
    {
      Name: "lb.example.com.",
      Type: "A",
      AliasTarget: { HostedZoneId: "Z1", DNSName: "x.example.net.", EvaluateTargetHealth: false },
    },
  ];

  it("round-trips the ListResourceRecordSets shape", () => {
    expect(parseJsonRecordSets(exportJson(records))).toEqual({ recordSets: records, errors: [] });
    expect(parseJsonRecordSets(JSON.stringify(records)).recordSets).toEqual(records);
  });

  it("reports bad input per record", () => {
    expect(parseJsonRecordSets("{").errors[0]?.message).toMatch(/valid JSON/);
    const result = parseJsonRecordSets(
      JSON.stringify([{ Name: "a.", Type: "A", TTL: 60 }, { ...records[0], Weight: 300 }, records[1]]),
    );
    expect(result.errors.map((e) => e.index)).toEqual([0, 1]);
    expect(result.recordSets).toEqual([records[1]]);
  });
});
