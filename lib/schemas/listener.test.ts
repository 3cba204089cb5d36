import { describe, expect, it } from "vitest";

import { actionSchema } from "./alb-action";
import { listenerCertificatesSchemaFor, listenerSchema, listenerSchemaFor } from "./listener";
import { ruleSchemaFor } from "./listener-rule";

function issuesOf(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
}

const ISSUED = "arn:aws:acm:us-east-1:1:certificate/issued";
const PENDING = "arn:aws:acm:us-east-1:1:certificate/pending";
const certificates = { statuses: { [ISSUED]: "ISSUED", [PENDING]: "PENDING_VALIDATION" } };
const forward = { type: "forward", targetGroups: [{ targetGroupArn: "tg-1" }] };

describe("listenerSchemaFor", () => {
  it("accepts HTTPS with an issued certificate and a policy", () => {
    const input = {
      protocol: "HTTPS",
      port: "443",
      certificateArn: ISSUED,
      sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
      defaultAction: forward,
    };
    expect(listenerSchemaFor({ certificates }).safeParse(input).success).toBe(true);
  });
  it("refuses a PENDING certificate that moto would accept", () => {
    const input = {
      protocol: "HTTPS",
      port: 443,
      certificateArn: PENDING,
      sslPolicy: "p",
      defaultAction: forward,
    };
    const issues = issuesOf(listenerSchemaFor({ certificates }).safeParse(input));
    expect(issues).toEqual([
      {
        path: "certificateArn",
        message: expect.stringContaining("waiting for its DNS validation") as string,
      },
    ]);
  });
  it("refuses a certificate from another region", () => {
    const input = {
      protocol: "HTTPS",
      port: 443,
      certificateArn: "arn:aws:acm:eu-west-1:1:certificate/x",
      sslPolicy: "p",
      defaultAction: forward,
    };
    expect(issuesOf(listenerSchemaFor({ certificates }).safeParse(input))[0]?.message).toContain(
      "its own region",
    );
  });
  it("needs exactly one default certificate and a policy on HTTPS", () => {
    const paths = issuesOf(
      listenerSchema.safeParse({ protocol: "HTTPS", port: 443, defaultAction: forward }),
    ).map((i) => i.path);
    expect(paths).toEqual(["certificateArn", "sslPolicy"]);
  });
  it("refuses a certificate on HTTP", () => {
    const issues = issuesOf(
      listenerSchema.safeParse({
        protocol: "HTTP",
        port: 80,
        certificateArn: ISSUED,
        defaultAction: forward,
      }),
    );
    expect(issues[0]).toEqual({
      path: "certificateArn",
      message: "Only HTTPS listeners take a certificate.",
    });
  });
  it.each([0, 65536, 1.5])("refuses port %s", (port) => {
    expect(
      issuesOf(listenerSchema.safeParse({ protocol: "HTTP", port, defaultAction: forward }))[0]?.path,
    ).toBe("port");
  });
  it("refuses a port already used on the load balancer", () => {
    expect(
      issuesOf(
        listenerSchemaFor({ usedPorts: [80] }).safeParse({
          protocol: "HTTP",
          port: 80,
          defaultAction: forward,
        }),
      )[0]?.message,
    ).toContain("already has a listener on port 80");
  });
  it("refuses an HTTPS → HTTP redirect", () => {
    const input = {
      protocol: "HTTPS",
      port: 443,
      certificateArn: ISSUED,
      sslPolicy: "p",
      defaultAction: { type: "redirect", protocol: "HTTP", port: "80" },
    };
    expect(issuesOf(listenerSchema.safeParse(input))).toContainEqual({
      path: "defaultAction.protocol",
      message: expect.stringContaining("cannot redirect to HTTP") as string,
    });
  });
  it("accepts the HTTP → HTTPS redirect and refuses a redirect to itself", () => {
    const redirect = { type: "redirect", protocol: "HTTPS", port: "443" };
    expect(listenerSchema.safeParse({ protocol: "HTTP", port: 80, defaultAction: redirect }).success).toBe(
      true,
    );
    const loop = { type: "redirect", protocol: "HTTP", port: "80" };
    expect(
      issuesOf(listenerSchema.safeParse({ protocol: "HTTP", port: 80, defaultAction: loop }))[0]?.message,
    ).toContain("loops");
  });
});

