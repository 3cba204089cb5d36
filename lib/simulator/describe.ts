import type { DraftChange } from "./draft";
import type { RoutingPolicy } from "./records";

/** One line of the draft banner: what the draft changes, in the operator's words. */
export function describeChange(change: DraftChange): string {
  switch (change.kind) {
    case "weight":
      return `Weight of ${change.setIdentifier}: ${change.from} → ${change.to}`;
    case "bias":
      return `Bias of ${change.setIdentifier}: ${change.from} → ${change.to}`;
    case "added":
      return `Added ${change.setIdentifier}`;
    case "removed":
      return `Removed ${change.setIdentifier}`;
    case "unhealthy":
      return `Health of ${change.id} failing (what-if only; health is not a record setting)`;
  }
}

/** How a routing policy chooses, in one sentence, beside the policy's badge. */
export function policyHint(policy: RoutingPolicy): string {
  switch (policy) {
    case "simple":
      return "Every client gets the same answer.";
    case "weighted":
      return "Each record's share is weight ÷ sum of weights.";
    case "failover":
      return "The primary answers while healthy, else the secondary.";
    case "geolocation":
      return "The smallest matching area wins: state, country, continent, default.";
    case "geoproximity":
      return "The nearest record by biased distance wins.";
    case "latency":
      return "The Region with the lowest latency from the client wins.";
    case "multivalue":
      return "Up to eight healthy records answer together.";
    case "cidr":
      return "The client's CIDR block chooses the record.";
  }
}

/** Policies whose answer depends on where the client is: the map shows who gets which answer. */
export function isLocationBased(policy: RoutingPolicy): boolean {
  return policy === "geolocation" || policy === "geoproximity" || policy === "latency" || policy === "cidr";
}

/** Policies that answer with a mix (a share of queries per record): the distribution panel measures it. */
export function isMixPolicy(policy: RoutingPolicy): boolean {
  return policy === "weighted" || policy === "multivalue";
}
