"use server";

import { ActionRefusal, defineAction } from "@/lib/actions/define-action";
import { defineQuery } from "@/lib/actions/define-query";
import { awsAlbCreationDeps } from "@/lib/aws/alb-creation-deps";
import { executeAlbCreation } from "@/lib/alb/create-flow/execute";
import { planAlbCreation } from "@/lib/alb/create-flow/plan";
import type { CreateOutcome, ReviewData } from "@/lib/alb/create-flow/wizard-types";
import { createAliasToLoadBalancer } from "@/lib/aws/route53/alias-records";
import { appEnv } from "@/lib/env";
import { PartialOutcome } from "@/lib/errors/partial-outcome";
import { currentRegion } from "@/lib/region";
import { createAlbWizardSchema, type CreateAlbWizardInput } from "@/lib/schemas/load-balancer";

import { checkWizardLive } from "./_lib/live-check";

const INVALID = "Some choices need attention: nothing was sent to AWS.";

/**
 * The review step: validates the wizard against the region as it is now (certificate statuses, taken names, the
 * alias record) and returns the steps and AWS calls creation will make, with warnings. Reads only: not audited.
 */
export const reviewAlbCreationQuery = defineQuery({
  name: "elbv2.reviewLoadBalancerWizard",
  schema: createAlbWizardSchema,
  permission: "change-load-balancers",
  deniedMessage: 'You are not allowed to create load balancers (needs "change-load-balancers").',
  run: async (input): Promise<ReviewData> => {
    const region = await currentRegion();
    const live = await checkWizardLive(region, input);
    if (Object.keys(live.fieldErrors).length > 0)
      throw new ActionRefusal(INVALID, "InvalidInput", live.fieldErrors);
    const plan = planAlbCreation({ ...input, region });
    return {
      steps: plan.steps.map(({ id, label, apiCall }) => ({ id, label, apiCall })),
      warnings: live.warnings,
    };
  },
});

function aliasDependency() {
  return async (params: {
    hostedZoneId: string;
    recordName: string;
    alb: { dnsName: string; canonicalHostedZoneId: string };
    ipAddressType: string;
  }) => {
    await createAliasToLoadBalancer(params.hostedZoneId, params.recordName, {
      dnsName: params.alb.dnsName,
      canonicalHostedZoneId: params.alb.canonicalHostedZoneId,
      ipAddressType: params.ipAddressType,
    });
  };
}

/** Creates the load balancer with everything the wizard describes, all or nothing (executeAlbCreation rolls back). */
export const createAlbAction = defineAction({
  name: "elbv2.createLoadBalancerWizard",
  schema: createAlbWizardSchema,
  permission: "change-load-balancers",
  target: (input: CreateAlbWizardInput) => input.name,
  run: async (input) => {
    const region = await currentRegion();
    const live = await checkWizardLive(region, input);
    if (Object.keys(live.fieldErrors).length > 0)
      throw new ActionRefusal(INVALID, "InvalidInput", live.fieldErrors);

    const plan = planAlbCreation({ ...input, region });
    const result = await executeAlbCreation(
      plan,
      awsAlbCreationDeps(region, {
        createAlias: aliasDependency(),
        // The emulator makes a load balancer active at once; AWS takes minutes, polled every 15 s.
        wait: appEnv().isEmulator
          ? { minDelaySeconds: 1, maxWaitSeconds: 60 }
          : { minDelaySeconds: 15, maxWaitSeconds: 900 },
      }),
    );

    if (result.status === "failed") {
      const outcome: CreateOutcome = {
        status: "failed",
        failedStep: { id: result.failedStep.id, label: result.failedStep.label },
        error: result.error,
        rolledBack: result.rolledBack,
        leftBehind: result.leftBehind,
      };
      const message = `Creating ${input.name} failed at “${result.failedStep.label}”: ${result.error.message}`;
      if (result.leftBehind.length > 0) {
        // The rollback could not remove everything: what it left exists now and must be told as such.
        throw new PartialOutcome({
          done: `Started creating ${input.name}`,
          created: result.leftBehind.map((resource) => ({ kind: "left behind", id: resource })),
          failedStep: `“${result.failedStep.label}”`,
          cause: result.error,
          facts: { outcome },
          message: `${message} The rollback could not remove ${result.leftBehind.join(", ")}: delete ${result.leftBehind.length === 1 ? "it" : "them"} by hand.`,
        });
      }
      throw new ActionRefusal(message, result.error.code, undefined, { outcome });
    }

    const { resources } = result;
    const outcome: CreateOutcome = {
      status: "created",
      name: input.name,
      dnsName: resources.loadBalancer?.dnsName ?? "",
      listenerCount: resources.listenerArns.length,
      ...(resources.aliasRecord ? { aliasRecord: resources.aliasRecord } : {}),
      ...(resources.securityGroupId ? { securityGroupId: resources.securityGroupId } : {}),
      ...(resources.targetGroupArn ? { targetGroupArn: resources.targetGroupArn } : {}),
    };
    return {
      data: outcome,
      summary: `Created load balancer ${input.name} (${input.scheme}, ${input.listeners.length} listener${input.listeners.length === 1 ? "" : "s"}, ${input.targetGroup.mode === "existing" ? "existing " : ""}target group ${input.targetGroup.name || (input.targetGroup.mode === "existing" ? input.targetGroup.arn : "")}${resources.aliasRecord ? `, alias ${resources.aliasRecord}` : ""})`,
      details: { region, arn: resources.loadBalancer?.arn, steps: plan.steps.map((step) => step.id) },
    };
  },
  revalidate: (input) => ["/load-balancers", `/load-balancers/${encodeURIComponent(input.name)}`],
});
