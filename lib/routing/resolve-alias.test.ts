import { describe, expect, it } from "vitest";

import { WWW, q } from "./resolve.test-helper";
import { alias, paris, rr, soa, weightedA, ZONE } from "./test-helpers";
import type { ResourceRecordSet } from "./types";

describe("alias records and trees", () => {
  // DG "Choosing between alias and non-alias records": an alias to a record in the same zone answers with its values.
  it("follows an alias to a record in the same zone", () => {
    const set = [
      soa,
      rr("origin.example.com.", "A", ["192.0.2.10", "192.0.2.11"]),
      alias("Example.com.", "A", "origin.example.com.", false),
    ];
    const r = q(set, "example.com");
    expect(r.answers).toEqual(["192.0.2.10", "192.0.2.11"]);
    expect(r.explanation.join(" ")).toMatch(/alias to origin\.example\.com A in this zone/);
  });

  it("answers an alias to an ALB with the ALB's DNS name", () => {
    const set = [soa, alias(WWW, "A", "dualstack.My-ALB-123.eu-west-1.elb.amazonaws.com.", true)];
    expect(q(set, WWW).answers).toEqual(["dualstack.my-alb-123.eu-west-1.elb.amazonaws.com"]);
  });

  // DG "Evaluate target health" (alias): with a health check as well, both must pass.
  it.each([
    { unhealthy: [], picked: "alb" },
    { unhealthy: ["hc-alb"], picked: "backup" },
    { unhealthy: ["my-alb.us-east-1.elb.amazonaws.com"], picked: "backup" },
  ])("alias with health check and target health, unhealthy $unhealthy → $picked", ({ unhealthy, picked }) => {
    const set = [
      soa,
      alias(WWW, "A", "my-alb.us-east-1.elb.amazonaws.com", true, {
        SetIdentifier: "alb",
        Failover: "PRIMARY",
        HealthCheckId: "hc-alb",
      }),
      rr(WWW, "A", ["198.51.100.1"], { SetIdentifier: "backup", Failover: "SECONDARY" }),
    ];
    expect(q(set, WWW, { unhealthy }).setIdentifiers).toEqual([picked]);
  });

  // DG "How health checking works in complex Amazon Route 53 configurations": latency aliases → weighted groups.
  function tree(evaluate: boolean): ResourceRecordSet[] {
    return [
      soa,
      alias(WWW, "A", "eu.example.com", evaluate, { SetIdentifier: "eu", Region: "eu-west-1" }),
      alias(WWW, "A", "us.example.com", evaluate, { SetIdentifier: "us", Region: "us-east-1" }),
      weightedA("eu.example.com.", "eu-a", 50, "10.1.0.1", "hc-eu-a"),
      weightedA("eu.example.com.", "eu-b", 50, "10.1.0.2", "hc-eu-b"),
      weightedA("us.example.com.", "us-a", 50, "10.2.0.1", "hc-us-a"),
      weightedA("us.example.com.", "us-b", 50, "10.2.0.2", "hc-us-b"),
    ];
  }

  it("follows the tree and reports both SetIdentifiers", () => {
    const r = q(tree(true), WWW, { client: paris, random: () => 0.1 });
    expect(r.setIdentifiers).toEqual(["eu", "eu-a"]);
    expect(r.answers).toEqual(["10.1.0.1"]);
  });

  it("within a branch an unhealthy record is skipped", () => {
    const r = q(tree(true), WWW, { client: paris, random: () => 0.1, unhealthy: ["hc-eu-a"] });
    expect(r.setIdentifiers).toEqual(["eu", "eu-b"]);
  });

  it("with EvaluateTargetHealth true, a branch with nothing healthy is backed out of", () => {
    const r = q(tree(true), WWW, { client: paris, random: () => 0.1, unhealthy: ["hc-eu-a", "hc-eu-b"] });
    expect(r.setIdentifiers).toEqual(["us", "us-a"]);
  });

  it("with EvaluateTargetHealth false, Route 53 answers from inside the failed branch", () => {
    const r = q(tree(false), WWW, { client: paris, random: () => 0.1, unhealthy: ["hc-eu-a", "hc-eu-b"] });
    expect(r.setIdentifiers).toEqual(["eu", "eu-a"]);
  });

  it("when every branch is unhealthy, all are treated healthy", () => {
    const r = q(tree(true), WWW, {
      client: paris,
      random: () => 0.1,
      unhealthy: ["hc-eu-a", "hc-eu-b", "hc-us-a", "hc-us-b"],
    });
    expect(r.setIdentifiers).toEqual(["eu", "eu-a"]);
  });

  it("treats an evaluated alias to a missing in-zone name as unhealthy, and stops alias loops", () => {
    const missing = [
      soa,
      rr("gone.example.com.", "TXT", ['"x"']),
      alias(WWW, "A", "gone.example.com", true, { SetIdentifier: "p", Failover: "PRIMARY" }),
      rr(WWW, "A", ["203.0.113.9"], { SetIdentifier: "s", Failover: "SECONDARY" }),
    ];
    expect(q(missing, WWW).answers).toEqual(["203.0.113.9"]);
    const loop = [
      soa,
      alias("a.example.com.", "A", "b.example.com", false),
      alias("b.example.com.", "A", "a.example.com", false),
    ];
    expect(q(loop, "a.example.com").answers).toEqual([]);
  });
});

it("keeps the zone name fixture consistent", () => {
  expect(ZONE.endsWith(".")).toBe(true);
});
