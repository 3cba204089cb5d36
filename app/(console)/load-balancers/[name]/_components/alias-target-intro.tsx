/** What an alias record to this load balancer is, and the target it would carry. */
export function AliasTargetIntro({
  loadBalancer,
}: {
  loadBalancer: { dnsName: string; canonicalHostedZoneId: string };
}) {
  return (
    <p className="text-sm text-slate-600">
      Points a name at this load balancer with an alias record (no charge for alias queries, follows the
      ALB&apos;s changing IP addresses). Target:{" "}
      <span className="font-mono text-xs">{loadBalancer.dnsName}</span> in hosted zone{" "}
      <span className="font-mono text-xs">{loadBalancer.canonicalHostedZoneId}</span>.
    </p>
  );
}
