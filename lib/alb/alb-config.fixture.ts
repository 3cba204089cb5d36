import type { AlbConfig } from "./types";

export const LB_ARN = "arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/web/abc";
export const TG_ARN = "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web-tg/def";
export const CERT_ARN = "arn:aws:acm:us-east-1:1:certificate/c1";

/** A healthy, well-configured ALB for tests; override parts to break it. */
export function healthyAlbConfig(): AlbConfig {
  return {
    loadBalancer: {
      arn: LB_ARN,
      name: "web",
      dnsName: "web-1.us-east-1.elb.amazonaws.com",
      canonicalHostedZoneId: "Z35SXDOTRQ7X7K",
      type: "application",
      scheme: "internet-facing",
      state: "active",
      vpcId: "vpc-1",
      ipAddressType: "ipv4",
      availabilityZones: [
        { zoneName: "us-east-1a", subnetId: "subnet-a" },
        { zoneName: "us-east-1b", subnetId: "subnet-b" },
      ],
      securityGroupIds: ["sg-lb"],
    },
    attributes: {
      "idle_timeout.timeout_seconds": "60",
      "deletion_protection.enabled": "true",
      "access_logs.s3.enabled": "true",
      "routing.http.drop_invalid_header_fields.enabled": "true",
      "routing.http.desync_mitigation_mode": "defensive",
      "routing.http2.enabled": "true",
    },
    listeners: [
      {
        arn: "listener/443",
        loadBalancerArn: LB_ARN,
        protocol: "HTTPS",
        port: 443,
        sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
        certificates: [{ certificateArn: CERT_ARN, isDefault: true }],
        defaultActions: [
          {
            type: "forward",
            summary: "forward → web-tg",
            spec: { type: "forward", targetGroups: [{ targetGroupArn: TG_ARN }] },
          },
        ],
        rules: [],
      },
      {
        arn: "listener/80",
        loadBalancerArn: LB_ARN,
        protocol: "HTTP",
        port: 80,
        certificates: [],
        defaultActions: [
          {
            type: "redirect",
            summary: "redirect",
            spec: { type: "redirect", statusCode: "HTTP_301", protocol: "HTTPS", port: "443" },
          },
        ],
        rules: [],
      },
    ],
    targetGroups: [
      {
        arn: TG_ARN,
        name: "web-tg",
        targetType: "instance",
        protocol: "HTTP",
        port: 8080,
        protocolVersion: "HTTP1",
        vpcId: "vpc-1",
        loadBalancerArns: [LB_ARN],
        healthCheck: {
          enabled: true,
          protocol: "HTTP",
          port: "traffic-port",
          path: "/healthz",
          intervalSeconds: 30,
          timeoutSeconds: 5,
          healthyThreshold: 5,
          unhealthyThreshold: 2,
          matcher: "200",
        },
        attributes: { "deregistration_delay.timeout_seconds": "300" },
        targets: [
          { targetId: "i-1", port: 8080, availabilityZone: "us-east-1a", state: "healthy" },
          { targetId: "i-2", port: 8080, availabilityZone: "us-east-1b", state: "healthy" },
        ],
      },
    ],
    subnets: [
      {
        id: "subnet-a",
        vpcId: "vpc-1",
        availabilityZone: "us-east-1a",
        cidrBlock: "10.0.0.0/24",
        availableIpCount: 250,
        isPublic: true,
      },
      {
        id: "subnet-b",
        vpcId: "vpc-1",
        availabilityZone: "us-east-1b",
        cidrBlock: "10.0.1.0/24",
        availableIpCount: 250,
        isPublic: true,
      },
    ],
    securityGroups: [
      {
        id: "sg-lb",
        name: "lb",
        description: "",
        vpcId: "vpc-1",
        ingress: [
          {
            protocol: "tcp",
            fromPort: 443,
            toPort: 443,
            cidrs: ["0.0.0.0/0"],
            ipv6Cidrs: [],
            sourceSecurityGroupIds: [],
            prefixListIds: [],
          },
          {
            protocol: "tcp",
            fromPort: 80,
            toPort: 80,
            cidrs: ["0.0.0.0/0"],
            ipv6Cidrs: [],
            sourceSecurityGroupIds: [],
            prefixListIds: [],
          },
        ],
        egress: [],
      },
      {
        id: "sg-app",
        name: "app",
        description: "",
        vpcId: "vpc-1",
        ingress: [
          {
            protocol: "tcp",
            fromPort: 8080,
            toPort: 8080,
            cidrs: [],
            ipv6Cidrs: [],
            sourceSecurityGroupIds: ["sg-lb"],
            prefixListIds: [],
          },
        ],
        egress: [],
      },
    ],
    instances: [
      { id: "i-1", state: "running", securityGroupIds: ["sg-app"], subnetId: "subnet-a" },
      { id: "i-2", state: "running", securityGroupIds: ["sg-app"], subnetId: "subnet-b" },
    ],
    networkAcls: [
      {
        id: "acl-1",
        vpcId: "vpc-1",
        isDefault: true,
        subnetIds: ["subnet-a", "subnet-b"],
        entries: [
          { ruleNumber: 100, isEgress: false, protocol: "-1", action: "allow", cidr: "0.0.0.0/0" },
          { ruleNumber: 32767, isEgress: false, protocol: "-1", action: "deny", cidr: "0.0.0.0/0" },
          { ruleNumber: 100, isEgress: true, protocol: "-1", action: "allow", cidr: "0.0.0.0/0" },
          { ruleNumber: 32767, isEgress: true, protocol: "-1", action: "deny", cidr: "0.0.0.0/0" },
        ],
      },
    ],
    certificates: [
      {
        arn: CERT_ARN,
        domainName: "example.com",
        subjectAlternativeNames: ["example.com", "*.example.com"],
        status: "ISSUED",
        type: "AMAZON_ISSUED",
        notAfter: "2027-06-01T00:00:00Z",
        inUseBy: [LB_ARN],
        domainValidations: [],
      },
    ],
    aliasRecords: [
      {
        zoneId: "Z1",
        name: "www.example.com",
        type: "A",
        aliasDnsName: "dualstack.web-1.us-east-1.elb.amazonaws.com.",
        aliasHostedZoneId: "Z35SXDOTRQ7X7K",
        evaluateTargetHealth: true,
      },
    ],
  };
}
