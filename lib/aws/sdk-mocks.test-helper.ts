// For contract tests outside lib/aws (server actions in app/): they may not import the SDK, so the client mocks and
// the commands they stub come from here.
import {
  ACMClient,
  DescribeCertificateCommand,
  ImportCertificateCommand,
  RequestCertificateCommand,
} from "@aws-sdk/client-acm";
import {
  CreateHealthCheckCommand,
  CreateHostedZoneCommand,
  GetHostedZoneCommand,
  ListHostedZonesCommand,
  Route53Client,
} from "@aws-sdk/client-route-53";
import { mockClient } from "aws-sdk-client-mock";

export {
  CreateHealthCheckCommand,
  CreateHostedZoneCommand,
  DescribeCertificateCommand,
  GetHostedZoneCommand,
  ImportCertificateCommand,
  ListHostedZonesCommand,
  RequestCertificateCommand,
};

/** A mock of every ACM client (aws-sdk-client-mock): `.on(Command).resolves/rejects`, `.commandCalls(Command)`. */
export function mockAcm() {
  return mockClient(ACMClient);
}

/** A mock of every Route 53 client. */
export function mockRoute53() {
  return mockClient(Route53Client);
}

/** An SDK error as AWS documents it (name = the error code, HTTP status, request id). */
export function awsServiceError(
  code: string,
  message: string,
  requestId = "req-test-1",
  httpStatusCode = 400,
) {
  return Object.assign(new Error(message), {
    name: code,
    $fault: "client" as const,
    $metadata: { httpStatusCode, requestId },
  });
}
