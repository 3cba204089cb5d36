/** What each ELBv2 target health reason code means, and what to check. From the ALB guide's "Target health status". */
export interface TargetHealthExplanation {
  meaning: string;
  action: string;
}

const REASONS: Record<string, TargetHealthExplanation> = {
  "Elb.RegistrationInProgress": {
    meaning: "The target is being registered with the load balancer.",
    action: "Wait: registration usually takes under a minute.",
  },
  "Elb.InitialHealthChecking": {
    meaning:
      "The load balancer is still sending the first health checks; the target has not passed the healthy threshold yet.",
    action:
      "Wait for healthy-threshold × interval seconds. If it then turns unhealthy, check the reason shown then.",
  },
  "Target.ResponseCodeMismatch": {
    meaning:
      "The health check got an HTTP status outside the success codes (often a 301/302 redirect or a 401/403 from auth).",
    action:
      "Point the health check at a path that answers 200 without a redirect or login, or add the code to the success codes.",
  },
  "Target.Timeout": {
    meaning: "The health check got no answer within the timeout.",
    action:
      "Check that the target's security group admits the load balancer's security group on the health-check port, that the app listens on that port, and that it answers faster than the timeout.",
  },
  "Target.FailedHealthChecks": {
    meaning:
      "The health checks failed: the connection was refused or reset, or the target answered with an error.",
    action:
      "Check the app is running and listening on the health-check port, and read its logs for the health-check path.",
  },
  "Target.NotRegistered": {
    meaning: "The target is not registered with this target group.",
    action: "Register it, or ignore this if it was removed on purpose.",
  },
  "Target.NotInUse": {
    meaning:
      "No listener or rule forwards to this target group, or the target is in an Availability Zone the load balancer is not enabled in.",
    action:
      "Forward a listener or rule to the target group, or enable the target's Availability Zone on the load balancer.",
  },
  "Target.DeregistrationInProgress": {
    meaning: "The target is being deregistered and is draining its open connections.",
    action: "Wait for the deregistration delay to pass (300 s by default).",
  },
  "Target.InvalidState": {
    meaning: "The target is stopped or terminated, so the load balancer cannot send it traffic.",
    action: "Start the instance, or deregister it and register a running one.",
  },
  "Target.IpUnusable": {
    meaning: "The target's IP address is in use by a load balancer, or it cannot be used as a target.",
    action: "Register a different IP address: not one that belongs to a load balancer.",
  },
  "Target.HealthCheckDisabled": {
    meaning: "Health checks are turned off for this target group, so every target counts as available.",
    action: "Enable health checks unless this is a Lambda target group you deliberately leave unchecked.",
  },
  "Elb.InternalError": {
    meaning: "The health check failed because of an internal error in Elastic Load Balancing.",
    action: "Nothing to fix on your side; if it persists for more than a few minutes, contact AWS Support.",
  },
};

/** Every reason code ELBv2 reports. */
export const TARGET_HEALTH_REASON_CODES = Object.keys(REASONS);

/** The reason code in words, with what to check. Unknown codes get a generic explanation. */
export function explainTargetHealthReason(code: string | undefined): TargetHealthExplanation {
  if (!code)
    return {
      meaning: "AWS gave no reason for this state.",
      action: "Check the target's health state again in a moment.",
    };
  return (
    REASONS[code] ?? {
      meaning: `AWS reported "${code}", which this console does not know yet.`,
      action: "Look the code up in the Application Load Balancer guide under 'Target health status'.",
    }
  );
}
