import Link from "next/link";

import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import type { LoadBalancerWithListeners } from "@/lib/alb/domain";
import type { HostedZoneSummary } from "@/lib/aws/route53/hosted-zones";
import { newRolloutHref } from "@/lib/rollouts/planner-target";

const WEIGHTED_TYPES = ["A", "AAAA", "CNAME", "TXT", "MX", "SRV", "CAA"] as const;

/** With no target in the URL: pick a listener that forwards (ALB level) or a weighted record group (DNS level). */
export function TargetPicker({
  region,
  loadBalancers,
  zones,
}: {
  region: string;
  loadBalancers: LoadBalancerWithListeners[];
  zones: HostedZoneSummary[];
}) {
  const forwarding = loadBalancers.flatMap((loadBalancer) =>
    loadBalancer.listeners
      .filter((listener) => listener.defaultActions.some((action) => action.type === "forward"))
      .map((listener) => ({ loadBalancer, listener })),
  );
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <Card title="At the load balancer (weights 0–999)">
        <p className="mb-3 text-sm text-slate-600">
          Listeners in {region} whose default action forwards to target groups. For a rule, use &ldquo;Start
          rollout&rdquo; on the rule in its load balancer&rsquo;s page.
        </p>
        {forwarding.length === 0 ? (
          <p className="text-sm text-slate-600">
            No listener in {region} forwards to target groups.{" "}
            <Link href="/load-balancers" className="text-sky-800 underline">
              Load balancers
            </Link>
          </p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {forwarding.map(({ loadBalancer, listener }) => (
              <li key={listener.arn} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{loadBalancer.name}</span> {listener.protocol}:{listener.port}
                  <span className="block text-xs text-slate-600">
                    {listener.defaultActions.map((action) => action.summary).join("; ")}
                  </span>
                </span>
                <Link
                  href={newRolloutHref({ kind: "alb-listener", region, listenerArn: listener.arn })}
                  className="text-sky-800 underline"
                  aria-label={`Plan a rollout on ${loadBalancer.name} ${listener.protocol}:${listener.port}`}
                >
                  Plan a rollout
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="In DNS (weighted records, weights 0–255)">
        <form action="/rollouts/new" method="get" className="space-y-3">
          <input type="hidden" name="kind" value="route53-weighted" />
          <SelectField id="zoneId" label="Hosted zone" required defaultValue={zones[0]?.id}>
            {zones.map((zone) => (
              <option key={zone.id} value={zone.id}>
                {zone.name}
                {zone.isPrivate ? " (private)" : ""}
              </option>
            ))}
          </SelectField>
          <TextField
            id="name"
            label="Record name"
            required
            placeholder="img.example.com"
            hint="The name of the weighted record group, fully qualified."
          />
          <SelectField id="type" label="Record type" defaultValue="A">
            {WEIGHTED_TYPES.map((type) => (
              <option key={type}>{type}</option>
            ))}
          </SelectField>
          <button
            type="submit"
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          >
            Plan a DNS rollout
          </button>
        </form>
      </Card>
    </div>
  );
}
