import "server-only";

import type { HealthCheck, HealthCheckConfig, ResourceRecordSet } from "@aws-sdk/client-route-53";
import {
  CreateHealthCheckCommand,
  DeleteHealthCheckCommand,
  GetHealthCheckStatusCommand,
  paginateListHealthChecks,
} from "@aws-sdk/client-route-53";
import { randomUUID } from "node:crypto";

import type { HealthCheckInput } from "@/lib/schemas/health-check";

import { clients } from "../clients";
import { AwsError, callAws, toAwsError } from "../errors";
import { listHostedZones } from "./hosted-zones";
import { listAllRecordSets } from "./list-record-sets";

export type HealthCheckType =
  | "HTTP"
  | "HTTPS"
  | "HTTP_STR_MATCH"
  | "HTTPS_STR_MATCH"
  | "TCP"
  | "CALCULATED"
  | "CLOUDWATCH_METRIC"
  | "RECOVERY_CONTROL";

export interface HealthCheckSummary {
  id: string;
  type: HealthCheckType;
  /** "203.0.113.10:443" or "images.example.com:443"; for a calculated check, how many children must be healthy. */
  endpoint: string;
  ipAddress?: string;
  fullyQualifiedDomainName?: string;
  port?: number;
  resourcePath?: string;
  searchString?: string;
  requestInterval?: number;
  failureThreshold?: number;
  childHealthChecks: string[];
  healthThreshold?: number;
  isInverted: boolean;
  isDisabled: boolean;
}

export type HealthCheckStatus =
  | { status: "healthy" | "unhealthy"; checkers: number; healthyCheckers: number; lastReport?: string }
  | { status: "unknown"; reason: string };

function toSummary(check: HealthCheck): HealthCheckSummary {
  const config: HealthCheckConfig = check.HealthCheckConfig ?? { Type: undefined };
  const type = config.Type ?? "HTTP";
  const host = config.IPAddress ?? config.FullyQualifiedDomainName ?? "";
  const children = config.ChildHealthChecks ?? [];
  return {
    id: check.Id ?? "",
    type,
    endpoint:
      type === "CALCULATED"
        ? `${config.HealthThreshold ?? 0} of ${children.length} child checks healthy`
        : `${host.includes(":") ? `[${host}]` : host}${config.Port ? `:${config.Port}` : ""}`,
    ipAddress: config.IPAddress,
    fullyQualifiedDomainName: config.FullyQualifiedDomainName,
    port: config.Port,
    resourcePath: config.ResourcePath,
    searchString: config.SearchString,
    requestInterval: type === "CALCULATED" ? undefined : config.RequestInterval,
    failureThreshold: type === "CALCULATED" ? undefined : config.FailureThreshold,
    childHealthChecks: children,
    healthThreshold: config.HealthThreshold,
    isInverted: config.Inverted ?? false,
    isDisabled: config.Disabled ?? false,
  };
}

/** Every health check of the account (no status: see `getHealthCheckStatuses`). Used by the record editor's picker. */
export async function listHealthChecks(): Promise<HealthCheckSummary[]> {
  const checks: HealthCheckSummary[] = [];
  try {
    for await (const page of paginateListHealthChecks({ client: clients.route53() }, { MaxItems: 1000 })) {
      checks.push(...(page.HealthChecks ?? []).map(toSummary));
    }
  } catch (error) {
    throw toAwsError(error, "list the health checks");
  }
  return checks;
}

// DG "How Amazon Route 53 determines whether a health check is healthy": healthy when more than 18% of the health
// checkers report it healthy.
const HEALTHY_SHARE = 0.18;

async function statusOf(check: HealthCheckSummary): Promise<HealthCheckStatus> {
  if (
    check.type === "CALCULATED" ||
    check.type === "CLOUDWATCH_METRIC" ||
    check.type === "RECOVERY_CONTROL"
  ) {
    return { status: "unknown", reason: "Route 53 reports the status of endpoint checks only." };
  }
  try {
    const response = await callAws("read the health check status", () =>
      clients.route53().send(new GetHealthCheckStatusCommand({ HealthCheckId: check.id })),
    );
    const reports = (response.HealthCheckObservations ?? []).map((o) => o.StatusReport?.Status ?? "");
    if (reports.length === 0) return { status: "unknown", reason: "No health checker has reported yet." };
    const healthyCheckers = reports.filter((report) => report.startsWith("Success")).length;
    return {
      status: healthyCheckers / reports.length > HEALTHY_SHARE ? "healthy" : "unhealthy",
      checkers: reports.length,
      healthyCheckers,
      lastReport: reports[0],
    };
  } catch (error) {
    return {
      status: "unknown",
      reason: error instanceof AwsError ? error.message : "The status could not be read.",
    };
  }
}

/**
 * The status of each check, keyed by id. GetHealthCheckStatus is throttled at about 4 requests/s per account
 * (DG "Quotas"), so at most 4 are in flight; a failed read becomes an "unknown" status, not an error.
 */
