import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { CertificateStatus } from "@/lib/aws/acm/types";
import type { LoadBalancerState, TargetHealthState } from "@/lib/alb/domain";

const LB_TONES: Record<LoadBalancerState, BadgeTone> = {
  active: "green",
  active_impaired: "amber",
  provisioning: "blue",
  failed: "red",
  unknown: "gray",
};

export function LoadBalancerStateBadge({ state }: { state: LoadBalancerState }) {
  return <Badge tone={LB_TONES[state]}>{state.replace("_", " ")}</Badge>;
}

const TARGET_TONES: Record<TargetHealthState, BadgeTone> = {
  healthy: "green",
  initial: "blue",
  unhealthy: "red",
  "unhealthy.draining": "red",
  draining: "amber",
  unused: "gray",
  unavailable: "gray",
  unknown: "gray",
};

export function TargetHealthBadge({ state }: { state: TargetHealthState }) {
  return <Badge tone={TARGET_TONES[state]}>{state}</Badge>;
}

const CERT_TONES: Record<CertificateStatus, BadgeTone> = {
  ISSUED: "green",
  PENDING_VALIDATION: "blue",
  INACTIVE: "gray",
  EXPIRED: "red",
  VALIDATION_TIMED_OUT: "red",
  REVOKED: "red",
  FAILED: "red",
  UNKNOWN: "gray",
};

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  return <Badge tone={CERT_TONES[status]}>{status.replaceAll("_", " ").toLowerCase()}</Badge>;
}
