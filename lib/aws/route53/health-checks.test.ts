import {
  DeleteHealthCheckCommand,
  ListHealthChecksCommand,
  ListHostedZonesCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from "@aws-sdk/client-route-53";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { deleteHealthCheck, toHealthCheckConfig } from "./health-checks";

const route53 = mockClient(Route53Client);
const HC = "11111111-2222-3333-4444-555555555555";

beforeEach(() => {
  route53.reset();
  route53.on(ListHostedZonesCommand).resolves({
    HostedZones: [{ Id: "/hostedzone/Z1", Name: "example.com.", CallerReference: "a" }],
    IsTruncated: false,
    MaxItems: 100,
    Marker: "",
  });
  route53
    .on(ListHealthChecksCommand)
    .resolves({ HealthChecks: [], IsTruncated: false, MaxItems: 1000, Marker: "" });
});
afterEach(() => route53.reset());

describe("deleteHealthCheck", () => {
  it("refuses while a record uses the health check, saying which record, and sends no delete", async () => {
    route53.on(ListResourceRecordSetsCommand).resolves({
      ResourceRecordSets: [
        {
          Name: "api.example.com.",
          Type: "A",
          SetIdentifier: "primary",
          Failover: "PRIMARY",
          HealthCheckId: HC,
          TTL: 60,
          ResourceRecords: [{ Value: "192.0.2.1" }],
        },
        { Name: "www.example.com.", Type: "A", TTL: 60, ResourceRecords: [{ Value: "192.0.2.2" }] },
      ],
      IsTruncated: false,
      MaxItems: 300,
    });
    await expect(deleteHealthCheck(HC)).rejects.toMatchObject({
      code: "HealthCheckInUse",
      kind: "conflict",
      message: expect.stringContaining("used by api.example.com. A (primary) in example.com.") as unknown,
    });
    expect(route53.commandCalls(DeleteHealthCheckCommand)).toHaveLength(0);
  });

  it("maps Route 53's HealthCheckInUse to an operator message", async () => {
    route53
      .on(ListResourceRecordSetsCommand)
      .resolves({ ResourceRecordSets: [], IsTruncated: false, MaxItems: 300 });
    route53.on(DeleteHealthCheckCommand).rejects(
      Object.assign(new Error("The health check can't be deleted because it's in use."), {
        name: "HealthCheckInUse",
        $metadata: { httpStatusCode: 400 },
      }),
    );
    await expect(deleteHealthCheck(HC)).rejects.toMatchObject({
      code: "HealthCheckInUse",
      message: expect.stringMatching(
        /^This health check can't be deleted: a record or a calculated health check still uses it/,
      ) as unknown,
    });
  });

  it("refuses while a calculated health check monitors it", async () => {
    route53
      .on(ListResourceRecordSetsCommand)
      .resolves({ ResourceRecordSets: [], IsTruncated: false, MaxItems: 300 });
    route53.on(ListHealthChecksCommand).resolves({
      HealthChecks: [
        {
          Id: "calc-1",
          CallerReference: "c",
          HealthCheckVersion: 1,
          HealthCheckConfig: { Type: "CALCULATED", ChildHealthChecks: [HC], HealthThreshold: 1 },
        },
      ],
      IsTruncated: false,
      MaxItems: 1000,
      Marker: "",
    });
    await expect(deleteHealthCheck(HC)).rejects.toMatchObject({
      message: expect.stringContaining("calculated health check calc-1") as unknown,
    });
  });
});

describe("toHealthCheckConfig", () => {
  it("sends the string-match fields and leaves endpoint fields off a calculated check", () => {
    expect(
      toHealthCheckConfig({
        type: "HTTPS_STR_MATCH",
        fullyQualifiedDomainName: "images.example.com",
        port: 443,
        requestInterval: 10,
        failureThreshold: 2,
        inverted: false,
        resourcePath: "/health",
        enableSni: true,
        searchString: "ok",
      }),
    ).toEqual({
      Type: "HTTPS_STR_MATCH",
      FullyQualifiedDomainName: "images.example.com",
      IPAddress: undefined,
      Port: 443,
      RequestInterval: 10,
      FailureThreshold: 2,
      Inverted: false,
      ResourcePath: "/health",
      EnableSNI: true,
      SearchString: "ok",
    });
    expect(
      toHealthCheckConfig({
        type: "CALCULATED",
        childHealthChecks: ["a", "b"],
        healthThreshold: 1,
        inverted: false,
      }),
    ).toEqual({
      Type: "CALCULATED",
      ChildHealthChecks: ["a", "b"],
      HealthThreshold: 1,
      Inverted: false,
    });
  });
});
