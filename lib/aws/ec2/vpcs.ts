import "server-only";

import { paginateDescribeVpcs } from "@aws-sdk/client-ec2";

import { clients } from "../clients";
import { toAwsError } from "../errors";
import { nameTag } from "./tags";
import type { VpcSummary } from "./types";

/** The VPCs of the region. */
export async function listVpcs(region: string): Promise<VpcSummary[]> {
  const vpcs: VpcSummary[] = [];
  try {
    for await (const page of paginateDescribeVpcs({ client: clients.ec2(region) }, {})) {
      for (const vpc of page.Vpcs ?? []) {
        vpcs.push({
          id: vpc.VpcId ?? "",
          cidrBlock: vpc.CidrBlock ?? "",
          isDefault: vpc.IsDefault ?? false,
          name: nameTag(vpc.Tags),
          state: vpc.State ?? "available",
        });
      }
    }
  } catch (error) {
    throw toAwsError(error, "list the VPCs");
  }
  return vpcs;
}
