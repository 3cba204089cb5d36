import type { DistributionResult, ResolveInput } from "@/lib/routing";

/** A distribution job sent to the worker. */
export interface DistributionRequest {
  id: number;
  input: Omit<ResolveInput, "random">;
  n: number;
  seed: number;
}

/** The worker's answer to one job. */
export type DistributionResponse =
  { id: number; ok: true; result: DistributionResult } | { id: number; ok: false; message: string };
