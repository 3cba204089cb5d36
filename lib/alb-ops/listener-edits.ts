import "server-only";

import type { z } from "zod";

import { ActionRefusal } from "@/lib/errors/action-refusal";
import { INVALID_INPUT_MESSAGE } from "@/lib/actions/form-messages";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import type { ListenerSummary } from "@/lib/alb/domain";
import { listenersView, listenerView, listenerWithSettings } from "@/lib/alb/edit/model";
import type {
  addListenerSchema,
  deleteListenerSchema,
  listenerCertificateSchema,
  updateListenerSchema,
} from "@/lib/alb/edit/schemas";
import { prefixed } from "@/lib/alb/edit/schemas";
import { readListeners } from "./read-listeners";
import {
  addListenerCertificates,
  createListener,
  deleteListener,
  modifyListener,
  removeListenerCertificates,
} from "@/lib/aws/elbv2/listener-writes";
import { diffViews } from "@/lib/diff/diff";
import { listenerCertificatesSchemaFor, listenerSchemaFor } from "@/lib/schemas/listener";

import {
  certificateContext,
  checkSslPolicy,
  checkTargetGroups,
  listenerName,
  loadAlb,
  loadUnchangedListener,
  refuseIfAlbChanged,
} from "./edit-guards";

/** Adds a listener once the load balancer's listeners are still as loaded and its settings are valid here. */
export async function addAlbListener(input: z.output<typeof addListenerSchema>) {
  const lb = await loadAlb(input.region, input.loadBalancerName);
  const listeners = await readListeners(input.region, lb.arn);
  refuseIfAlbChanged(input.expected, listenersView(listeners), "this load balancer's listeners");

  const isHttps = input.listener.protocol === "HTTPS";
  const certificates = isHttps ? await certificateContext(input.region) : undefined;
  const parsed = listenerSchemaFor({
    certificates,
    usedPorts: listeners.map((listener) => listener.port),
  }).safeParse(input.listener);
  if (!parsed.success)
    throw new ActionRefusal(
      INVALID_INPUT_MESSAGE,
      "InvalidInput",
      prefixed("listener", fieldErrorsOf(parsed.error)),
    );
  const listener = parsed.data;
  if (isHttps) await checkSslPolicy(input.region, listener.sslPolicy, "listener.sslPolicy");
  await checkTargetGroups(input.region, lb, listener.defaultAction, "listener.defaultAction");

  const created = await createListener(input.region, {
    loadBalancerArn: lb.arn,
    protocol: listener.protocol,
    port: listener.port,
    certificateArn: isHttps ? listener.certificateArn : undefined,
    sslPolicy: isHttps ? listener.sslPolicy : undefined,
    defaultAction: listener.defaultAction,
  });
  return {
    data: { listenerArn: created.arn },
    summary: `Added listener ${listenerName(listener)} to ${lb.name}`,
    details: { listener: listenerView(created) },
  };
}

