import { Card } from "@/components/ui/card";
import type { LoadBalancerSummary } from "@/lib/alb/domain";
import { safeRead } from "@/lib/aws/safe-read";

import { dependentsOf } from "../_lib/dependents";
import { DeleteLoadBalancerSummary } from "./delete-load-balancer-summary";

/** The delete card, once what goes with the load balancer (records in every zone, groups only it uses) is read. */
export async function DeleteSection({
  lb,
  region,
  isProtected,
  listenerCount,
}: {
  lb: LoadBalancerSummary;
  region: string;
  isProtected: boolean;
  listenerCount: number;
}) {
  const dependents = await safeRead("read what goes with the load balancer", () => dependentsOf(region, lb));
  return (
    <Card title="Delete load balancer" className="border-red-200 xl:col-span-2">
      <DeleteLoadBalancerSummary
        region={region}
        loadBalancerName={lb.name}
        isProtected={isProtected}
        listenerCount={listenerCount}
        {...(dependents.ok ? { dependents: dependents.data } : {})}
      />
    </Card>
  );
}