describe("actionSchema", () => {
  it.each([
    [{ type: "forward", targetGroups: [] }, "targetGroups", "at least one"],
    [
      { type: "forward", targetGroups: Array.from({ length: 6 }, (_, i) => ({ targetGroupArn: `tg-${i}` })) },
      "targetGroups",
      "at most 5",
    ],
    [
      { type: "forward", targetGroups: [{ targetGroupArn: "a", weight: 1000 }] },
      "targetGroups.0.weight",
      "between 0 and 999",
    ],
    [
      { type: "forward", targetGroups: [{ targetGroupArn: "a", weight: -1 }] },
      "targetGroups.0.weight",
      "between 0 and 999",
    ],
    [
      { type: "forward", targetGroups: [{ targetGroupArn: "a" }, { targetGroupArn: "a" }] },
      "targetGroups.1.targetGroupArn",
      "already in the list",
    ],
    [
      { type: "forward", targetGroups: [{ targetGroupArn: "a", weight: 0 }] },
      "targetGroups.0.weight",
      "weight above 0",
    ],
    [
      { type: "forward", targetGroups: [{ targetGroupArn: "a" }], stickinessDurationSeconds: 604801 },
      "stickinessDurationSeconds",
      "7 days",
    ],
    [{ type: "redirect", protocol: "FTP" }, "protocol", "HTTP, HTTPS"],
    [{ type: "redirect", protocol: "HTTPS", port: "70000" }, "port", "between 1 and 65535"],
    [{ type: "redirect", protocol: "HTTPS", host: "h".repeat(129) }, "host", "at most 128"],
    [{ type: "redirect", protocol: "HTTPS", path: "no-slash" }, "path", "must start with /"],
    [{ type: "redirect" }, "protocol", "redirect loop"],
    [{ type: "fixed-response", statusCode: "302" }, "statusCode", "2XX, 4XX or 5XX"],
    [{ type: "fixed-response", statusCode: "200", contentType: "image/png" }, "contentType", "text/plain"],
    [
      { type: "fixed-response", statusCode: "200", messageBody: "x".repeat(1025) },
      "messageBody",
      "at most 1024",
    ],
  ])("rejects %j at %s", (input, path, message) => {
    expect(issuesOf(actionSchema.safeParse(input))).toContainEqual({
      path,
      message: expect.stringContaining(message) as string,
    });
  });
  it("accepts a weighted forward and a fixed response", () => {
    expect(
      actionSchema.safeParse({
        type: "forward",
        targetGroups: [
          { targetGroupArn: "a", weight: "90" },
          { targetGroupArn: "b", weight: 10 },
        ],
      }).success,
    ).toBe(true);
    expect(
      actionSchema.safeParse({ type: "fixed-response", statusCode: "503", messageBody: "x".repeat(1024) })
        .success,
    ).toBe(true);
  });
});

describe("ruleSchemaFor", () => {
  const rule = { priority: 10, conditions: [{ field: "path-pattern", values: ["/api/*"] }], action: forward };
  it("accepts a path rule", () => {
    expect(ruleSchemaFor().safeParse(rule).success).toBe(true);
  });
  it.each([0, 50001])("refuses priority %s", (priority) => {
    expect(issuesOf(ruleSchemaFor().safeParse({ ...rule, priority }))[0]?.message).toContain(
      "between 1 and 50000",
    );
  });
  it("refuses a used priority", () => {
    expect(issuesOf(ruleSchemaFor({ usedPriorities: [10] }).safeParse(rule))[0]?.path).toBe("priority");
  });
  it("refuses more than 3 values in a condition and 5 in a rule", () => {
    const four = {
      ...rule,
      conditions: [{ field: "host-header", values: ["a.com", "b.com", "c.com", "d.com"] }],
    };
    expect(issuesOf(ruleSchemaFor().safeParse(four))[0]).toEqual({
      path: "conditions.0.values",
      message: expect.stringContaining("at most 3") as string,
    });
    const six = {
      ...rule,
      conditions: [
        { field: "host-header", values: ["a.com", "b.com", "c.com"] },
        { field: "path-pattern", values: ["/a", "/b", "/c"] },
      ],
    };
    expect(issuesOf(ruleSchemaFor().safeParse(six))[0]).toEqual({
      path: "conditions",
      message: expect.stringContaining("at most 5 values") as string,
    });
  });
  it("refuses two host-header conditions and no conditions", () => {
    const two = {
      ...rule,
      conditions: [
        { field: "host-header", values: ["a.com"] },
        { field: "host-header", values: ["b.com"] },
      ],
    };
    expect(issuesOf(ruleSchemaFor().safeParse(two))[0]?.path).toBe("conditions.1.field");
    expect(issuesOf(ruleSchemaFor().safeParse({ ...rule, conditions: [] }))[0]?.path).toBe("conditions");
  });
  it("refuses HTTPS → HTTP redirects on an HTTPS listener only", () => {
    const redirect = { ...rule, action: { type: "redirect", protocol: "HTTP" } };
    expect(issuesOf(ruleSchemaFor({ listenerProtocol: "HTTPS" }).safeParse(redirect))[0]?.path).toBe(
      "action.protocol",
    );
    expect(
      ruleSchemaFor({ listenerProtocol: "HTTP" }).safeParse({
        ...redirect,
        action: { type: "redirect", protocol: "HTTP", host: "other.example.com" },
      }).success,
    ).toBe(true);
  });
  it("checks the header and source-ip value formats", () => {
    const bad = { ...rule, conditions: [{ field: "source-ip", values: ["10.0.0.1"] }] };
    expect(issuesOf(ruleSchemaFor().safeParse(bad))[0]?.path).toBe("conditions.0.values.0");
    const header = { ...rule, conditions: [{ field: "http-header", headerName: "X Bad", values: ["1"] }] };
    expect(issuesOf(ruleSchemaFor().safeParse(header))[0]?.path).toBe("conditions.0.headerName");
  });
});

describe("listenerCertificatesSchemaFor", () => {
  it("refuses pending certificates and more than 25", () => {
    const schema = listenerCertificatesSchemaFor({ certificates, existingCount: 25 });
    const paths = issuesOf(schema.safeParse({ certificateArns: [PENDING] })).map((issue) => issue.path);
    expect(paths).toEqual(["certificateArns.0", "certificateArns"]);
  });
});
