import "server-only";

import { cache } from "react";

import { readAlbDependents } from "@/lib/alb-ops/dependents";
import { readAliasRecordsTo } from "@/lib/alb-ops/alias-records-to";
import type { LoadBalancerSummary } from "@/lib/alb/domain";

/** The records pointing at the load balancer, read once per request (the DNS card and the delete card share it). */
export const aliasRecordsOf = cache((lb: LoadBalancerSummary) => readAliasRecordsTo(lb));

/** What goes with the load balancer when it is deleted (its alias records from the same read). */
export const dependentsOf = cache((region: string, lb: LoadBalancerSummary) => readAlbDependents(region, lb, aliasRecordsOf(lb)));
