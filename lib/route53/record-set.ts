/**
 * The record-set shape ListResourceRecordSets returns (@aws-sdk/client-route-53 `ResourceRecordSet`), restated
 * structurally: the lint wall keeps every `@aws-sdk/*` import, type-only ones included, out of lib/routing and lib/route53's pure modules. SDK objects
 * are assignable to it as they are (checked by scripts/bench/sim.ts, which builds its fixtures with the SDK type).
 */
export interface ResourceRecordSet {
  Name: string | undefined;
  Type: string | undefined;
  SetIdentifier?: string;
  Weight?: number;
  Region?: string;
  GeoLocation?: { ContinentCode?: string; CountryCode?: string; SubdivisionCode?: string };
  Failover?: string;
  MultiValueAnswer?: boolean;
  TTL?: number;
  ResourceRecords?: Array<{ Value: string | undefined }>;
  AliasTarget?: {
    HostedZoneId: string | undefined;
    DNSName: string | undefined;
    EvaluateTargetHealth: boolean | undefined;
  };
  HealthCheckId?: string;
  TrafficPolicyInstanceId?: string;
  CidrRoutingConfig?: { CollectionId: string | undefined; LocationName: string | undefined };
  GeoProximityLocation?: {
    AWSRegion?: string;
    LocalZoneGroup?: string;
    Coordinates?: { Latitude: string | undefined; Longitude: string | undefined };
    Bias?: number;
  };
}
