import type { CreationStep } from "@/lib/alb/create-flow/types";

/** The live choices of the selected region the wizard offers, read by the page (plain data only). */
export interface WizardContext {
  region: string;
  vpcs: { id: string; name?: string; cidrBlock: string; isDefault: boolean }[];
  subnets: {
    id: string;
    vpcId: string;
    availabilityZone: string;
    cidrBlock: string;
    availableIpCount: number;
    name?: string;
    isPublic: boolean;
  }[];
  securityGroups: {
    id: string;
    name: string;
    description: string;
    vpcId: string;
    ingress: { protocol: string; fromPort?: number; toPort?: number; sources: string[] }[];
  }[];
  instances: {
    id: string;
    name?: string;
    state: string;
    privateIp?: string;
    availabilityZone?: string;
    vpcId?: string;
  }[];
  certificates: {
    arn: string;
    domainName: string;
    subjectAlternativeNames: string[];
    status: string;
    type: string;
    notAfter?: string;
    /** Set when it expires within 30 days (see certificateExpiryWarning): said at the field and in the review. */
    expiryWarning?: string;
  }[];
  sslPolicies: { name: string; minimumProtocol: string; supportsTls13: boolean; isLegacy: boolean }[];
  hostedZones: { id: string; name: string; isPrivate: boolean }[];
  /** Names already taken in the region, so the wizard can say so before AWS does. */
  loadBalancerNames: string[];
  /** The region's target groups: their names are taken, and those of the VPC can be used as they are. */
  targetGroups: {
    arn: string;
    name: string;
    vpcId?: string;
    targetType: string;
    protocol?: string;
    port?: number;
    loadBalancerCount: number;
  }[];
  /** Reads that failed: the wizard shows why a list is empty. */
  readErrors: { what: string; message: string }[];
}

/** What the review step shows: the plan's steps without their parameters. */
export interface ReviewData {
  steps: Pick<CreationStep, "id" | "label" | "apiCall">[];
  warnings: string[];
}

/** The outcome of a create, as the wizard shows it. */
export type CreateOutcome =
  | {
      status: "created";
      name: string;
      dnsName: string;
      aliasRecord?: string;
      securityGroupId?: string;
      targetGroupArn?: string;
      listenerCount: number;
    }
  | {
      status: "failed";
      failedStep: { id: string; label: string };
      error: { code: string; message: string; requestId?: string };
      rolledBack: string[];
      leftBehind: string[];
    };