/** Changes a listener's policy, default certificate and default action; only what changed is sent. */
export async function updateListenerSettings(input: z.output<typeof updateListenerSchema>) {
  const lb = await loadAlb(input.region, input.loadBalancerName);
  const listeners = await readListeners(input.region, lb.arn);
  const listener = listeners.find((candidate) => candidate.arn === input.listenerArn);
  if (!listener) refuseIfAlbChanged(input.expected, {}, "this listener (it was deleted)");
  const current = listener as ListenerSummary;
  refuseIfAlbChanged(input.expected, listenerView(current), `listener ${listenerName(current)}`);

  const isHttps = current.protocol === "HTTPS";
  const candidate = {
    protocol: current.protocol,
    port: current.port,
    certificateArn: isHttps ? input.settings.certificateArn : undefined,
    sslPolicy: isHttps ? input.settings.sslPolicy : undefined,
    defaultAction: input.settings.defaultAction,
  };
  const schema = listenerSchemaFor({
    certificates: isHttps ? await certificateContext(input.region) : undefined,
    usedPorts: listeners.filter((other) => other.arn !== current.arn).map((other) => other.port),
  });
  const parsed = schema.safeParse(candidate);
  if (!parsed.success)
    throw new ActionRefusal(
      INVALID_INPUT_MESSAGE,
      "InvalidInput",
      prefixed("settings", fieldErrorsOf(parsed.error)),
    );
  const wanted = parsed.data;
  if (isHttps && wanted.sslPolicy !== current.sslPolicy)
    await checkSslPolicy(input.region, wanted.sslPolicy, "settings.sslPolicy");
  await checkTargetGroups(input.region, lb, wanted.defaultAction, "settings.defaultAction");

  const currentDefault = current.certificates.find((certificate) => certificate.isDefault)?.certificateArn;
  const after = listenerWithSettings(current, wanted);
  const changes = diffViews(listenerView(current), listenerView(after));
  if (changes.length === 0) {
    return {
      data: { changed: 0 },
      summary: `Listener ${listenerName(current)} of ${lb.name} unchanged`,
      message: "Nothing to apply: the listener already has these settings.",
    };
  }
  const isActionChanged = changes.some((change) => change.label === "Default action");
  await modifyListener(input.region, current.arn, {
    ...(isHttps && wanted.sslPolicy !== current.sslPolicy ? { sslPolicy: wanted.sslPolicy } : {}),
    ...(isHttps && wanted.certificateArn !== currentDefault ? { certificateArn: wanted.certificateArn } : {}),
    ...(isActionChanged ? { defaultAction: wanted.defaultAction } : {}),
  });
  return {
    data: { changed: changes.length },
    summary: `Changed listener ${listenerName(current)} of ${lb.name}: ${changes.map((change) => change.label).join(", ")}`,
    details: { changes },
  };
}

/** Deletes a listener (and its rules) that is still as the operator reviewed it. */
export async function deleteAlbListener(input: z.output<typeof deleteListenerSchema>) {
  const { lb, listener } = await loadUnchangedListener(input);
  await deleteListener(input.region, listener.arn);
  return {
    data: { listenerArn: listener.arn },
    summary: `Deleted listener ${listenerName(listener)} of ${lb.name} and its rules`,
  };
}

/** Adds an SNI certificate to an HTTPS listener still as loaded. */
export async function addCertificateToListener(input: z.output<typeof listenerCertificateSchema>) {
  const { lb, listener } = await loadUnchangedListener(input);
  if (listener.protocol !== "HTTPS")
    throw new ActionRefusal("Only HTTPS listeners take certificates.", "NotHttps");
  if (listener.certificates.some((certificate) => certificate.certificateArn === input.certificateArn)) {
    throw new ActionRefusal(INVALID_INPUT_MESSAGE, "InvalidInput", {
      certificateArn: ["This certificate is already on the listener."],
    });
  }
  const parsed = listenerCertificatesSchemaFor({
    certificates: await certificateContext(input.region),
    existingCount: listener.certificates.filter((certificate) => !certificate.isDefault).length,
  }).safeParse({ certificateArns: [input.certificateArn] });
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) => issue.message);
    throw new ActionRefusal(INVALID_INPUT_MESSAGE, "InvalidInput", { certificateArn: messages });
  }
  await addListenerCertificates(input.region, listener.arn, [input.certificateArn]);
  return {
    data: { certificateArn: input.certificateArn },
    summary: `Added certificate ${input.certificateArn} to ${lb.name} ${listenerName(listener)}`,
  };
}

/** Removes an SNI certificate (never the default one) from a listener still as loaded. */
export async function removeCertificateFromListener(input: z.output<typeof listenerCertificateSchema>) {
  const { lb, listener } = await loadUnchangedListener(input);
  const certificate = listener.certificates.find(
    (candidate) => candidate.certificateArn === input.certificateArn,
  );
  if (!certificate) throw new ActionRefusal("This certificate is not on the listener any more.", "NotFound");
  if (certificate.isDefault) {
    throw new ActionRefusal(
      "The default certificate cannot be removed: an HTTPS listener always needs one. Replace it with another issued certificate in the listener settings instead.",
      "DefaultCertificate",
    );
  }
  await removeListenerCertificates(input.region, listener.arn, [input.certificateArn]);
  return {
    data: { certificateArn: input.certificateArn },
    summary: `Removed certificate ${input.certificateArn} from ${lb.name} ${listenerName(listener)}`,
  };
}
