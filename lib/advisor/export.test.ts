import { describe, expect, it } from "vitest";

import { findingsToCsv, findingsToJson, findingsToTable } from "./export";
import type { Finding } from "./types";

const finding: Finding = {
  key: "route53-private-ip-in-public-zone:Z1/db.example.com./A/",
  ruleId: "route53-private-ip-in-public-zone",
  severity: "warning",
  service: "route53",
  title: "=db.example.com. A publishes 10.0.3.4",
  explanation: 'Says "hello", then\nmore.',
  resources: [
    {
      kind: "record-set",
      id: "Z1/db",
      label: "db.example.com. A",
      href: "/hosted-zones/Z1/records/edit?key=x",
    },
  ],
};

describe("findingsToCsv", () => {
  it("writes one formula-safe, quoted row per finding with the acknowledgements after the open ones", () => {
    const csv = findingsToCsv({
      region: "eu-west-1",
      takenAt: "2026-08-01T00:00:00Z",
      open: [finding],
      acknowledged: [
        {
          finding: { ...finding, key: "k2", severity: "info" },
          ack: { findingKey: "k2", reason: "lab", actor: "bob", at: "2026-07-01T00:00:00Z" },
        },
      ],
    });
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "status,severity,service,rule,title,resources,links,explanation,recommendation,fix,key,acknowledged_by,acknowledged_reason,acknowledged_until",
    );
    expect(lines[1]).toContain("open,warning,route53,route53-private-ip-in-public-zone,'=db.example.com. A");
    expect(csv).toContain('"Says ""hello"", then\nmore."');
    expect(csv).toContain("acknowledged,info");
    expect(csv).toContain("bob,lab,until revoked");
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});

describe("findingsToJson", () => {
  it("counts open findings per severity and keeps every field", () => {
    const json = JSON.parse(
      findingsToJson({ region: "eu-west-1", takenAt: "2026-08-01T00:00:00Z", open: [finding] }),
    );
    expect(json).toEqual({
      region: "eu-west-1",
      takenAt: "2026-08-01T00:00:00Z",
      counts: { critical: 0, warning: 1, info: 0 },
      open: [finding],
      acknowledged: [],
    });
  });
});

describe("findingsToTable", () => {
  it("prints one aligned line per open finding and the counts", () => {
    const table = findingsToTable({
      region: "eu-west-1",
      takenAt: "",
      open: [finding, { ...finding, key: "k", severity: "critical" }],
    });
    const lines = table.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^warning +route53-private-ip-in-public-zone +db\.example\.com\. A +=db/);
    expect(lines[2]).toBe("eu-west-1: 1 critical, 1 warning, 0 info");
  });
});
