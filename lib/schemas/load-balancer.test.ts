import { describe, expect, it } from "vitest";

import {
  createAlbWizardSchemaFor,
  createLoadBalancerSchema,
  loadBalancerAttributesSchema,
  loadBalancerAttributesToAws,
  loadBalancerNameSchema,
} from "./load-balancer";

function issuesOf(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
}

const subnets = [
  { subnetId: "subnet-a", availabilityZone: "us-east-1a" },
  { subnetId: "subnet-b", availabilityZone: "us-east-1b" },
];
const lb = { name: "web", subnets, securityGroupIds: ["sg-1"] };

describe("loadBalancerNameSchema", () => {
  it("refuses the internal- prefix", () => {
    expect(loadBalancerNameSchema.safeParse("internal-web").error?.issues[0]?.message).toContain(
      'cannot start with "internal-"',
    );
    expect(loadBalancerNameSchema.safeParse("web-internal").success).toBe(true);
  });
});

describe("createLoadBalancerSchema", () => {
  it("accepts two subnets in two AZs", () => {
    expect(createLoadBalancerSchema.parse(lb)).toMatchObject({
      scheme: "internet-facing",
      ipAddressType: "ipv4",
    });
  });
  it("explains the two-AZ rule on the subnets field", () => {
    const issues = issuesOf(createLoadBalancerSchema.safeParse({ ...lb, subnets: [subnets[0]] }));
    expect(issues).toEqual([
      {
        path: "subnets",
        message: expect.stringContaining(
          "An Application Load Balancer needs subnets in at least two Availability Zones",
        ) as string,
      },
    ]);
  });
  it("refuses two subnets in one AZ", () => {
    const issues = issuesOf(
      createLoadBalancerSchema.safeParse({
        ...lb,
        subnets: [...subnets, { subnetId: "subnet-c", availabilityZone: "us-east-1a" }],
      }),
    );
    expect(issues).toEqual([
      {
        path: "subnets.2.subnetId",
        message: expect.stringContaining("one subnet per Availability Zone") as string,
      },
    ]);
  });
  it("keeps internal load balancers on ipv4", () => {
    const issues = issuesOf(
      createLoadBalancerSchema.safeParse({ ...lb, scheme: "internal", ipAddressType: "dualstack" }),
    );
    expect(issues[0]?.path).toBe("ipAddressType");
  });
  it("needs a security group", () => {
    expect(issuesOf(createLoadBalancerSchema.safeParse({ ...lb, securityGroupIds: [] }))[0]?.path).toBe(
      "securityGroupIds",
    );
  });
});

