import type { ResourceRecordSet } from "@/lib/routing";

/** The seeded demo zone's routed names, in the shape ListResourceRecordSets returns. */
export function seededZone(): ResourceRecordSet[] {
  const a = (name: string, value: string): ResourceRecordSet => ({
    Name: `${name}.example.com.`,
    Type: "A",
    TTL: 60,
    ResourceRecords: [{ Value: value }],
  });
  return [
    { ...a("www", "192.0.2.10"), SetIdentifier: undefined },
    {
      ...a("api", "198.51.100.10"),
      SetIdentifier: "api-primary",
      Failover: "PRIMARY",
      HealthCheckId: "hc-api",
    },
    { ...a("api", "198.51.100.20"), SetIdentifier: "api-secondary", Failover: "SECONDARY" },
    { ...a("geo", "192.0.2.21"), SetIdentifier: "geo-europe", GeoLocation: { ContinentCode: "EU" } },
    { ...a("geo", "192.0.2.22"), SetIdentifier: "geo-us", GeoLocation: { CountryCode: "US" } },
    { ...a("geo", "192.0.2.24"), SetIdentifier: "geo-default", GeoLocation: { CountryCode: "*" } },
    {
      ...a("near", "192.0.2.31"),
      SetIdentifier: "near-us-east-1",
      GeoProximityLocation: { AWSRegion: "us-east-1", Bias: 0 },
    },
    {
      ...a("near", "192.0.2.32"),
      SetIdentifier: "near-eu-west-1",
      GeoProximityLocation: { AWSRegion: "eu-west-1", Bias: 20 },
    },
    {
      Name: "lat.example.com.",
      Type: "A",
      SetIdentifier: "lat-us-east-1",
      Region: "us-east-1",
      AliasTarget: {
        HostedZoneId: "Z1",
        DNSName: "dualstack.alb-1.us-east-1.elb.amazonaws.com.",
        EvaluateTargetHealth: true,
      },
    },
    { ...a("mv", "203.0.113.11"), SetIdentifier: "mv-1", MultiValueAnswer: true, HealthCheckId: "hc-mv-1" },
    { ...a("img", "192.0.2.41"), SetIdentifier: "img-blue", Weight: 90 },
    { ...a("img", "192.0.2.42"), SetIdentifier: "img-green", Weight: 10 },
    {
      Name: "alias.example.com.",
      Type: "A",
      SetIdentifier: "to-mv",
      Weight: 1,
      AliasTarget: { HostedZoneId: "ZONE", DNSName: "mv.example.com.", EvaluateTargetHealth: true },
    },
  ];
}
