import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  DeleteLoadBalancerCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  ElasticLoadBalancingV2Client,
  ModifyLoadBalancerAttributesCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";

import { expect, SEEDED, test } from "./fixtures";
import { AlbPage } from "./pages/alb-page";

// The runner sets AWS_ENDPOINT_URL (and dummy keys) for the seeded emulator; the SDK picks them up.
const elbv2 = new ElasticLoadBalancingV2Client({
  region: "us-east-1",
  endpoint: process.env.AWS_ENDPOINT_URL,
});

// Destructive edits go to a load balancer this file creates, in the seeded VPC; images-alb stays as seeded.
const name = `e2e-edit-${Date.now().toString(36)}`;
let arn = "";
let listenerArn = "";

async function attribute(key: string): Promise<string | undefined> {
  const response = await elbv2.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn }));
  return response.Attributes?.find((entry) => entry.Key === key)?.Value;
}

async function ruleCount(): Promise<number> {
  const response = await elbv2.send(new DescribeRulesCommand({ ListenerArn: listenerArn }));
  return (response.Rules ?? []).filter((rule) => !rule.IsDefault).length;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const seeded = (await elbv2.send(new DescribeLoadBalancersCommand({ Names: [SEEDED.loadBalancer] })))
    .LoadBalancers?.[0];
  const created = await elbv2.send(
    new CreateLoadBalancerCommand({
      Name: name,
      Type: "application",
      Scheme: "internet-facing",
      Subnets: (seeded?.AvailabilityZones ?? []).map((zone) => zone.SubnetId ?? ""),
      SecurityGroups: seeded?.SecurityGroups,
    }),
  );
  arn = created.LoadBalancers?.[0]?.LoadBalancerArn ?? "";
  const listener = await elbv2.send(
    new CreateListenerCommand({
      LoadBalancerArn: arn,
      Protocol: "HTTP",
      Port: 80,
      DefaultActions: [
        { Type: "fixed-response", FixedResponseConfig: { StatusCode: "404", ContentType: "text/plain" } },
      ],
    }),
  );
  listenerArn = listener.Listeners?.[0]?.ListenerArn ?? "";
});

test.afterAll(async () => {
  const found = await elbv2.send(new DescribeLoadBalancersCommand({ Names: [name] })).catch(() => undefined);
  if (!found?.LoadBalancers?.length) return;
  await elbv2.send(
    new ModifyLoadBalancerAttributesCommand({
      LoadBalancerArn: arn,
      Attributes: [{ Key: "deletion_protection.enabled", Value: "false" }],
    }),
  );
  await elbv2.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: arn }));
});

test("changing the idle timeout previews 60 → 120, applies, and AWS holds 120", async ({ page }) => {
  const alb = new AlbPage(page);
  await alb.open(name);

  const form = await alb.editAttributes();
  await form.getByLabel("Idle timeout (seconds)").fill("120");
  await form.getByRole("button", { name: "Review changes" }).click();

  const review = alb.review("Review attribute changes");
  const row = alb.previewRow(review, "Idle timeout (seconds)");
  await expect(row.getByRole("cell").nth(0)).toHaveText("60");
  await expect(row.getByRole("cell").nth(1)).toHaveText("120");
  await expect(review.getByRole("row")).toHaveCount(2);
  // Nothing sent yet (a new load balancer may not report the attribute until it is set: AWS's default is 60).
  expect((await attribute("idle_timeout.timeout_seconds")) ?? "60").toBe("60");

  await alb.reviewAndApply(review);
  await expect(page.getByRole("status").filter({ hasText: "Idle timeout (seconds) 60 → 120" })).toBeVisible();
  expect(await attribute("idle_timeout.timeout_seconds")).toBe("120");
});

test("an out-of-range idle timeout is refused at the field", async ({ page }) => {
  const alb = new AlbPage(page);
  await alb.open(name);
  const form = await alb.editAttributes();
  await form.getByLabel("Idle timeout (seconds)").fill("4001");
  await form.getByRole("button", { name: "Review changes" }).click();
  await expect(form.getByText("The idle timeout must be between 1 and 4000 seconds.")).toBeVisible();
  await expect(form.getByLabel("Idle timeout (seconds)")).toHaveAttribute("aria-invalid", "true");
});

