"use server";

import { diffViews, sameView, type View } from "@/components/change-preview/diff";
import {
  attributesView,
  changedAttributes,
  editableAttributes,
  listenersView,
  listenerView,
  networkView,
  ruleContent,
  rulesView,
  ruleView,
} from "@/lib/alb/edit/model";
import {
  addListenerSchema,
  checkRule,
  deleteListenerSchema,
  deleteLoadBalancerSchema,
  deleteRuleSchema,
  listenerCertificateSchema,
  prefixed,
  saveRuleSchema,
  updateAttributesSchema,
  updateListenerSchema,
  updateNetworkSchema,
} from "@/lib/alb/edit/schemas";
import { ActionRefusal, defineAction } from "@/lib/actions/define-action";
import { dependentsView } from "@/lib/alb/dependents";
import { chosenDeletion } from "@/lib/alb/deletion";
import { readAlbDependents } from "@/lib/alb-ops/dependents";
import { deleteLoadBalancerWithDependents, deletionResult, PROTECTED } from "@/lib/alb-ops/delete-load-balancer";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { listCertificates } from "@/lib/aws/acm/certificates";
import { listSecurityGroups } from "@/lib/aws/ec2/security-groups";
import { listSubnets } from "@/lib/aws/ec2/subnets";
import {
  addListenerCertificates,
  createListener,
  deleteListener,
  modifyListener,
  removeListenerCertificates,
} from "@/lib/aws/elbv2/listener-writes";
import {
  modifyLoadBalancerAttributes,
  setLoadBalancerSecurityGroups,
  setLoadBalancerSubnets,
} from "@/lib/aws/elbv2/load-balancer-writes";
import { getLoadBalancerAttributes, listLoadBalancers } from "@/lib/aws/elbv2/load-balancers";
import { createRule, deleteRule, modifyRule, setRulePriorities } from "@/lib/aws/elbv2/rule-writes";
import { listRules } from "@/lib/aws/elbv2/rules";
import { listSslPolicies } from "@/lib/aws/elbv2/ssl-policies";
import { listTargetGroups } from "@/lib/aws/elbv2/target-groups";
import type { ActionSpec, ListenerSummary, LoadBalancerSummary } from "@/lib/alb/domain";
import { availableRegions } from "@/lib/region";
import {
  type ActionInput,
  listenerCertificatesSchemaFor,
  listenerSchemaFor,
} from "@/lib/schemas/listener";
import { loadBalancerAttributesToAws, subnetsSchema } from "@/lib/schemas/load-balancer";

import { forgetDependents } from "./_lib/dependents";
import { readListeners } from "./_lib/read-listeners";

const INVALID = "Some fields need attention: nothing was sent to AWS.";
const pagePath = (name: string) => `/load-balancers/${encodeURIComponent(name)}`;

async function loadAlb(region: string, name: string): Promise<LoadBalancerSummary> {
  if (!availableRegions().includes(region)) {
    throw new ActionRefusal(`${region} is not one of the console's Regions.`, "InvalidRegion");
  }
  const [lb] = await listLoadBalancers(region, { names: [name] });
  if (!lb) {
    throw new ActionRefusal(`The load balancer ${name} no longer exists in ${region}: someone may have deleted it. Nothing was applied.`, "NotFound");
  }
  return lb;
}

/** Refuses when AWS no longer holds what the form loaded, with the differences for the UI. */
function refuseIfChanged(expected: View, current: View, what: string): void {
  if (sameView(expected, current)) return;
  throw new ActionRefusal(
    `Someone else changed ${what} after you opened this page, so nothing was applied. Review what changed, reload, and make your edit again.`,
    "ConcurrentChange",
    undefined,
    { changes: diffViews(expected, current) },
  );
}

async function findListener(region: string, lb: LoadBalancerSummary, listenerArn: string, expected: View): Promise<ListenerSummary> {
  const listener = (await readListeners(region, lb.arn)).find((candidate) => candidate.arn === listenerArn);
  if (!listener) refuseIfChanged(expected, {}, "this listener (it was deleted)");
  return listener as ListenerSummary;
}