describe("createAlbWizardSchemaFor", () => {
  const ISSUED = "arn:cert/issued";
  const wizard = {
    name: "web",
    vpcId: "vpc-1",
    subnets,
    securityGroup: { mode: "create", name: "web-alb" },
    targetGroup: { name: "web-tg", protocol: "HTTP", port: 80, vpcId: "vpc-1" },
    targets: [{ id: "i-1" }],
    listeners: [
      { protocol: "HTTP", port: 80, action: "redirect-https" },
      {
        protocol: "HTTPS",
        port: 443,
        certificateArn: ISSUED,
        sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
      },
    ],
  };
  const schema = createAlbWizardSchemaFor({
    certificates: { statuses: { [ISSUED]: "ISSUED", "arn:cert/pending": "PENDING_VALIDATION" } },
  });

  it("accepts a complete wizard and fills defaults", () => {
    const parsed = schema.parse(wizard);
    expect(parsed.securityGroup).toMatchObject({ mode: "create", ingressCidrs: ["0.0.0.0/0"] });
    expect(parsed.waitUntilActive).toBe(true);
  });
  it("points each problem at its field", () => {
    const bad = {
      ...wizard,
      targetGroup: {
        ...wizard.targetGroup,
        vpcId: "vpc-2",
        healthCheck: { timeoutSeconds: 40, intervalSeconds: 30 },
      },
      listeners: [
        { protocol: "HTTP", port: 80, action: "redirect-https" },
        { protocol: "HTTPS", port: 80, certificateArn: "arn:cert/pending" },
      ],
    };
    const paths = issuesOf(schema.safeParse(bad)).map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "targetGroup.healthCheck.timeoutSeconds",
        "targetGroup.vpcId",
        "listeners.1.port",
        "listeners.1.certificateArn",
        "listeners.1.sslPolicy",
      ]),
    );
  });
  it("refuses a redirect to HTTPS without an HTTPS listener", () => {
    const issues = issuesOf(
      schema.safeParse({ ...wizard, listeners: [{ protocol: "HTTP", port: 80, action: "redirect-https" }] }),
    );
    expect(issues[0]?.path).toBe("listeners.0.defaultAction.port");
  });
  it("accepts forward, a general redirect and a fixed response as default actions", () => {
    const parsed = schema.parse({
      ...wizard,
      listeners: [
        {
          protocol: "HTTP",
          port: 80,
          defaultAction: { type: "redirect", protocol: "HTTPS", port: "443", statusCode: "HTTP_302" },
        },
        {
          protocol: "HTTP",
          port: 8080,
          defaultAction: { type: "fixed-response", statusCode: "503", messageBody: "maintenance" },
        },
        {
          protocol: "HTTPS",
          port: 443,
          certificateArn: ISSUED,
          sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
          defaultAction: { type: "forward" },
        },
      ],
    });
    expect(parsed.listeners.map((listener) => listener.defaultAction)).toEqual([
      {
        type: "redirect",
        statusCode: "HTTP_302",
        protocol: "HTTPS",
        port: "443",
        host: "#{host}",
        path: "/#{path}",
        query: "#{query}",
      },
      { type: "fixed-response", statusCode: "503", contentType: "text/plain", messageBody: "maintenance" },
      { type: "forward" },
    ]);
  });
  it.each([
    [
      { protocol: "HTTP", port: 80, defaultAction: { type: "fixed-response", statusCode: "302" } },
      "statusCode",
      "2XX, 4XX or 5XX",
    ],
    [
      {
        protocol: "HTTP",
        port: 80,
        defaultAction: { type: "fixed-response", statusCode: "200", contentType: "image/png" },
      },
      "contentType",
      "text/plain",
    ],
    [
      {
        protocol: "HTTP",
        port: 80,
        defaultAction: { type: "fixed-response", statusCode: "200", messageBody: "x".repeat(1025) },
      },
      "messageBody",
      "1024",
    ],
    [
      {
        protocol: "HTTP",
        port: 80,
        defaultAction: { type: "redirect", statusCode: "HTTP_307", protocol: "HTTPS" },
      },
      "statusCode",
      "301",
    ],
    [
      { protocol: "HTTP", port: 80, defaultAction: { type: "redirect", path: "/#{path}" } },
      "protocol",
      "redirect loop",
    ],
    [
      {
        protocol: "HTTPS",
        port: 443,
        certificateArn: ISSUED,
        sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
        defaultAction: { type: "redirect", protocol: "HTTP", port: "80" },
      },
      "protocol",
      "cannot redirect to HTTP",
    ],
    [
      { protocol: "HTTP", port: 80, defaultAction: { type: "redirect", protocol: "HTTP", port: "80" } },
      "port",
      "same listener",
    ],
  ])("refuses the default action %j", (listener, field, message) => {
    expect(issuesOf(schema.safeParse({ ...wizard, listeners: [listener] }))).toContainEqual({
      path: `listeners.0.defaultAction.${field}`,
      message: expect.stringContaining(message) as string,
    });
  });
  it("takes an existing target group of the same VPC", () => {
    const existing = { mode: "existing", arn: "arn:tg/images-green", name: "images-green", vpcId: "vpc-1" };
    expect(schema.parse({ ...wizard, targetGroup: existing }).targetGroup).toEqual(existing);
    expect(
      issuesOf(schema.safeParse({ ...wizard, targetGroup: { ...existing, vpcId: "vpc-2" } })),
    ).toContainEqual({
      path: "targetGroup.arn",
      message: expect.stringContaining("load balancer's VPC") as string,
    });
    expect(
      issuesOf(schema.safeParse({ ...wizard, targetGroup: { mode: "existing", arn: "" } }))[0]?.path,
    ).toBe("targetGroup.arn");
  });
});

describe("loadBalancerAttributesSchema", () => {
  it.each([
    [{ idleTimeoutSeconds: 0 }, "idleTimeoutSeconds", "between 1 and 4000"],
    [{ idleTimeoutSeconds: 4001 }, "idleTimeoutSeconds", "between 1 and 4000"],
    [{ clientKeepAliveSeconds: 59 }, "clientKeepAliveSeconds", "between 60 and 604800"],
    [{ accessLogs: { enabled: "on" } }, "accessLogs.bucket", "S3 bucket"],
    [{ desyncMitigationMode: "lenient" }, "desyncMitigationMode", "monitor, defensive or strictest"],
  ])("rejects %j", (input, path, message) => {
    expect(issuesOf(loadBalancerAttributesSchema.safeParse(input))).toContainEqual({
      path,
      message: expect.stringContaining(message) as string,
    });
  });
  it("maps to AWS keys", () => {
    const parsed = loadBalancerAttributesSchema.parse({
      idleTimeoutSeconds: "120",
      deletionProtection: "on",
      accessLogs: { enabled: "on", bucket: "my-logs" },
    });
    expect(loadBalancerAttributesToAws(parsed)).toMatchObject({
      "idle_timeout.timeout_seconds": "120",
      "deletion_protection.enabled": "true",
      "access_logs.s3.enabled": "true",
      "access_logs.s3.bucket": "my-logs",
      "routing.http.drop_invalid_header_fields.enabled": "false",
    });
  });
});
