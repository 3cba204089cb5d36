import type { ResourceRecordSet } from "@/lib/route53/record-set";

// The record-set type is lib/route53's; routing code imports it from here too.
export type { ResourceRecordSet };

export interface ResolveInput {
  /** The zone's record sets as ListResourceRecordSets returns them; names with or without the final dot, any case. */
  recordSets: ResourceRecordSet[];
  query: { name: string; type: string };
  client: {
    latitude: number;
    longitude: number;
    continentCode?: string;
    countryCode?: string;
    subdivisionCode?: string;
  };
  /** AWS Region → latency from the client in ms; Regions left out are estimated from distance. */
  latencyMs?: Record<string, number>;
  /** Failing health check ids, and alias target DNS names whose target is unhealthy. */
  unhealthy?: string[];
  /** Uniform in [0, 1); Math.random when left out. */
  random?: () => number;
}

export interface ResolveResult {
  rcode: "NOERROR" | "NXDOMAIN";
  /** Record values; an alias to an AWS resource answers with the target's DNS name. */
  answers: string[];
  /** SetIdentifier of each record set that contributed an answer (none for simple routing). */
  setIdentifiers: string[];
  /** The decision, step by step, for an operator. */
  explanation: string[];
}

export interface DistributionResult {
  /** Queries per outcome: the contributing SetIdentifiers joined with " + ", else the answers, else a marker. */
  counts: Record<string, number>;
  n: number;
  ms?: number;
}
