import type { ResourceKind } from "@/lib/advisor/types";

export const RESOURCE_KIND_WORDS: Record<ResourceKind, string> = {
  "load-balancer": "load balancer",
  listener: "listener",
  "target-group": "target group",
  certificate: "certificate",
  "hosted-zone": "hosted zone",
  "record-set": "record set",
  "health-check": "health check",
  "security-group": "security group",
};
