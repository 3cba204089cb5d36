import { describe, expect, it } from "vitest";

import { WWW, q } from "./resolve.test-helper";
import { alias, rr, soa } from "./test-helpers";

describe("failover routing", () => {
  const set = [
    soa,
    rr(WWW, "A", ["10.0.0.1"], { SetIdentifier: "primary", Failover: "PRIMARY", HealthCheckId: "hc-p" }),
    rr(WWW, "A", ["10.0.0.2"], { SetIdentifier: "secondary", Failover: "SECONDARY", HealthCheckId: "hc-s" }),
  ];

  // DG "Failover routing": primary while healthy; else secondary; both unhealthy → primary.
  it.each([
    { case: "primary healthy", unhealthy: [], picked: "primary" },
    { case: "primary unhealthy, secondary healthy", unhealthy: ["hc-p"], picked: "secondary" },
    { case: "secondary unhealthy only", unhealthy: ["hc-s"], picked: "primary" },
    { case: "both unhealthy", unhealthy: ["hc-p", "hc-s"], picked: "primary" },
  ])("$case → $picked", ({ unhealthy, picked }) => {
    expect(q(set, WWW, { unhealthy }).setIdentifiers).toEqual([picked]);
  });

  // DG "Failover routing": a secondary without a health check is always healthy.
  it("fails over to a secondary that has no health check", () => {
    const noCheck = [
      set[0]!,
      set[1]!,
      rr(WWW, "A", ["10.0.0.2"], { SetIdentifier: "secondary", Failover: "SECONDARY" }),
    ];
    const r = q(noCheck, WWW, { unhealthy: ["hc-p"] });
    expect(r.answers).toEqual(["10.0.0.2"]);
    expect(r.explanation.join(" ")).toMatch(/fails over/);
  });

  // DG "Values specific for failover alias records" → Evaluate target health: the ALB's health decides.
  it.each([
    { unhealthyName: "dualstack.primary-alb-1.us-east-1.elb.amazonaws.com" },
    { unhealthyName: "PRIMARY-ALB-1.us-east-1.elb.amazonaws.com." },
    { unhealthyName: "primary-alb-1.us-east-1.elb.amazonaws.com" },
  ])(
    "alias primary to an ALB fails over when the target $unhealthyName is unhealthy",
    ({ unhealthyName }) => {
      const albs = [
        soa,
        alias(WWW, "A", "dualstack.primary-alb-1.us-east-1.elb.amazonaws.com.", true, {
          SetIdentifier: "p",
          Failover: "PRIMARY",
        }),
        alias(WWW, "A", "dualstack.backup-alb-2.us-west-2.elb.amazonaws.com.", true, {
          SetIdentifier: "s",
          Failover: "SECONDARY",
        }),
      ];
      expect(q(albs, WWW).answers).toEqual(["dualstack.primary-alb-1.us-east-1.elb.amazonaws.com"]);
      expect(q(albs, WWW, { unhealthy: [unhealthyName] }).answers).toEqual([
        "dualstack.backup-alb-2.us-west-2.elb.amazonaws.com",
      ]);
    },
  );
});

describe("multivalue answer routing", () => {
  const mv = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      rr(WWW, "A", [`10.0.0.${i + 1}`], {
        SetIdentifier: `m${i + 1}`,
        MultiValueAnswer: true,
        HealthCheckId: `hc-${i + 1}`,
      }),
    );
  const hcs = (...ids: number[]) => ids.map((i) => `hc-${i}`);

  // DG "Multivalue answer routing": up to eight healthy records; all of them when eight or fewer.
  it.each([
    { records: 5, unhealthy: [], count: 5 },
    { records: 8, unhealthy: [], count: 8 },
    { records: 12, unhealthy: [], count: 8 },
    { records: 12, unhealthy: hcs(1, 2, 3, 4, 5), count: 7 },
    { records: 10, unhealthy: hcs(1, 2, 3, 4, 5, 6, 7, 8, 9), count: 1 },
    { records: 10, unhealthy: hcs(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), count: 8 },
  ])("$records records, $unhealthy.length unhealthy → $count answers", ({ records, unhealthy, count }) => {
    const r = q([soa, ...mv(records)], WWW, { unhealthy });
    expect(r.answers).toHaveLength(count);
    expect(new Set(r.answers).size).toBe(count);
    if (unhealthy.length < records) {
      for (const id of r.setIdentifiers) expect(unhealthy).not.toContain(`hc-${id.slice(1)}`);
    }
  });
});
