import { CERT_ARN, TG_ARN } from "@/lib/alb/alb-config.fixture";

import type { RuleCase } from "../snapshot.fixture";

// A trigger and a near miss for each load balancer rule, on the clean snapshot of ../snapshot.fixture.ts.

const rules = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    arn: `r${i}`,
    priority: i + 1,
    isDefault: false,
    conditions: [],
    actions: [],
  }));

export const ALB_RULE_CASES: Record<string, RuleCase> = {
  "alb-single-az": {
    triggers: (_, alb) => void alb.loadBalancer.availabilityZones.pop(),
    doesNot: (_, alb) =>
      void alb.loadBalancer.availabilityZones.push({ zoneName: "us-east-1c", subnetId: "s-c" }),
  },
  "alb-private-subnet": {
    triggers: (_, alb) => void (alb.subnets![0]!.isPublic = false),
    doesNot: (_, alb) => {
      alb.subnets![0]!.isPublic = false;
      alb.loadBalancer.scheme = "internal";
    },
  },
  "alb-listener-port-blocked": {
    triggers: (_, alb) => void alb.securityGroups![0]!.ingress.shift(),
    doesNot: (_, alb) => void alb.securityGroups![0]!.ingress.reverse(),
  },
  "alb-target-port-blocked": {
    triggers: (_, alb) => void (alb.securityGroups![1]!.ingress = []),
    doesNot: (_, alb) => void (alb.securityGroups![1]!.ingress[0]!.toPort = 8090),
  },
  "alb-nacl-blocks-ephemeral-ports": {
    triggers: (_, alb) =>
      void alb.networkAcls![0]!.entries.unshift({
        ruleNumber: 10,
        isEgress: true,
        protocol: "6",
        action: "deny",
        fromPort: 1024,
        toPort: 65535,
      }),
    doesNot: (_, alb) =>
      void alb.networkAcls![0]!.entries.unshift({
        ruleNumber: 10,
        isEgress: true,
        protocol: "6",
        action: "deny",
        fromPort: 22,
        toPort: 22,
      }),
  },
  "alb-targets-open-to-internet": {
    triggers: (_, alb) => void alb.securityGroups![1]!.ingress[0]!.cidrs.push("0.0.0.0/0"),
    doesNot: (_, alb) => void alb.securityGroups![1]!.ingress[0]!.cidrs.push("10.0.0.0/16"),
  },
  "alb-http-without-https-redirect": {
    triggers: (_, alb) => void (alb.listeners[1]!.defaultActions = alb.listeners[0]!.defaultActions),
    doesNot: (_, alb) => {
      alb.listeners[1]!.defaultActions = alb.listeners[0]!.defaultActions;
      alb.loadBalancer.scheme = "internal";
    },
  },
  "alb-legacy-tls-policy": {
    triggers: (_, alb) => void (alb.listeners[0]!.sslPolicy = "ELBSecurityPolicy-2016-08"),
    doesNot: (_, alb) => void (alb.listeners[0]!.sslPolicy = "ELBSecurityPolicy-TLS13-1-2-2021-06"),
  },
  "alb-deletion-protection-off": {
    triggers: (_, alb) => void (alb.attributes["deletion_protection.enabled"] = "false"),
    doesNot: (_, alb) => void (alb.attributes["deletion_protection.enabled"] = "true"),
  },
  "alb-access-logs-off": {
    triggers: (_, alb) => void delete alb.attributes["access_logs.s3.enabled"],
    doesNot: (_, alb) => void (alb.attributes["access_logs.s3.enabled"] = "true"),
  },
  "alb-invalid-headers-kept": {
    triggers: (_, alb) => void (alb.attributes["routing.http.drop_invalid_header_fields.enabled"] = "false"),
    doesNot: () => undefined,
  },
  "alb-desync-monitor-only": {
    triggers: (_, alb) => void (alb.attributes["routing.http.desync_mitigation_mode"] = "monitor"),
    doesNot: (_, alb) => void (alb.attributes["routing.http.desync_mitigation_mode"] = "strictest"),
  },
  "elbv2-target-group-unused": {
    triggers: (snapshot, alb) =>
      void snapshot.targetGroups.push({
        ...alb.targetGroups[0]!,
        arn: "tg/spare",
        name: "spare",
        loadBalancerArns: [],
      }),
    doesNot: (_, alb) => void (alb.listeners[1]!.defaultActions = alb.listeners[0]!.defaultActions),
  },
  "alb-target-group-empty": {
    triggers: (_, alb) => void (alb.targetGroups[0]!.targets = []),
    doesNot: (_, alb) => void alb.targetGroups[0]!.targets.pop(),
  },
  "alb-all-targets-unhealthy": {
    triggers: (_, alb) => alb.targetGroups[0]!.targets.forEach((target) => (target.state = "unhealthy")),
    doesNot: (_, alb) => alb.targetGroups[0]!.targets.forEach((target) => (target.state = "draining")),
  },
  "alb-some-targets-unhealthy": {
    triggers: (_, alb) => void (alb.targetGroups[0]!.targets[0]!.state = "unhealthy"),
    doesNot: (_, alb) => void (alb.targetGroups[0]!.targets[0]!.state = "initial"),
  },
  "alb-health-check-code-mismatch": {
    triggers: (_, alb) => void (alb.targetGroups[0]!.targets[1]!.reasonCode = "Target.ResponseCodeMismatch"),
    doesNot: (_, alb) =>
      void (alb.targetGroups[0]!.targets[1]!.reasonCode = "Target.DeregistrationInProgress"),
  },
  "alb-health-check-timeout-not-below-interval": {
    triggers: (_, alb) => void (alb.targetGroups[0]!.healthCheck.timeoutSeconds = 30),
    doesNot: (_, alb) => void (alb.targetGroups[0]!.healthCheck.timeoutSeconds = 29),
  },
  "alb-reserved-stickiness-cookie": {
    triggers: (_, alb) =>
      void (alb.targetGroups[0]!.attributes["stickiness.app_cookie.cookie_name"] = "AWSALBTG"),
    doesNot: (_, alb) =>
      void (alb.targetGroups[0]!.attributes["stickiness.app_cookie.cookie_name"] = "session"),
  },
  "alb-deregistration-shorter-than-idle": {
    triggers: (_, alb) =>
      void (alb.targetGroups[0]!.attributes["deregistration_delay.timeout_seconds"] = "10"),
    doesNot: (_, alb) =>
      void (alb.targetGroups[0]!.attributes["deregistration_delay.timeout_seconds"] = "60"),
  },
  "alb-targets-outside-zones": {
    triggers: (_, alb) =>
      alb.targetGroups[0]!.targets.forEach((target) => (target.availabilityZone = "us-east-1f")),
    doesNot: (_, alb) => void (alb.targetGroups[0]!.targets[0]!.availabilityZone = "us-east-1f"),
  },
  "alb-grpc-or-http2-over-plain-http": {
    triggers: (_, alb) => {
      alb.targetGroups[0]!.protocolVersion = "GRPC";
      alb.listeners[1]!.defaultActions = alb.listeners[0]!.defaultActions;
    },
    doesNot: (_, alb) => void (alb.targetGroups[0]!.protocolVersion = "GRPC"),
  },
  "alb-target-in-groups-with-different-health-checks": {
    triggers: (snapshot, alb) => {
      const other = {
        ...alb.targetGroups[0]!,
        arn: "tg/other",
        name: "other",
        healthCheck: { enabled: true, path: "/ping" },
      };
      alb.targetGroups.push(other);
      alb.listeners[0]!.rules = [
        {
          arn: "rule/1",
          priority: 1,
          isDefault: false,
          conditions: [{ field: "path-pattern", values: ["/api/*"] }],
          actions: [
            {
              type: "forward",
              summary: "",
              spec: { type: "forward", targetGroups: [{ targetGroupArn: "tg/other" }] },
            },
          ],
        },
      ];
      snapshot.targetGroups = alb.targetGroups;
    },
    doesNot: (snapshot, alb) => {
      alb.targetGroups.push({ ...alb.targetGroups[0]!, arn: "tg/other", name: "other" });
      alb.listeners[0]!.rules = [
        {
          arn: "rule/1",
          priority: 1,
          isDefault: false,
          conditions: [{ field: "path-pattern", values: ["/api/*"] }],
          actions: [
            {
              type: "forward",
              summary: "",
              spec: { type: "forward", targetGroups: [{ targetGroupArn: "tg/other" }] },
            },
          ],
        },
      ];
      snapshot.targetGroups = alb.targetGroups;
    },
  },
  "alb-keep-alive-shorter-than-idle": {
    triggers: (_, alb) => void (alb.targetKeepAliveSeconds = 60),
    doesNot: (_, alb) => void (alb.targetKeepAliveSeconds = 75),
  },
  "alb-502-without-target-5xx": {
    triggers: (_, alb) => void (alb.metrics = { elb502: 3, target5xx: 0 }),
    doesNot: (_, alb) => void (alb.metrics = { elb502: 3, target5xx: 9 }),
  },
  "alb-targets-near-idle-timeout": {
    triggers: (_, alb) => void (alb.metrics = { targetResponseTimeP99: 55 }),
    doesNot: (_, alb) => void (alb.metrics = { targetResponseTimeP99: 2 }),
  },
  "alb-target-connection-errors": {
    triggers: (_, alb) => void (alb.metrics = { targetConnectionErrors: 4 }),
    doesNot: (_, alb) => void (alb.metrics = { targetConnectionErrors: 0 }),
  },
  "alb-rules-near-quota": {
    triggers: (_, alb) => void (alb.listeners[0]!.rules = rules(80)),
    doesNot: (_, alb) => void (alb.listeners[0]!.rules = rules(79)),
  },
  "alb-listener-certificates-near-quota": {
    triggers: (_, alb) =>
      void alb.listeners[0]!.certificates.push(
        ...Array.from({ length: 20 }, () => ({ certificateArn: CERT_ARN, isDefault: false })),
      ),
    doesNot: (_, alb) =>
      void alb.listeners[0]!.certificates.push(
        ...Array.from({ length: 19 }, () => ({ certificateArn: CERT_ARN, isDefault: false })),
      ),
  },
  "alb-forward-target-groups-at-quota": {
    triggers: (_, alb) => {
      const spec = alb.listeners[0]!.defaultActions[0]!.spec;
      if (spec?.type === "forward")
        spec.targetGroups = Array.from({ length: 5 }, () => ({ targetGroupArn: TG_ARN }));
    },
    doesNot: (_, alb) => {
      const spec = alb.listeners[0]!.defaultActions[0]!.spec;
      if (spec?.type === "forward")
        spec.targetGroups = Array.from({ length: 4 }, () => ({ targetGroupArn: TG_ARN }));
    },
  },
};
