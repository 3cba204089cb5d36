import { beforeAll, describe, expect, it } from "vitest";

import { runAdvisor } from "@/lib/advisor/scan";
import type { AdvisorSnapshot } from "@/lib/advisor/types";
import { defaultToDummyCredentials } from "@/scripts/seed/guard";
import { seed } from "@/scripts/seed/index";

import { gatherAdvisorSnapshot } from "./gather-snapshot";

// Against whatever emulator AWS_ENDPOINT_URL names, after the (idempotent) seed: every field a rule reads is there.
describe.skipIf(!process.env.AWS_ENDPOINT_URL)(
  "gatherAdvisorSnapshot (integration, against the emulator)",
  () => {
    let snapshot: AdvisorSnapshot;

    beforeAll(async () => {
      defaultToDummyCredentials();
      await seed({ log: () => undefined });
      snapshot = await gatherAdvisorSnapshot("us-east-1");
    }, 120_000);

    it("reads every part, with nothing left unread", () => {
      expect(snapshot.region).toBe("us-east-1");
      expect(Number.isNaN(Date.parse(snapshot.takenAt))).toBe(false);
      expect(snapshot.unread).toBeUndefined();
    });

    it("has the load balancers with attributes, listeners, rules, certificates, network and alias records", () => {
      const alb = snapshot.loadBalancers.find((config) => config.loadBalancer.name === "images-alb");
      expect(alb).toBeDefined();
      const { loadBalancer } = alb!;
      expect(loadBalancer).toMatchObject({
        arn: expect.stringContaining(":us-east-1:"),
        dnsName: expect.stringContaining(".us-east-1.elb.amazonaws.com"),
        canonicalHostedZoneId: expect.any(String),
        scheme: "internet-facing",
        vpcId: expect.any(String),
      });
      expect(loadBalancer.availabilityZones.length).toBeGreaterThanOrEqual(2);
      expect(loadBalancer.securityGroupIds.length).toBeGreaterThan(0);
      expect(alb!.attributes).toHaveProperty(["idle_timeout.timeout_seconds"]);
      expect(alb!.attributes).toHaveProperty(["deletion_protection.enabled"]);

      const https = alb!.listeners.find((listener) => listener.protocol === "HTTPS");
      expect(https?.certificates.some((cert) => cert.isDefault)).toBe(true);
      expect(https?.sslPolicy).toBeTruthy();
      for (const listener of alb!.listeners) {
        expect(Array.isArray(listener.rules)).toBe(true);
        expect(listener.defaultActions.some((action) => action.spec)).toBe(true);
      }

      expect(alb!.subnets?.length).toBeGreaterThanOrEqual(2);
      for (const subnet of alb!.subnets ?? []) expect(typeof subnet.isPublic).toBe("boolean");
      expect(alb!.securityGroups?.some((group) => loadBalancer.securityGroupIds.includes(group.id))).toBe(
        true,
      );
      expect(alb!.instances?.every((instance) => instance.securityGroupIds.length > 0)).toBe(true);
      expect(alb!.networkAcls?.some((acl) => acl.entries.length > 0)).toBe(true);
      expect(alb!.certificates?.length).toBeGreaterThan(0);
      expect(alb!.aliasRecords?.length).toBeGreaterThan(0);
    });

    it("has every target group with attributes, health check and targets placed in a zone", () => {
      expect(snapshot.targetGroups.length).toBeGreaterThanOrEqual(2);
      for (const group of snapshot.targetGroups) {
        expect(group.attributes).toHaveProperty(["deregistration_delay.timeout_seconds"]);
        expect(group.healthCheck).toHaveProperty("enabled");
        for (const target of group.targets) {
          expect(target.state).toBeTruthy();
          expect(target.availabilityZone).toMatch(/^us-east-1[a-f]$/);
        }
      }
      expect(snapshot.targetGroups.some((group) => group.targets.length > 0)).toBe(true);
    });

    it("has certificates with status, type, expiry, use and validation records", () => {
      expect(snapshot.certificates.length).toBeGreaterThan(0);
      for (const cert of snapshot.certificates) {
        expect(cert.status).not.toBe("UNKNOWN");
        expect(cert.type).not.toBe("UNKNOWN");
        expect(Array.isArray(cert.inUseBy)).toBe(true);
        expect(Array.isArray(cert.domainValidations)).toBe(true);
      }
      expect(snapshot.certificates.some((cert) => cert.notAfter)).toBe(true);
      expect(snapshot.securityGroups.some((group) => group.ingress.length > 0)).toBe(true);
    });

    it("has every zone with its records, and the health checks with their status", () => {
      const zone = snapshot.zones.find(({ zone }) => zone.name === "example.com.");
      expect(zone?.zone).toMatchObject({
        id: expect.any(String),
        isPrivate: false,
        recordCount: expect.any(Number),
      });
      expect(zone?.records.length).toBe(zone?.zone.recordCount);
      const records = zone?.records ?? [];
      expect(records.some((record) => record.AliasTarget?.DNSName && record.AliasTarget.HostedZoneId)).toBe(
        true,
      );
      expect(records.some((record) => record.Failover === "PRIMARY" && record.HealthCheckId)).toBe(true);
      expect(records.some((record) => record.GeoLocation)).toBe(true);
      expect(records.some((record) => record.Region)).toBe(true);
      expect(records.some((record) => record.Weight !== undefined)).toBe(true);
      expect(records.some((record) => record.TTL !== undefined && record.ResourceRecords?.length)).toBe(true);

      expect(snapshot.healthChecks.length).toBeGreaterThan(0);
      for (const check of snapshot.healthChecks)
        expect(snapshot.healthCheckStatuses?.[check.id]).toBeDefined();
    });

    it("feeds the rules: the seeded ALB's known gaps come out", () => {
      const findings = runAdvisor(snapshot);
      expect(findings.map((finding) => finding.ruleId)).toContain("alb-deletion-protection-off");
    });
  },
);