/** The load balancer and the listener as AWS holds them now, refused unless the listener is still as the form loaded it. */
async function loadUnchangedListener(input: {
  region: string;
  loadBalancerName: string;
  listenerArn: string;
  expected: View;
}): Promise<{ lb: LoadBalancerSummary; listener: ListenerSummary }> {
  const lb = await loadAlb(input.region, input.loadBalancerName);
  const listener = await findListener(input.region, lb, input.listenerArn, input.expected);
  refuseIfChanged(input.expected, listenerView(listener), `listener ${listenerName(listener)}`);
  return { lb, listener };
}

/** Every forwarded target group must exist and sit in the load balancer's VPC; moto does not check this. */
async function checkTargetGroups(region: string, lb: LoadBalancerSummary, action: ActionInput | ActionSpec, path: string): Promise<void> {
  if (action.type !== "forward") return;
  const groups = await listTargetGroups(region);
  const errors: Record<string, string[]> = {};
  action.targetGroups.forEach((wanted, index) => {
    const group = groups.find((candidate) => candidate.arn === wanted.targetGroupArn);
    const key = `${path}.targetGroups.${index}.targetGroupArn`;
    if (!group) errors[key] = ["This target group no longer exists."];
    else if (group.vpcId && group.vpcId !== lb.vpcId) errors[key] = [`${group.name} is in ${group.vpcId}, not in the load balancer's VPC ${lb.vpcId}.`];
    else if (group.targetType === "lambda" && action.targetGroups.length > 1) errors[key] = ["A Lambda target group cannot share a weighted forward with other groups."];
  });
  if (Object.keys(errors).length) throw new ActionRefusal(INVALID, "InvalidInput", errors);
}

async function certificateContext(region: string) {
  const certificates = await listCertificates(region);
  return { statuses: Object.fromEntries(certificates.map((certificate) => [certificate.arn, certificate.status])) };
}

async function checkSslPolicy(region: string, policy: string | undefined, path: string): Promise<void> {
  if (!policy) return;
  const policies = await listSslPolicies(region);
  if (!policies.some((candidate) => candidate.name === policy)) {
    throw new ActionRefusal(INVALID, "InvalidInput", { [path]: [`${policy} is not a security policy AWS offers in ${region}.`] });
  }
}

const listenerName = (listener: { protocol: string; port: number }) => `${listener.protocol}:${listener.port}`;

