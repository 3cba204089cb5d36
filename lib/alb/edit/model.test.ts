import { describe, expect, it } from "vitest";

import { diffViews, sameView } from "@/lib/diff/diff";
import { loadBalancerAttributesSchema, loadBalancerAttributesToAws } from "@/lib/schemas/load-balancer";

import { actionInputFrom, conditionInputFrom, nextPriority, ruleDraftFrom, ruleInputFrom } from "./drafts";
import {
  attributesView,
  changedAttributes,
  editableAttributes,
  listenerView,
  networkView,
  ruleView,
} from "./model";
import { checkRule } from "./schemas";

const BLUE = "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/images-blue/abc";
const GREEN = "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/images-green/def";

describe("attributes", () => {
  it("fills attributes moto does not report with AWS's defaults", () => {
    expect(editableAttributes({ "idle_timeout.timeout_seconds": "60" })).toMatchObject({
      "routing.http2.enabled": "true",
      "routing.http.desync_mitigation_mode": "defensive",
      "deletion_protection.enabled": "false",
    });
  });

  it("sends only the keys that change, never keys the form does not own", () => {
    const current = {
      "idle_timeout.timeout_seconds": "60",
      "deletion_protection.enabled": "false",
      "load_balancing.cross_zone.enabled": "false",
    };
    const form = loadBalancerAttributesSchema.parse({
      idleTimeoutSeconds: "120",
      desyncMitigationMode: "defensive",
    });
    expect(changedAttributes(current, loadBalancerAttributesToAws(form))).toEqual({
      "idle_timeout.timeout_seconds": "120",
    });
  });

  it("keeps the log bucket as it is when access logs are turned off", () => {
    const current = {
      "access_logs.s3.enabled": "true",
      "access_logs.s3.bucket": "logs",
      "access_logs.s3.prefix": "alb",
    };
    const form = loadBalancerAttributesSchema.parse({ accessLogs: { enabled: false } });
    expect(changedAttributes(current, loadBalancerAttributesToAws(form))).toEqual({
      "access_logs.s3.enabled": "false",
    });
  });

  it("previews 60 → 120 in words", () => {
    const before = { "idle_timeout.timeout_seconds": "60" };
    expect(
      diffViews(
        attributesView(before),
        attributesView({
          ...before,
          "idle_timeout.timeout_seconds": "120",
          "deletion_protection.enabled": "true",
        }),
      ),
    ).toEqual([
      {
        key: "Idle timeout (seconds)",
        label: "Idle timeout (seconds)",
        kind: "changed",
        before: "60",
        after: "120",
      },
      {
        key: "Deletion protection",
        label: "Deletion protection",
        kind: "changed",
        before: "off",
        after: "on",
      },
    ]);
  });

  it("treats a missing attribute and its default as the same (no false concurrent change)", () => {
    expect(
      sameView(
        attributesView({}),
        attributesView({ "routing.http2.enabled": "true", "idle_timeout.timeout_seconds": "60" }),
      ),
    ).toBe(true);
  });
});

