import "server-only";

import { describeAlarmStates } from "@/lib/aws/cloudwatch/alarm-states";
import { getCanaryMetricSeries } from "@/lib/aws/cloudwatch/canary-metrics";
import { AwsError } from "@/lib/aws/errors";
import {
  type ForwardActionRef,
  readForwardWeights,
  writeForwardWeights,
} from "@/lib/aws/elbv2/forward-weights";
import { targetHealthCount } from "@/lib/aws/elbv2/target-health-counts";
import { readWeightedSet, waitForChangeInSync, writeWeightedSet } from "@/lib/aws/route53/weighted-set";

import { sumsFromSeries } from "./analysis";
import { type RolloutPorts, WeightsDriftError, type WeightsReading } from "./ports";
import type { RolloutTarget } from "./types";

function forwardRef(target: Exclude<RolloutTarget, { kind: "route53-weighted" }>): ForwardActionRef {
  return target.kind === "alb-rule"
    ? { region: target.region, ruleArn: target.ruleArn }
    : { region: target.region, listenerArn: target.listenerArn };
}

/** `arn:…:listener/app/name/id/listener-id` → `arn:…:loadbalancer/app/name/id`. */
export function loadBalancerArnOfListener(listenerArn: string): string | undefined {
  const match =
    /^(arn:[^:]+:elasticloadbalancing:[^:]+:[^:]+:)listener(?:-rule)?\/(app\/[^/]+\/[^/]+)\//.exec(
      listenerArn,
    );
  return match ? `${match[1]}loadbalancer/${match[2]}` : undefined;
}

async function readWeights(target: RolloutTarget): Promise<WeightsReading> {
  if (target.kind === "route53-weighted") return readWeightedSet(target);
  const { weights } = await readForwardWeights(forwardRef(target));
  return { weights };
}

/** The rollout ports on the real AWS SDK clients (lib/aws): what the runner uses outside tests. */
export function awsRolloutPorts(): RolloutPorts {
  return {
    readWeights,

    async writeWeights(target, request) {
      try {
        if (target.kind === "route53-weighted") return await writeWeightedSet(target, request);
        await writeForwardWeights(forwardRef(target), request.expected, request.weights);
        return {};
      } catch (error) {
        // A refused compare-and-swap (Route 53: InvalidChangeBatch on the exact DELETE; ALB: the re-read
        // differs) means someone else changed the weights: report what AWS holds now.
        if (error instanceof AwsError && error.kind === "conflict") {
          const actual = await readWeights(target).then(
            (reading) => reading.weights,
            () => undefined,
          );
          throw new WeightsDriftError(error.message, actual);
        }
        throw error;
      }
    },

    waitInSync: (changeId, timeoutMs) => waitForChangeInSync(changeId, timeoutMs),

    alarmStates: (region, names) => describeAlarmStates(region, names),

    async targetHealth(targetGroups) {
      const counts = await Promise.all(
        targetGroups.map((group) => targetHealthCount(group.region, group.targetGroupArn)),
      );
      return Object.fromEntries(
        targetGroups.map((group, index) => [group.targetGroupArn, counts[index] ?? { healthy: 0, total: 0 }]),
      );
    },

    async canaryMetrics({ canary, stable, start, end }) {
      const loadBalancerArn = canary.loadBalancerArn ?? stable.loadBalancerArn;
      if (!loadBalancerArn) {
        throw new AwsError({
          kind: "validation",
          code: "NoLoadBalancer",
          message: "Canary analysis needs the load balancer of the target groups.",
        });
      }
      const series = await getCanaryMetricSeries({
        region: canary.region,
        loadBalancerArn,
        canaryTargetGroupArn: canary.targetGroupArn,
        stableTargetGroupArn: stable.targetGroupArn,
        start,
        end,
      });
      return {
        windowStart: series.start.toISOString(),
        windowEnd: series.end.toISOString(),
        canary: sumsFromSeries(series.canary),
        stable: sumsFromSeries(series.stable),
      };
    },
  };
}
