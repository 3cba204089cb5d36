import { describe, expect, it } from "vitest";

import { healthyAlbConfig, TG_ARN } from "@/lib/alb/alb-config.fixture";
import { httpCodeInfo, TROUBLESHOOT_CODES } from "@/lib/alb/troubleshoot/codes";
import type { AlbConfig } from "@/lib/alb/types";

import { explainHttpCode } from "./troubleshoot";

const diagnose = (code: number, config: AlbConfig) => explainHttpCode(code, config);
const ids = (code: number, config: AlbConfig) => diagnose(code, config).map((finding) => finding.ruleId);

describe("httpCodeInfo", () => {
  it.each([400, 401, 403, 405, 408, 413, 414, 460, 463, 464, 500, 501, 502, 503, 504, 505, 561])(
    "covers %s",
    (code) => {
      const info = httpCodeInfo(code);
      expect(info).toBeDefined();
      expect(TROUBLESHOOT_CODES).toContain(code);
      expect(info!.meaning.length).toBeGreaterThan(20);
      expect(info!.metrics.length).toBeGreaterThan(0);
      expect(info!.causes.length).toBeGreaterThan(0);
    },
  );

  it("says who generates each code", () => {
    expect(httpCodeInfo(502)?.source).toBe("load-balancer");
    expect(httpCodeInfo(401)?.source).toBe("either");
    expect(httpCodeInfo(502)?.metrics.join(" ")).toContain("HTTPCode_Target_5XX_Count");
    expect(httpCodeInfo(404)).toBeUndefined();
  });
});

describe("explainHttpCode", () => {
  it("504: slow targets against the idle timeout", () => {
    const config = { ...healthyAlbConfig(), metrics: { targetResponseTimeP99: 58 } };
    const findings = diagnose(504, config);
    expect(findings[0]).toMatchObject({ ruleId: "alb-targets-near-idle-timeout", severity: "critical" });
    expect(findings[0]?.title).toContain("60 s idle timeout");
  });

  it("504: target SG not admitting the LB SG, NACL ephemeral ports, unhealthy targets", () => {
    const config = healthyAlbConfig();
    config.securityGroups![1]!.ingress = [];
    config.networkAcls![0]!.entries.unshift({
      ruleNumber: 10,
      isEgress: true,
      protocol: "6",
      action: "deny",
      fromPort: 1024,
      toPort: 65535,
    });
    config.targetGroups[0]!.targets[0]!.state = "unhealthy";
    config.targetGroups[0]!.targets[0]!.reasonCode = "Target.Timeout";
    expect(ids(504, config)).toEqual(
      expect.arrayContaining([
        "alb-target-port-blocked",
        "alb-nacl-blocks-ephemeral-ports",
        "alb-some-targets-unhealthy",
      ]),
    );
  });

  it("502: target keep-alive shorter than the idle timeout and the ELB-only 502 pattern", () => {
    const config = {
      ...healthyAlbConfig(),
      targetKeepAliveSeconds: 5,
      metrics: { elb502: 40, target5xx: 0 },
    };
    expect(ids(502, config).slice(0, 2)).toEqual([
      "alb-keep-alive-shorter-than-idle",
      "alb-502-without-target-5xx",
    ]);
  });

  it("503: a forwarded TG with no registered targets", () => {
    const config = healthyAlbConfig();
    config.targetGroups[0]!.targets = [];
    expect(diagnose(503, config)[0]).toMatchObject({ ruleId: "alb-target-group-empty" });
    expect(diagnose(503, config)[0]?.resources[0]).toMatchObject({
      id: TG_ARN,
      href: "/target-groups/web-tg",
    });
    expect(diagnose(503, config)[0]?.explanation).toContain("HTTPS:443");
  });

  it("460 and 408 mention this ALB's idle timeout", () => {
    const config = healthyAlbConfig();
    config.attributes["idle_timeout.timeout_seconds"] = "120";
    expect(diagnose(460, config)[0]?.title ?? "").toMatch(/120 s/);
    expect(diagnose(408, config)[0]?.title).toBe("Idle timeout is 120 s");
  });

  it("464: a gRPC target group behind plain HTTP", () => {
    const config = healthyAlbConfig();
    config.targetGroups[0]!.protocolVersion = "GRPC";
    config.listeners[1]!.defaultActions = config.listeners[0]!.defaultActions;
    expect(diagnose(464, config)[0]).toMatchObject({
      ruleId: "alb-grpc-or-http2-over-plain-http",
      severity: "critical",
    });
  });

  it("401: no authenticate action means the targets answered", () => {
    expect(ids(401, healthyAlbConfig())).toEqual(["hint-no-authenticate-actions"]);
  });

  it("413: Lambda target groups", () => {
    const config = healthyAlbConfig();
    config.targetGroups[0]!.targetType = "lambda";
    expect(ids(413, config)).toEqual(["hint-lambda-target"]);
  });

  it("returns nothing for a code outside the knowledge base", () => {
    expect(diagnose(418, healthyAlbConfig())).toEqual([]);
  });
});
