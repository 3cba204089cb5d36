"use server";

import { z } from "zod";

import { defineAction } from "@/lib/actions/define-action";
import { idempotencyKey } from "@/lib/actions/idempotency";
import { createHealthCheck, deleteHealthCheck } from "@/lib/aws/route53/health-checks";
import { healthCheckSchema } from "@/lib/schemas/health-check";
import { withSubmissionId } from "@/lib/schemas/submission-id";
import { deleteHealthCheckSchema } from "@/lib/schemas/zone-bulk";

// One ticked checkbox arrives as a string, several as an array.
const healthCheckFormSchema = z.preprocess((raw) => {
  if (typeof raw !== "object" || raw === null) return raw;
  const value = (raw as Record<string, unknown>).childHealthChecks;
  return { ...raw, childHealthChecks: value === undefined ? [] : Array.isArray(value) ? value : [value] };
}, withSubmissionId(healthCheckSchema));

export const createHealthCheckAction = defineAction({
  name: "route53.createHealthCheck",
  schema: healthCheckFormSchema,
  permission: "change-dns",
  target: (input) =>
    input.type === "CALCULATED" ? "calculated" : (input.ipAddress ?? input.fullyQualifiedDomainName ?? "-"),
  run: async (input) => {
    const check = await createHealthCheck(input, idempotencyKey(input));
    return {
      data: { id: check.id },
      summary: `Created ${check.type} health check ${check.id} (${check.endpoint})`,
    };
  },
  revalidate: () => ["/health-checks"],
});

export const deleteHealthCheckAction = defineAction({
  name: "route53.deleteHealthCheck",
  schema: deleteHealthCheckSchema,
  permission: "change-dns",
  target: (input) => input.healthCheckId,
  run: async (input) => {
    await deleteHealthCheck(input.healthCheckId);
    return { data: { id: input.healthCheckId }, summary: `Deleted health check ${input.healthCheckId}` };
  },
  revalidate: () => ["/health-checks"],
});
