import { isNameInZone, normalizeName } from "@/lib/route53/names";

import { defineRule } from "../define-rule";
import { recordRef } from "../refs";

// What record values say: private addresses published to the internet, CNAME chains.

/** RFC 1918 (10/8, 172.16/12, 192.168/16): addresses that exist only inside a network such as a VPC. */
export function isPrivateIpv4(value: string): boolean {
  const parts = value.trim().split(".").map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255))
    return false;
  const [a = 0, b = 0] = parts;
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

export const privateIpInPublicZone = defineRule(
  {
    id: "route53-private-ip-in-public-zone",
    severity: "warning",
    service: "route53",
    summary: "A record in a public zone pointing at private (RFC 1918) addresses",
  },
  (snapshot) =>
    snapshot.zones
      .filter(({ zone }) => !zone.isPrivate)
      .flatMap(({ zone, records }) =>
        records.flatMap((record) => {
          if (record.Type !== "A") return [];
          const values = (record.ResourceRecords ?? [])
            .map((value) => value.Value ?? "")
            .filter(isPrivateIpv4);
          if (values.length === 0) return [];
          return [
            {
              subject: recordRef(zone.id, record).id,
              title: `${recordRef(zone.id, record).label} publishes private address${values.length === 1 ? "" : "es"} ${values.join(", ")}`,
              explanation: `Anyone on the internet can resolve names in the public zone ${zone.name}, but ${values.join(", ")} exist only inside a private network (RFC 1918): users outside it get an address that leads nowhere (timeouts), and the answer reveals the VPC's addressing.`,
              recommendation:
                "Move the record to a private hosted zone associated with the VPC, or point it at a public endpoint.",
              resources: [recordRef(zone.id, record)],
            },
          ];
        }),
      ),
);

export const cnameChainLeavesZone = defineRule(
  {
    id: "route53-cname-chain-leaves-zone",
    severity: "info",
    service: "route53",
    summary: "CNAME chain that goes through the zone and ends outside it",
  },
  (snapshot) =>
    snapshot.zones.flatMap(({ zone, records }) => {
      const cnames = new Map(
        records
          .filter((record) => record.Type === "CNAME" && record.ResourceRecords?.[0]?.Value)
          .map((record) => [normalizeName(record.Name ?? ""), record] as const),
      );
      return [...cnames.values()].flatMap((record) => {
        const chain = [normalizeName(record.Name ?? "")];
        let target = normalizeName(record.ResourceRecords?.[0]?.Value ?? "");
        while (cnames.has(target) && !chain.includes(target) && chain.length < 10) {
          chain.push(target);
          target = normalizeName(cnames.get(target)?.ResourceRecords?.[0]?.Value ?? "");
        }
        if (chain.length < 2 || isNameInZone(target, zone.name)) return [];
        return [
          {
            subject: recordRef(zone.id, record).id,
            title: `${chain[0]} resolves through ${chain.length} CNAMEs and leaves the zone at ${target}`,
            explanation: `Each hop (${[...chain, target].join(" → ")}) is one more lookup for every resolver, and the last one is outside ${zone.name}, so the answer depends on a zone you do not control. An alias record (or a single CNAME) answers in one step.`,
            recommendation: `Point ${chain[0]} directly at ${target}, or use an alias record.`,
            resources: [recordRef(zone.id, record)],
          },
        ];
      });
    }),
);

export const ROUTE53_RECORD_RULES = [privateIpInPublicZone, cnameChainLeavesZone];