test("an edit made elsewhere meanwhile is detected, not overwritten", async ({ page }) => {
  const alb = new AlbPage(page);
  await alb.open(name);
  const form = await alb.editAttributes();
  await form.getByLabel("Idle timeout (seconds)").fill("300");
  await form.getByRole("button", { name: "Review changes" }).click();

  await elbv2.send(
    new ModifyLoadBalancerAttributesCommand({
      LoadBalancerArn: arn,
      Attributes: [{ Key: "idle_timeout.timeout_seconds", Value: "90" }],
    }),
  );
  const review = alb.review("Review attribute changes");
  await review.getByRole("button", { name: "Apply changes" }).click();

  const notice = review.getByRole("alert").filter({ hasText: "Changed by someone else" });
  await expect(notice).toBeVisible();
  const changed = notice.getByRole("row").filter({ hasText: "Idle timeout (seconds)" });
  await expect(changed).toContainText("120");
  await expect(changed).toContainText("90");
  expect(await attribute("idle_timeout.timeout_seconds")).toBe("90");

  await notice.getByRole("button", { name: "Reload current state" }).click();
  await expect(page.getByText("90 s")).toBeVisible();
});

test("a rule forwarding 90/10 to blue and green is previewed, added, listed and deleted", async ({
  page,
}) => {
  const alb = new AlbPage(page);
  await alb.open(name);
  const form = await alb.startAddRule("HTTP:80");
  await alb.fillRule(form, {
    priority: "10",
    path: "/images/*",
    targets: [
      { group: SEEDED.blueTargetGroup, weight: "90" },
      { group: SEEDED.greenTargetGroup, weight: "10" },
    ],
  });
  await form.getByRole("button", { name: "Review changes" }).click();

  const review = alb.review("Add a rule to HTTP:80");
  await expect(alb.previewRow(review, "Conditions")).toContainText("Path is /images/*");
  await expect(alb.previewRow(review, "Forward to")).toContainText(
    `${SEEDED.blueTargetGroup} · weight 90 (90%)`,
  );
  await alb.reviewAndApply(review, "Add rule");

  const rules = alb.rules("HTTP:80");
  const row = rules.getByRole("row").filter({ hasText: "Path is /images/*" });
  await expect(row).toContainText(`${SEEDED.blueTargetGroup} · weight 90 (90%)`);
  await expect(row).toContainText(`${SEEDED.greenTargetGroup} · weight 10 (10%)`);
  expect(await ruleCount()).toBe(1);

  // Leave images-green unused again, as the seed has it.
  await page.getByRole("button", { name: "Delete rule 10" }).click();
  await alb.reviewAndApply(alb.review("Delete rule 10 from HTTP:80"), "Delete rule");
  await expect(row).toBeHidden();
  expect(await ruleCount()).toBe(0);
});

test("a weight of 1000 shows a field error and sends nothing", async ({ page }) => {
  const alb = new AlbPage(page);
  await alb.open(name);
  const form = await alb.startAddRule("HTTP:80");
  await alb.fillRule(form, {
    priority: "20",
    path: "/thumbs/*",
    targets: [
      { group: SEEDED.blueTargetGroup, weight: "1000" },
      { group: SEEDED.greenTargetGroup, weight: "10" },
    ],
  });
  await form.getByRole("button", { name: "Review changes" }).click();

  await expect(form.getByLabel("Weight 1", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("A weight must be between 0 and 999.")).toBeVisible();
  await expect(alb.review("Add a rule to HTTP:80")).toHaveCount(0);
  expect(await ruleCount()).toBe(0);
});

test("delete is refused while deletion protection is on, then works once it is off", async ({ page }) => {
  const alb = new AlbPage(page);
  await alb.open(name);

  let form = await alb.editAttributes();
  await form.getByLabel("Deletion protection").check();
  await form.getByRole("button", { name: "Review changes" }).click();
  let review = alb.review("Review attribute changes");
  await expect(alb.previewRow(review, "Deletion protection")).toContainText("off");
  await expect(alb.previewRow(review, "Deletion protection")).toContainText("on");
  await alb.reviewAndApply(review);
  await expect.poll(() => attribute("deletion_protection.enabled")).toBe("true");

  const remove = await alb.openDeletion();
  let deletion = await alb.reviewDeletion(name);
  await deletion.getByRole("button", { name: "Delete load balancer" }).click();
  await expect(remove.getByRole("alert")).toContainText(
    "Deletion protection is on for this load balancer, so it cannot be deleted",
  );
  expect((await elbv2.send(new DescribeLoadBalancersCommand({ Names: [name] }))).LoadBalancers).toHaveLength(
    1,
  );

  form = await alb.editAttributes();
  await form.getByLabel("Deletion protection").uncheck();
  await form.getByRole("button", { name: "Review changes" }).click();
  review = alb.review("Review attribute changes");
  await alb.reviewAndApply(review);
  await expect.poll(() => attribute("deletion_protection.enabled")).toBe("false");

  deletion = await alb.reviewDeletion(name);
  await deletion.getByRole("button", { name: "Delete load balancer" }).click();
  await expect(page).toHaveURL(/\/load-balancers$/);
  await expect(elbv2.send(new DescribeLoadBalancersCommand({ Names: [name] }))).rejects.toThrow();
});