describe("rules", () => {
  it("shows weights and shares of a weighted forward", () => {
    const view = ruleView({
      priority: 10,
      conditions: [{ field: "path-pattern", values: ["/images/*"] }],
      action: {
        type: "forward",
        targetGroups: [
          { targetGroupArn: BLUE, weight: 90 },
          { targetGroupArn: GREEN, weight: 10 },
        ],
      },
    });
    expect(view).toEqual({
      Priority: "10",
      Conditions: ["Path is /images/*"],
      Action: "forward",
      "Forward to": ["images-blue · weight 90 (90%)", "images-green · weight 10 (10%)"],
    });
  });

  it("reads a single forward without a weight the same whether AWS reports weight 1 or none", () => {
    const bare = ruleView({
      priority: 1,
      conditions: [],
      action: { type: "forward", targetGroups: [{ targetGroupArn: BLUE }] },
    });
    const weighted = ruleView({
      priority: 1,
      conditions: [],
      action: { type: "forward", targetGroups: [{ targetGroupArn: BLUE, weight: 1 }] },
    });
    expect(sameView(bare, weighted)).toBe(true);
  });

  it("round-trips a rule through the form draft", () => {
    const rule = {
      priority: 20,
      conditions: [
        { field: "host-header" as const, values: ["images.example.com"] },
        { field: "http-header" as const, headerName: "X-Canary", values: ["1"] },
        { field: "query-string" as const, values: [{ key: "v", value: "2" }] },
      ],
      action: {
        type: "forward" as const,
        targetGroups: [
          { targetGroupArn: BLUE, weight: 90 },
          { targetGroupArn: GREEN, weight: 10 },
        ],
      },
    };
    const checked = checkRule(ruleInputFrom(ruleDraftFrom(rule, { priority: 10 })), {});
    expect(checked.ok && ruleView(checked.data)).toEqual(ruleView(rule));
  });

  it("catches what moto lets through: weight 1000, a taken priority, six target groups", () => {
    const draft = ruleDraftFrom(undefined, { priority: 10, targetGroupArn: BLUE });
    draft.conditions[0] = { field: "path-pattern", headerName: "", values: "/a/*" };
    draft.action.targets = [{ targetGroupArn: BLUE, weight: "1000" }];
    const checked = checkRule(ruleInputFrom(draft), { usedPriorities: [10] });
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.fieldErrors["rule.action.targetGroups.0.weight"]).toEqual([
        "A weight must be between 0 and 999.",
      ]);
      expect(checked.fieldErrors["rule.priority"]?.[0]).toContain("already has priority 10");
    }
    const six = {
      ...draft.action,
      targets: Array.from({ length: 6 }, (_, index) => ({ targetGroupArn: `${BLUE}${index}`, weight: "1" })),
    };
    expect(
      JSON.stringify(
        checkRule({ ...(ruleInputFrom(draft) as object), priority: 11, action: actionInputFrom(six) }, {}),
      ),
    ).toContain("at most 5 target groups");
  });

  it("splits condition values and query pairs", () => {
    expect(conditionInputFrom({ field: "path-pattern", headerName: "", values: "/a/*, /b/*,," })).toEqual({
      field: "path-pattern",
      values: ["/a/*", "/b/*"],
    });
    expect(conditionInputFrom({ field: "query-string", headerName: "", values: "v=2, beta" })).toEqual({
      field: "query-string",
      values: [{ key: "v", value: "2" }, { value: "beta" }],
    });
  });

  it("suggests the next free priority in steps of 10", () => {
    expect(nextPriority([])).toBe(10);
    expect(nextPriority([10, 15])).toBe(20);
    expect(nextPriority([50000])).toBe(50000);
  });
});

describe("listener and network views", () => {
  it("leaves the policy out for HTTP listeners (moto reports one anyway)", () => {
    const view = listenerView({
      arn: "l",
      loadBalancerArn: "lb",
      protocol: "HTTP",
      port: 80,
      sslPolicy: "ELBSecurityPolicy-2016-08",
      certificates: [],
      defaultActions: [],
    });
    expect(view).toEqual({ Listener: "HTTP:80", "Default action": "—" });
  });

  it("lists default and additional certificates separately", () => {
    const view = listenerView(
      {
        arn: "l",
        loadBalancerArn: "lb",
        protocol: "HTTPS",
        port: 443,
        sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
        certificates: [
          { certificateArn: "arn:aws:acm:r:1:certificate/aaaa", isDefault: true },
          { certificateArn: "arn:aws:acm:r:1:certificate/bbbb", isDefault: false },
        ],
        defaultActions: [],
      },
      { "arn:aws:acm:r:1:certificate/bbbb": "legacy.example.com" },
    );
    expect(view["Default certificate"]).toBe("aaaa");
    expect(view["Additional certificates"]).toEqual(["legacy.example.com (bbbb)"]);
  });

  it("compares subnets regardless of order", () => {
    const a = networkView({
      availabilityZones: [
        { zoneName: "a", subnetId: "s1" },
        { zoneName: "b", subnetId: "s2" },
      ],
      securityGroupIds: ["sg-2", "sg-1"],
    });
    const b = networkView({
      availabilityZones: [
        { zoneName: "b", subnetId: "s2" },
        { zoneName: "a", subnetId: "s1" },
      ],
      securityGroupIds: ["sg-1", "sg-2"],
    });
    expect(sameView(a, b)).toBe(true);
  });
});
