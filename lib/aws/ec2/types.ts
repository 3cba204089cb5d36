/** Plain EC2 domain types returned by lib/aws/ec2. */

export interface VpcSummary {
  id: string;
  cidrBlock: string;
  isDefault: boolean;
  name?: string;
  state: string;
}

export interface SubnetSummary {
  id: string;
  vpcId: string;
  availabilityZone: string;
  availabilityZoneId?: string;
  cidrBlock: string;
  availableIpCount: number;
  name?: string;
  /** Its route table (explicit association, else the VPC's main table) has a route to an internet gateway. */
  isPublic: boolean;
  routeTableId?: string;
}

export interface SecurityGroupRule {
  /** "-1" means every protocol. */
  protocol: string;
  fromPort?: number;
  toPort?: number;
  cidrs: string[];
  ipv6Cidrs: string[];
  sourceSecurityGroupIds: string[];
  prefixListIds: string[];
  description?: string;
}

export interface SecurityGroupSummary {
  id: string;
  name: string;
  description: string;
  vpcId: string;
  ingress: SecurityGroupRule[];
  egress: SecurityGroupRule[];
}

export interface IngressRuleSpec {
  protocol: "tcp" | "udp" | "icmp" | "-1";
  fromPort: number;
  toPort: number;
  /** Exactly one source: a CIDR, an IPv6 CIDR or a security group. */
  cidr?: string;
  ipv6Cidr?: string;
  sourceSecurityGroupId?: string;
  description?: string;
}

export interface InstanceSummary {
  id: string;
  name?: string;
  state: string;
  privateIp?: string;
  availabilityZone?: string;
  subnetId?: string;
  vpcId?: string;
  securityGroupIds: string[];
}

export interface NetworkAclEntry {
  ruleNumber: number;
  isEgress: boolean;
  /** "-1" all, "6" tcp, "17" udp. */
  protocol: string;
  action: "allow" | "deny";
  cidr?: string;
  ipv6Cidr?: string;
  fromPort?: number;
  toPort?: number;
}

export interface NetworkAclSummary {
  id: string;
  vpcId: string;
  isDefault: boolean;
  subnetIds: string[];
  entries: NetworkAclEntry[];
}
