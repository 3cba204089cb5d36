/** What the demo seed creates: every name, address and number in one place so verify.ts checks the same facts. */

export const PROJECT_TAG = { Key: "Project", Value: "routeboard-demo" } as const;

export interface RegionPlan {
  region: string;
  /** The second octet of the VPC's 10.x.0.0/16. */
  cidrOctet: number;
}

export const SEED_REGIONS: readonly RegionPlan[] = [
  { region: "us-east-1", cidrOctet: 0 },
  { region: "eu-west-1", cidrOctet: 1 },
];

export const AZ_COUNT = 3;

export const NAMES = {
  vpc: "images-vpc",
  internetGateway: "images-igw",
  publicRouteTable: "images-public-rt",
  privateRouteTable: "images-private-rt",
  albSecurityGroup: "images-alb-sg",
  targetSecurityGroup: "images-targets-sg",
  loadBalancer: "images-alb",
  blueTargetGroup: "images-blue",
  greenTargetGroup: "images-green",
  alarm5xx: "images-alb-5xx",
  alarmLatency: "images-alb-latency",
} as const;

/** Deliberate mistakes for the advisor (scripts/seed/misconfigured.ts and dns.ts), apart from the image service. */
export const MISCONFIGURED = {
  loadBalancer: "legacy-alb",
  webTargetGroup: "legacy-web",
  orphanTargetGroup: "legacy-orphan",
  /** Failover whose primary has no health check: Route 53 never fails over. */
  failoverName: "pay",
  /** Geolocation without a default (`*`) record: users elsewhere get no answer. */
  geolocationName: "shop",
} as const;

export const INSTANCES = {
  blue: ["images-blue-1", "images-blue-2"],
  green: ["images-green-1", "images-green-2"],
} as const;

export const TARGET_PORT = 8080;

export const HEALTH_CHECK = {
  HealthCheckProtocol: "HTTP",
  HealthCheckPort: "traffic-port",
  HealthCheckPath: "/healthz",
  HealthCheckIntervalSeconds: 15,
  HealthCheckTimeoutSeconds: 5,
  HealthyThresholdCount: 3,
  UnhealthyThresholdCount: 2,
  Matcher: { HttpCode: "200" },
} as const;

export const SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

/** ACM certificates, found again by their Name tag. */
export const CERTIFICATES = {
  issued: {
    name: "images-example-com",
    domain: "images.example.com",
    sans: ["*.images.example.com"],
    days: 395,
  },
  expiring: { name: "legacy-example-com-expiring", domain: "legacy.example.com", sans: [], days: 20 },
  pending: { name: "cdn-example-com-pending", domain: "cdn.example.com", sans: [] },
} as const;

export const ZONE_NAME = "example.com";

/** Candidate AMI: present in moto's bundled image list; DescribeImages picks another one if it is not. */
export const PREFERRED_AMI = "ami-12c6146b";
export const INSTANCE_TYPE = "t3.micro";

export function vpcCidr(plan: RegionPlan): string {
  return `10.${plan.cidrOctet}.0.0/16`;
}

/** Public subnets take 10.x.0-2.0/24, private ones 10.x.10-12.0/24. */
export function subnetCidr(plan: RegionPlan, tier: "public" | "private", index: number): string {
  return `10.${plan.cidrOctet}.${tier === "public" ? index : 10 + index}.0/24`;
}

export function tagsWithName(name: string): { Key: string; Value: string }[] {
  return [{ Key: "Name", Value: name }, { ...PROJECT_TAG }];
}