export const updateAttributesAction = defineAction({
  name: "elbv2.updateLoadBalancerAttributes",
  schema: updateAttributesSchema,
  permission: "change-load-balancers",
  target: (input) => `${input.region}/${input.loadBalancerName}`,
  run: async (input) => {
    const lb = await loadAlb(input.region, input.loadBalancerName);
    const current = await getLoadBalancerAttributes(input.region, lb.arn);
    const loaded = editableAttributes(input.expected);
    if (!sameView(loaded, editableAttributes(current))) {
      refuseIfChanged(attributesView(loaded), attributesView(current), "this load balancer's attributes");
    }

    const changes = changedAttributes(current, loadBalancerAttributesToAws(input.attributes));
    const diff = diffViews(attributesView(current), attributesView({ ...current, ...changes }));
    if (Object.keys(changes).length === 0) {
      return { data: { changed: 0 }, summary: `No attribute of ${lb.name} changed`, message: "Nothing to apply: the attributes already have these values." };
    }
    await modifyLoadBalancerAttributes(input.region, lb.arn, changes);
    const words = diff.map((change) => `${change.label} ${String(change.before ?? "—")} → ${String(change.after ?? "—")}`);
    return {
      data: { changed: Object.keys(changes).length },
      summary: `Changed attributes of ${lb.name}: ${words.join("; ")}`,
      details: { changes },
    };
  },
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const saveRuleAction = defineAction({
  name: "elbv2.saveRule",
  schema: saveRuleSchema,
  permission: "change-load-balancers",
  target: (input) => input.ruleArn ?? input.listenerArn,
  run: async (input) => {
    const lb = await loadAlb(input.region, input.loadBalancerName);
    const listener = await findListener(input.region, lb, input.listenerArn, input.expected);
    const rules = await listRules(input.region, listener.arn);

    const existing = input.ruleArn ? rules.find((rule) => rule.arn === input.ruleArn) : undefined;
    if (input.ruleArn) {
      if (!existing) refuseIfChanged(input.expected, {}, "this rule (it was deleted)");
      else refuseIfChanged(input.expected, ruleView(ruleContent(existing)), `rule ${String(existing.priority)}`);
    } else {
      refuseIfChanged(input.expected, rulesView(rules), `the rules of ${listenerName(listener)}`);
    }

    const usedPriorities = rules
      .filter((rule) => !rule.isDefault && rule.arn !== input.ruleArn)
      .map((rule) => rule.priority)
      .filter((priority): priority is number => typeof priority === "number");
    const checked = checkRule(input.rule, { listenerProtocol: listener.protocol === "HTTPS" ? "HTTPS" : "HTTP", usedPriorities });
    if (!checked.ok) throw new ActionRefusal(INVALID, "InvalidInput", checked.fieldErrors);
    const rule = checked.data;
    await checkTargetGroups(input.region, lb, rule.action, "rule.action");

    const after = ruleView({ priority: rule.priority, conditions: rule.conditions, action: rule.action });
    if (existing) {
      const before = ruleView(ruleContent(existing));
      await modifyRule(input.region, existing.arn, { conditions: rule.conditions, action: rule.action });
      if (existing.priority !== rule.priority) {
        await setRulePriorities(input.region, [{ ruleArn: existing.arn, priority: rule.priority }]);
      }
      return {
        data: { ruleArn: existing.arn },
        summary: `Changed rule ${String(existing.priority)} of ${lb.name} ${listenerName(listener)}`,
        details: { changes: diffViews(before, after) },
      };
    }
    const ruleArn = await createRule(input.region, listener.arn, { priority: rule.priority, conditions: rule.conditions, action: rule.action });
    return {
      data: { ruleArn },
      summary: `Added rule ${rule.priority} to ${lb.name} ${listenerName(listener)}`,
      details: { rule: after },
    };
  },
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const deleteRuleAction = defineAction({
  name: "elbv2.deleteRule",
  schema: deleteRuleSchema,
  permission: "change-load-balancers",
  target: (input) => input.ruleArn,
  run: async (input) => {
    const lb = await loadAlb(input.region, input.loadBalancerName);
    const listener = await findListener(input.region, lb, input.listenerArn, input.expected);
    const existing = (await listRules(input.region, listener.arn)).find((rule) => rule.arn === input.ruleArn);
    if (!existing) refuseIfChanged(input.expected, {}, "this rule (it was already deleted)");
    const rule = existing as NonNullable<typeof existing>;
    if (rule.isDefault) throw new ActionRefusal("The default rule cannot be deleted: change the listener's default action instead.", "DefaultRule");
    refuseIfChanged(input.expected, ruleView(ruleContent(rule)), `rule ${String(rule.priority)}`);

    await deleteRule(input.region, rule.arn);
    return { data: { ruleArn: rule.arn }, summary: `Deleted rule ${String(rule.priority)} of ${lb.name} ${listenerName(listener)}`, details: { rule: input.expected } };
  },
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const addListenerAction = defineAction({
  name: "elbv2.addListener",
  schema: addListenerSchema,
  permission: "change-load-balancers",
  target: (input) => `${input.region}/${input.loadBalancerName}`,
  run: async (input) => {
    const lb = await loadAlb(input.region, input.loadBalancerName);
    const listeners = await readListeners(input.region, lb.arn);
    refuseIfChanged(input.expected, listenersView(listeners), "this load balancer's listeners");

    const isHttps = input.listener.protocol === "HTTPS";
    const certificates = isHttps ? await certificateContext(input.region) : undefined;
    const parsed = listenerSchemaFor({ certificates, usedPorts: listeners.map((listener) => listener.port) }).safeParse(input.listener);
    if (!parsed.success) throw new ActionRefusal(INVALID, "InvalidInput", prefixed("listener", fieldErrorsOf(parsed.error)));
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
    return { data: { listenerArn: created.arn }, summary: `Added listener ${listenerName(listener)} to ${lb.name}`, details: { listener: listenerView(created) } };
  },
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const updateListenerAction = defineAction({
  name: "elbv2.updateListener",
  schema: updateListenerSchema,
  permission: "change-load-balancers",
  target: (input) => input.listenerArn,
  run: async (input) => {
    const lb = await loadAlb(input.region, input.loadBalancerName);
    const listeners = await readListeners(input.region, lb.arn);
    const listener = listeners.find((candidate) => candidate.arn === input.listenerArn);
    if (!listener) refuseIfChanged(input.expected, {}, "this listener (it was deleted)");
    const current = listener as ListenerSummary;
    refuseIfChanged(input.expected, listenerView(current), `listener ${listenerName(current)}`);

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
    if (!parsed.success) throw new ActionRefusal(INVALID, "InvalidInput", prefixed("settings", fieldErrorsOf(parsed.error)));
    const wanted = parsed.data;
    if (isHttps && wanted.sslPolicy !== current.sslPolicy) await checkSslPolicy(input.region, wanted.sslPolicy, "settings.sslPolicy");
    await checkTargetGroups(input.region, lb, wanted.defaultAction, "settings.defaultAction");

    const currentDefault = current.certificates.find((certificate) => certificate.isDefault)?.certificateArn;
    const after: ListenerSummary = {
      ...current,
      sslPolicy: isHttps ? wanted.sslPolicy : current.sslPolicy,
      certificates: isHttps && wanted.certificateArn
        ? [{ certificateArn: wanted.certificateArn, isDefault: true }, ...current.certificates.filter((certificate) => !certificate.isDefault && certificate.certificateArn !== wanted.certificateArn)]
        : current.certificates,
      defaultActions: [{ type: wanted.defaultAction.type, summary: "", spec: wanted.defaultAction }],
    };
    const changes = diffViews(listenerView(current), listenerView(after));
    if (changes.length === 0) {
      return { data: { changed: 0 }, summary: `Listener ${listenerName(current)} of ${lb.name} unchanged`, message: "Nothing to apply: the listener already has these settings." };
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
  },
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const deleteListenerAction = defineAction({
  name: "elbv2.deleteListener",
  schema: deleteListenerSchema,
  permission: "change-load-balancers",
  target: (input) => input.listenerArn,
  run: async (input) => {
    const { lb, listener } = await loadUnchangedListener(input);
    await deleteListener(input.region, listener.arn);
    return { data: { listenerArn: listener.arn }, summary: `Deleted listener ${listenerName(listener)} of ${lb.name} and its rules` };
  },
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const addListenerCertificateAction = defineAction({
  name: "elbv2.addListenerCertificate",
  schema: listenerCertificateSchema,
  permission: "change-load-balancers",
  target: (input) => input.listenerArn,
  run: async (input) => {
    const { lb, listener } = await loadUnchangedListener(input);
    if (listener.protocol !== "HTTPS") throw new ActionRefusal("Only HTTPS listeners take certificates.", "NotHttps");
    if (listener.certificates.some((certificate) => certificate.certificateArn === input.certificateArn)) {
      throw new ActionRefusal(INVALID, "InvalidInput", { certificateArn: ["This certificate is already on the listener."] });
    }
    const parsed = listenerCertificatesSchemaFor({
      certificates: await certificateContext(input.region),
      existingCount: listener.certificates.filter((certificate) => !certificate.isDefault).length,
    }).safeParse({ certificateArns: [input.certificateArn] });
    if (!parsed.success) {
      const messages = parsed.error.issues.map((issue) => issue.message);
      throw new ActionRefusal(INVALID, "InvalidInput", { certificateArn: messages });
    }
    await addListenerCertificates(input.region, listener.arn, [input.certificateArn]);
    return { data: { certificateArn: input.certificateArn }, summary: `Added certificate ${input.certificateArn} to ${lb.name} ${listenerName(listener)}` };
  },
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const removeListenerCertificateAction = defineAction({
  name: "elbv2.removeListenerCertificate",
  schema: listenerCertificateSchema,
  permission: "change-load-balancers",
  target: (input) => input.listenerArn,
  run: async (input) => {
    const { lb, listener } = await loadUnchangedListener(input);
    const certificate = listener.certificates.find((candidate) => candidate.certificateArn === input.certificateArn);
    if (!certificate) throw new ActionRefusal("This certificate is not on the listener any more.", "NotFound");
    if (certificate.isDefault) {
      throw new ActionRefusal(
        "The default certificate cannot be removed: an HTTPS listener always needs one. Replace it with another issued certificate in the listener settings instead.",
        "DefaultCertificate",
      );
    }
    await removeListenerCertificates(input.region, listener.arn, [input.certificateArn]);
    return { data: { certificateArn: input.certificateArn }, summary: `Removed certificate ${input.certificateArn} from ${lb.name} ${listenerName(listener)}` };
  },
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const updateNetworkAction = defineAction({
  name: "elbv2.updateNetwork",
  schema: updateNetworkSchema,
  permission: "change-load-balancers",
  target: (input) => `${input.region}/${input.loadBalancerName}`,
  run: async (input) => {
    const lb = await loadAlb(input.region, input.loadBalancerName);
    refuseIfChanged(input.expected, networkView(lb), "this load balancer's subnets or security groups");

    const [subnets, groups] = await Promise.all([listSubnets(input.region, { vpcId: lb.vpcId }), listSecurityGroups(input.region, { vpcId: lb.vpcId })]);
    const errors: Record<string, string[]> = {};
    const chosen = input.subnets.map((choice, index) => {
      const subnet = subnets.find((candidate) => candidate.id === choice.subnetId);
      if (!subnet) errors[`subnets.${index}.subnetId`] = [`${choice.subnetId} is not a subnet of the load balancer's VPC ${lb.vpcId}.`];
      return { subnetId: choice.subnetId, availabilityZone: subnet?.availabilityZone ?? choice.availabilityZone };
    });
    const zones = subnetsSchema.safeParse(chosen);
    if (!zones.success) Object.assign(errors, prefixed("subnets", fieldErrorsOf(zones.error)));
    input.securityGroupIds.forEach((id, index) => {
      if (!groups.some((group) => group.id === id)) errors[`securityGroupIds.${index}`] = [`${id} is not a security group of the VPC ${lb.vpcId}.`];
    });
    if (Object.keys(errors).length) throw new ActionRefusal(INVALID, "InvalidInput", errors);

    const after = { availabilityZones: chosen.map((choice) => ({ zoneName: choice.availabilityZone, subnetId: choice.subnetId })), securityGroupIds: input.securityGroupIds };
    const changes = diffViews(networkView(lb), networkView(after));
    if (changes.some((change) => change.label === "Subnets")) await setLoadBalancerSubnets(input.region, lb.arn, chosen.map((choice) => choice.subnetId));
    if (changes.some((change) => change.label === "Security groups")) await setLoadBalancerSecurityGroups(input.region, lb.arn, input.securityGroupIds);
    if (changes.length === 0) return { data: { changed: 0 }, summary: `Network of ${lb.name} unchanged`, message: "Nothing to apply: the subnets and security groups are already these." };
    return { data: { changed: changes.length }, summary: `Changed ${changes.map((change) => change.label.toLowerCase()).join(" and ")} of ${lb.name}`, details: { changes } };
  },
  revalidate: (input) => [pagePath(input.loadBalancerName)],
});

export const deleteLoadBalancerAction = defineAction({
  name: "elbv2.deleteLoadBalancer",
  schema: deleteLoadBalancerSchema,
  permission: "change-load-balancers",
  target: (input) => `${input.region}/${input.loadBalancerName}`,
  run: async (input) => {
    const lb = await loadAlb(input.region, input.loadBalancerName);
    const attributes = await getLoadBalancerAttributes(input.region, lb.arn);
    if (attributes["deletion_protection.enabled"] === "true") throw new ActionRefusal(PROTECTED, "DeletionProtectionEnabled");

    forgetDependents(input.region, lb.arn);
    const dependents = await readAlbDependents(input.region, lb);
    // Records the operator saw would dangle or go: any change there is refused. Groups only matter if ticked.
    const records = "DNS records pointing here";
    if (input.expected) {
      refuseIfChanged({ [records]: input.expected[records] ?? [] }, { [records]: dependentsView(dependents)[records] ?? [] }, "the DNS records pointing at this load balancer");
    }
    const plan = chosenDeletion(lb, dependents, input.remove);
    if (plan.targetGroups.length < input.remove.targetGroupArns.length || plan.securityGroups.length < input.remove.securityGroupIds.length) {
      throw new ActionRefusal(
        "A target group or security group you ticked is no longer used by this load balancer alone (or is gone), so nothing was deleted. Reload the page and review again.",
        "ConcurrentChange",
      );
    }
    const outcome = await deleteLoadBalancerWithDependents(input.region, plan);
    return deletionResult(outcome, lb);
  },
  revalidate: (input) => ["/load-balancers", "/target-groups", pagePath(input.loadBalancerName)],
});
