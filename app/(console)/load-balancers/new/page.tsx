import Link from "next/link";

import { PageHeader } from "@/components/layout/page-header";
import { listCertificates } from "@/lib/aws/acm/certificates";
import { listInstances } from "@/lib/aws/ec2/instances";
import { listSecurityGroups } from "@/lib/aws/ec2/security-groups";
import { listSubnets } from "@/lib/aws/ec2/subnets";
import { listVpcs } from "@/lib/aws/ec2/vpcs";
import { listLoadBalancers } from "@/lib/aws/elbv2/load-balancers";
import { listSslPolicies } from "@/lib/aws/elbv2/ssl-policies";
import { listTargetGroups } from "@/lib/aws/elbv2/target-groups";
import { listHostedZones } from "@/lib/aws/route53/hosted-zones";
import { safeRead } from "@/lib/aws/safe-read";
import { certificateExpiryWarning } from "@/lib/alb/certificates/expiry";
import type { WizardContext } from "@/lib/alb/create-flow/wizard-types";
import { currentRegion } from "@/lib/region";
import { nowMs } from "@/lib/time";

import { AlbWizard } from "./_components/alb-wizard";

export const metadata = { title: "Create load balancer" };

async function readContext(region: string): Promise<WizardContext> {
  const [vpcs, subnets, groups, instances, certificates, policies, zones, lbs, tgs] = await Promise.all([
    safeRead("list the VPCs", () => listVpcs(region)),
    safeRead("list the subnets", () => listSubnets(region)),
    safeRead("list the security groups", () => listSecurityGroups(region)),
    safeRead("list the instances", () => listInstances(region)),
    safeRead("list the certificates", () => listCertificates(region)),
    safeRead("list the security policies", () => listSslPolicies(region)),
    safeRead("list the hosted zones", () => listHostedZones()),
    safeRead("list the load balancers", () => listLoadBalancers(region)),
    safeRead("list the target groups", () => listTargetGroups(region)),
  ]);
  const now = nowMs();
  const readErrors: WizardContext["readErrors"] = [];
  const data = <T,>(
    what: string,
    result: { ok: true; data: T[] } | { ok: false; error: { message: string } },
  ): T[] => {
    if (result.ok) return result.data;
    readErrors.push({ what, message: result.error.message });
    return [];
  };

  return {
    region,
    vpcs: data("VPCs", vpcs).map(({ id, name, cidrBlock, isDefault }) => ({
      id,
      name,
      cidrBlock,
      isDefault,
    })),
    subnets: data("subnets", subnets)
      .map(({ id, vpcId, availabilityZone, cidrBlock, availableIpCount, name, isPublic }) => ({
        id,
        vpcId,
        availabilityZone,
        cidrBlock,
        availableIpCount,
        name,
        isPublic,
      }))
      .sort((a, b) => a.availabilityZone.localeCompare(b.availabilityZone) || a.id.localeCompare(b.id)),
    securityGroups: data("security groups", groups).map((group) => ({
      id: group.id,
      name: group.name,
      description: group.description,
      vpcId: group.vpcId,
      ingress: group.ingress.map((rule) => ({
        protocol: rule.protocol,
        fromPort: rule.fromPort,
        toPort: rule.toPort,
        sources: [...rule.cidrs, ...rule.ipv6Cidrs, ...rule.sourceSecurityGroupIds, ...rule.prefixListIds],
      })),
    })),
    instances: data("instances", instances).map(
      ({ id, name, state, privateIp, availabilityZone, vpcId }) => ({
        id,
        name,
        state,
        privateIp,
        availabilityZone,
        vpcId,
      }),
    ),
    certificates: data("certificates", certificates).map(
      ({ arn, domainName, subjectAlternativeNames, status, type, notAfter }) => {
        const expiry = certificateExpiryWarning({ domainName, type, notAfter }, now);
        return {
          arn,
          domainName,
          subjectAlternativeNames,
          status,
          type,
          notAfter,
          ...(expiry ? { expiryWarning: expiry.message } : {}),
        };
      },
    ),
    sslPolicies: data("security policies", policies).map(
      ({ name, minimumProtocol, supportsTls13, isLegacy }) => ({
        name,
        minimumProtocol,
        supportsTls13,
        isLegacy,
      }),
    ),
    hostedZones: data("hosted zones", zones).map(({ id, name, isPrivate }) => ({ id, name, isPrivate })),
    loadBalancerNames: data("load balancers", lbs).map((lb) => lb.name),
    targetGroups: data("target groups", tgs).map(
      ({ arn, name, vpcId, targetType, protocol, port, loadBalancerArns }) => ({
        arn,
        name,
        ...(vpcId ? { vpcId } : {}),
        targetType,
        ...(protocol ? { protocol } : {}),
        ...(port === undefined ? {} : { port }),
        loadBalancerCount: loadBalancerArns.length,
      }),
    ),
    readErrors,
  };
}

export default async function NewLoadBalancerPage() {
  const region = await currentRegion();
  const context = await readContext(region);

  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/load-balancers" className="hover:underline">
            Load balancers
          </Link>
        }
        title="Create load balancer"
        description={`A new Application Load Balancer in ${region}, its target group, listeners and, optionally, a DNS name. Nothing is created until you confirm the review; if a step fails, everything already created is removed again.`}
      />
      <AlbWizard context={context} />
    </>
  );
}
