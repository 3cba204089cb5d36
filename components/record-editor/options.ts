import { CONTINENTS, COUNTRIES, US_STATES } from "@/lib/geo";
import { LATENCY_REGIONS } from "@/lib/route53/regions";
import type { RecordType } from "@/lib/route53/values";
import { AWS_REGIONS } from "@/lib/routing/regions";
import type { RoutingPolicyName } from "@/lib/schemas/record";

export interface Option {
  value: string;
  label: string;
}

/** Geolocation locations by name, grouped like the AWS console: the default, continents, countries, US states. */
export const GEOLOCATION_GROUPS: { label: string; options: Option[] }[] = [
  {
    label: "Default",
    options: [{ value: "default", label: "Default — any location not matched by another record" }],
  },
  { label: "Continents", options: CONTINENTS.map((c) => ({ value: `continent:${c.code}`, label: c.name })) },
  {
    label: "Countries",
    options: [...COUNTRIES]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((c) => ({ value: `country:${c.alpha2}`, label: c.name })),
  },
  {
    label: "US states",
    options: US_STATES.map((s) => ({
      value: `subdivision:US-${s.code}`,
      label: `United States — ${s.name}`,
    })),
  },
];

const regionName = (code: string) => AWS_REGIONS[code]?.name;

export const LATENCY_REGION_OPTIONS: Option[] = LATENCY_REGIONS.map((code) => ({
  value: code,
  label: regionName(code) ? `${regionName(code)} — ${code}` : code,
}));

export const GEOPROXIMITY_REGION_OPTIONS: Option[] = Object.values(AWS_REGIONS)
  .filter((location) => location.kind === "region")
  .map((location) => ({ value: location.code, label: `${location.name} — ${location.code}` }));

export const LOCAL_ZONE_GROUPS: Option[] = Object.values(AWS_REGIONS)
  .filter((location) => location.kind === "local-zone")
  .map((location) => ({ value: location.code, label: location.name }));

export const POLICY_OPTIONS: { value: RoutingPolicyName; label: string; hint: string }[] = [
  {
    value: "simple",
    label: "Simple",
    hint: "One record; every value is answered, in random order. No health checks.",
  },
  {
    value: "weighted",
    label: "Weighted",
    hint: "Share traffic between records in proportion to their weights (0–255).",
  },
  {
    value: "failover",
    label: "Failover",
    hint: "Answer with the primary while it is healthy, else the secondary.",
  },
  {
    value: "geolocation",
    label: "Geolocation",
    hint: "Answer by where the user is: US state, country, continent, or the default.",
  },
  {
    value: "geoproximity",
    label: "Geoproximity",
    hint: "Answer with the closest resource; bias stretches or shrinks its area (biased distance = distance × (1 − bias/100), per the current Route 53 guide).",
  },
  {
    value: "latency",
    label: "Latency",
    hint: "Answer with the Region that has the lowest latency for the user.",
  },
  {
    value: "multivalue",
    label: "Multivalue answer",
    hint: "Answer with up to 8 healthy records, chosen at random.",
  },
];

/** An example value per type, shown as the textarea's placeholder. */
export const VALUE_EXAMPLES: Record<RecordType, string> = {
  A: "192.0.2.10",
  AAAA: "2001:db8::10",
  CNAME: "images.example.net",
  MX: "10 mail.example.com",
  TXT: '"v=spf1 include:_spf.example.com ~all"',
  CAA: '0 issue "amazon.com"',
  NS: "ns-1.awsdns-01.org",
  SRV: "10 5 443 images.example.com",
  PTR: "host.example.com",
  SPF: '"v=spf1 -all"',
  NAPTR: '100 10 "S" "SIP+D2U" "" _sip._udp.example.com.',
  DS: "12345 13 2 1F987CC6583E92DF0890718C42D5E2A1E0E1F3E7B8F9C7D6E5A4B3C2D1E0F9A8",
};
