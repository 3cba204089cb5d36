import { Card } from "@/components/ui/card";
import type { LoadBalancerSummary } from "@/lib/aws/elbv2/types";
import { listHostedZones } from "@/lib/aws/route53/hosted-zones";
import { safeRead } from "@/lib/aws/safe-read";

import { CreateAliasSummary } from "./create-alias-summary";

/** "Create alias record" for a load balancer: reads the public zones, then the form previews and creates. */
export async function CreateAliasForm({
  lb,
  region,
  takenNames = [],
}: {
  lb: LoadBalancerSummary;
  region: string;
  takenNames?: string[];
}) {
  const zones = await safeRead("list the hosted zones", listHostedZones);
  const publicZones = zones.ok
    ? zones.data.filter((zone) => !zone.isPrivate).map((zone) => ({ id: zone.id, name: zone.name }))
    : [];

  return (
    <Card title="Create alias record" className="xl:col-span-2">
      {!zones.ok ? (
        <p role="alert" className="text-sm text-red-800">
          Could not list the hosted zones: {zones.error.message}
        </p>
      ) : publicZones.length === 0 ? (
        <p className="text-sm text-slate-600">
          There is no public hosted zone to create the record in. Create one under Hosted zones first.
        </p>
      ) : (
        <CreateAliasSummary
          zones={publicZones}
          region={region}
          takenNames={takenNames}
          loadBalancer={{
            name: lb.name,
            dnsName: lb.dnsName,
            canonicalHostedZoneId: lb.canonicalHostedZoneId,
            isDualstack: lb.ipAddressType.startsWith("dualstack"),
          }}
        />
      )}
    </Card>
  );
}