export async function getHealthCheckStatuses(
  checks: readonly HealthCheckSummary[],
): Promise<Record<string, HealthCheckStatus>> {
  const statuses: Record<string, HealthCheckStatus> = {};
  let next = 0;
  const worker = async () => {
    while (next < checks.length) {
      const check = checks[next++];
      if (check) statuses[check.id] = await statusOf(check);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, checks.length) }, worker));
  return statuses;
}

/** The HealthCheckConfig for a validated form. */
export function toHealthCheckConfig(input: HealthCheckInput): HealthCheckConfig {
  if (input.type === "CALCULATED") {
    return {
      Type: "CALCULATED",
      ChildHealthChecks: input.childHealthChecks,
      HealthThreshold: input.healthThreshold,
      Inverted: input.inverted,
    };
  }
  const isHttp = input.type !== "TCP";
  return {
    Type: input.type,
    IPAddress: input.ipAddress,
    FullyQualifiedDomainName: input.fullyQualifiedDomainName,
    Port: input.port,
    RequestInterval: input.requestInterval,
    FailureThreshold: input.failureThreshold,
    Inverted: input.inverted,
    ...(isHttp && "resourcePath" in input
      ? { ResourcePath: input.resourcePath, EnableSNI: input.enableSni }
      : {}),
    ...("searchString" in input ? { SearchString: input.searchString } : {}),
  };
}

/** Creates a health check and returns it. */
/**
 * Creates a health check. `idempotencyKey` makes the CallerReference: Route 53 answers a repeat with the same
 * reference and settings with the health check the first call created, not a second one.
 */
export async function createHealthCheck(
  input: HealthCheckInput,
  idempotencyKey: string = randomUUID(),
): Promise<HealthCheckSummary> {
  const response = await callAws("create the health check", () =>
    clients.route53().send(
      new CreateHealthCheckCommand({
        CallerReference: `routeboard-${idempotencyKey}`,
        HealthCheckConfig: toHealthCheckConfig(input),
      }),
    ),
  );
  if (!response.HealthCheck)
    throw new AwsError({
      kind: "unknown",
      code: "EmptyResponse",
      message: "AWS did not return the new health check.",
    });
  return toSummary(response.HealthCheck);
}

export interface HealthCheckUse {
  kind: "record" | "calculated";
  /** "img.example.com. A (blue) in example.com." or "calculated health check 1234…". */
  description: string;
  zoneId?: string;
}

const ZONE_READ_CONCURRENCY = 4;

/** Every record (in every hosted zone) and every calculated health check that uses the health check. */
export async function findHealthCheckUses(healthCheckId: string): Promise<HealthCheckUse[]> {
  const [zones, checks] = await Promise.all([listHostedZones(), listHealthChecks()]);
  const uses: HealthCheckUse[] = checks
    .filter((check) => check.childHealthChecks.includes(healthCheckId))
    .map((check) => ({ kind: "calculated", description: `calculated health check ${check.id}` }));

  let next = 0;
  const recordUses: HealthCheckUse[][] = [];
  const worker = async () => {
    while (next < zones.length) {
      const zone = zones[next++];
      if (!zone) continue;
      const records: ResourceRecordSet[] = await listAllRecordSets(zone.id);
      recordUses.push(
        records
          .filter((rrset) => rrset.HealthCheckId === healthCheckId)
          .map((rrset) => ({
            kind: "record" as const,
            zoneId: zone.id,
            description: `${rrset.Name ?? ""} ${rrset.Type ?? ""}${rrset.SetIdentifier ? ` (${rrset.SetIdentifier})` : ""} in ${zone.name}`,
          })),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(ZONE_READ_CONCURRENCY, zones.length) }, worker));
  return [...recordUses.flat(), ...uses];
}

/** The refusal for a health check still in use, naming what uses it. */
export function healthCheckInUseError(uses?: readonly HealthCheckUse[]): AwsError {
  const what =
    uses && uses.length > 0
      ? `it is used by ${uses
          .slice(0, 5)
          .map((use) => use.description)
          .join("; ")}${uses.length > 5 ? ` and ${uses.length - 5} more` : ""}`
      : "a record or a calculated health check still uses it";
  return new AwsError({
    kind: "conflict",
    code: "HealthCheckInUse",
    message: `This health check can't be deleted: ${what}. Remove it from those first, or the records would lose their failover.`,
  });
}

/** Deletes a health check unless a record or a calculated check uses it (Route 53 itself would let most through). */
export async function deleteHealthCheck(healthCheckId: string): Promise<void> {
  const uses = await findHealthCheckUses(healthCheckId);
  if (uses.length > 0) throw healthCheckInUseError(uses);

  try {
    await callAws("delete the health check", () =>
      clients.route53().send(new DeleteHealthCheckCommand({ HealthCheckId: healthCheckId })),
    );
  } catch (error) {
    if (error instanceof AwsError && error.code === "HealthCheckInUse") throw healthCheckInUseError();
    throw error;
  }
}
