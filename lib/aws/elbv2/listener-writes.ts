import "server-only";

import {
  AddListenerCertificatesCommand,
  CreateListenerCommand,
  DeleteListenerCommand,
  ModifyListenerCommand,
  RemoveListenerCertificatesCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";

import { clients } from "../clients";
import { AwsError, callAws } from "../errors";
import { actionToSdk, toListenerSummary } from "./map";
import type { ActionSpec, ListenerProtocol, ListenerSummary } from "@/lib/alb/domain";

export interface CreateListenerParams {
  loadBalancerArn: string;
  protocol: ListenerProtocol;
  port: number;
  /** HTTPS only: the default certificate. */
  certificateArn?: string;
  /** HTTPS only. */
  sslPolicy?: string;
  defaultAction: ActionSpec;
}

/** Creates a listener with one default action. */
export async function createListener(region: string, params: CreateListenerParams): Promise<ListenerSummary> {
  const isHttps = params.protocol === "HTTPS";
  const response = await callAws("create the listener", () =>
    clients.elbv2(region).send(
      new CreateListenerCommand({
        LoadBalancerArn: params.loadBalancerArn,
        Protocol: params.protocol,
        Port: params.port,
        ...(isHttps && params.certificateArn
          ? { Certificates: [{ CertificateArn: params.certificateArn }] }
          : {}),
        ...(isHttps && params.sslPolicy ? { SslPolicy: params.sslPolicy } : {}),
        DefaultActions: [actionToSdk(params.defaultAction)],
      }),
    ),
  );
  const listener = response.Listeners?.[0];
  if (!listener?.ListenerArn) {
    throw new AwsError({
      kind: "unknown",
      code: "EmptyResponse",
      message: "AWS did not return the new listener.",
    });
  }
  return toListenerSummary(listener);
}

export interface ModifyListenerParams {
  protocol?: ListenerProtocol;
  port?: number;
  certificateArn?: string;
  sslPolicy?: string;
  defaultAction?: ActionSpec;
}

/** Changes a listener's protocol, port, default certificate, SSL policy or default action. */
export async function modifyListener(
  region: string,
  listenerArn: string,
  params: ModifyListenerParams,
): Promise<ListenerSummary> {
  const response = await callAws("change the listener", () =>
    clients.elbv2(region).send(
      new ModifyListenerCommand({
        ListenerArn: listenerArn,
        Protocol: params.protocol,
        Port: params.port,
        SslPolicy: params.sslPolicy,
        Certificates: params.certificateArn ? [{ CertificateArn: params.certificateArn }] : undefined,
        DefaultActions: params.defaultAction ? [actionToSdk(params.defaultAction)] : undefined,
      }),
    ),
  );
  const listener = response.Listeners?.[0];
  if (!listener)
    throw new AwsError({
      kind: "unknown",
      code: "EmptyResponse",
      message: "AWS did not return the listener.",
    });
  return toListenerSummary(listener);
}

/** Deletes a listener and its rules. */
export async function deleteListener(region: string, listenerArn: string): Promise<void> {
  await callAws("delete the listener", () =>
    clients.elbv2(region).send(new DeleteListenerCommand({ ListenerArn: listenerArn })),
  );
}

/** Adds SNI certificates, one call per certificate (the API takes one at a time). */
export async function addListenerCertificates(
  region: string,
  listenerArn: string,
  certificateArns: string[],
): Promise<void> {
  for (const certificateArn of certificateArns) {
    await callAws("add the certificate to the listener", () =>
      clients.elbv2(region).send(
        new AddListenerCertificatesCommand({
          ListenerArn: listenerArn,
          Certificates: [{ CertificateArn: certificateArn }],
        }),
      ),
    );
  }
}

/** Removes SNI certificates (the default certificate is replaced with modifyListener instead). */
export async function removeListenerCertificates(
  region: string,
  listenerArn: string,
  certificateArns: string[],
): Promise<void> {
  if (certificateArns.length === 0) return;
  await callAws("remove the certificates from the listener", () =>
    clients.elbv2(region).send(
      new RemoveListenerCertificatesCommand({
        ListenerArn: listenerArn,
        Certificates: certificateArns.map((CertificateArn) => ({ CertificateArn })),
      }),
    ),
  );
}
