import {
  CreateTargetGroupCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
  ModifyTargetGroupCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";

import { expect, SEEDED, test } from "./fixtures";

const elbv2 = new ElasticLoadBalancingV2Client({ region: "us-east-1" });

async function greenGroup() {
  const response = await elbv2.send(new DescribeTargetGroupsCommand({ Names: [SEEDED.greenTargetGroup] }));
  const group = response.TargetGroups?.[0];
  if (!group?.TargetGroupArn) throw new Error(`${SEEDED.greenTargetGroup} is not seeded.`);
  return group;
}

test.describe.configure({ mode: "serial" });

let original: Awaited<ReturnType<typeof greenGroup>>;
test.beforeAll(async () => {
  original = await greenGroup();
});
// The seeded group is shared by other specs: put its health check back as it was.
test.afterAll(async () => {
  await elbv2.send(
    new ModifyTargetGroupCommand({
      TargetGroupArn: original.TargetGroupArn,
      HealthCheckPath: original.HealthCheckPath,
      HealthCheckIntervalSeconds: original.HealthCheckIntervalSeconds,
      HealthCheckTimeoutSeconds: original.HealthCheckTimeoutSeconds,
    }),
  );
});

test("the target group list links to a page per group with live target health", async ({ page }) => {
  await page.goto("/target-groups");
  await page.getByRole("link", { name: SEEDED.blueTargetGroup, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEEDED.blueTargetGroup })).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: `Targets of ${SEEDED.blueTargetGroup}` })
      .getByText("healthy")
      .first(),
  ).toBeVisible();
  await expect(page.getByText(/\d of \d targets healthy/)).toBeVisible();
  // The summary is re-read every 5 s.
  await expect(page.getByText(/updated .*every 5 s/)).toBeVisible({ timeout: 12_000 });
});

test("change images-green's health check after a before/after preview, then read it back from AWS", async ({
  page,
}) => {
  await page.goto(`/target-groups/${SEEDED.greenTargetGroup}`);
  const form = page.getByRole("form", { name: "Health check settings" });
  await form.getByLabel("Path").fill("/health");
  await form.getByLabel("Interval (seconds)").fill("20");
  await form.getByRole("button", { name: "Review changes" }).click();

  const preview = page.getByRole("region", { name: "Health check changes to apply" });
  await expect(preview.getByRole("row", { name: /Path/ })).toContainText("/healthz");
  await expect(preview.getByRole("row", { name: /Path/ })).toContainText("/health");
  await expect(preview.getByRole("row", { name: /Interval/ })).toContainText("20 s");
  await preview.getByRole("button", { name: "Apply 2 changes" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Changed the health check of ${SEEDED.greenTargetGroup}` }),
  ).toBeVisible();

  const group = await greenGroup();
  expect(group.HealthCheckPath).toBe("/health");
  expect(group.HealthCheckIntervalSeconds).toBe(20);
});

test("a timeout not shorter than the interval shows a field error and sends nothing", async ({ page }) => {
  const before = await greenGroup();
  await page.goto(`/target-groups/${SEEDED.greenTargetGroup}`);
  const form = page.getByRole("form", { name: "Health check settings" });
  await form.getByLabel("Interval (seconds)").fill("10");
  await form.getByLabel("Timeout (seconds)").fill("10");
  await form.getByRole("button", { name: "Review changes" }).click();

  await expect(form.getByLabel("Timeout (seconds)")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("must be shorter than the interval")).toBeVisible();
  await expect(page.getByRole("region", { name: "Health check changes to apply" })).toHaveCount(0);
  const after = await greenGroup();
  expect([after.HealthCheckIntervalSeconds, after.HealthCheckTimeoutSeconds]).toEqual([
    before.HealthCheckIntervalSeconds,
    before.HealthCheckTimeoutSeconds,
  ]);
});

test("a health check changed by someone else since the page loaded is refused", async ({ page }) => {
  await page.goto(`/target-groups/${SEEDED.greenTargetGroup}`);
  const current = await greenGroup();
  await elbv2.send(
    new ModifyTargetGroupCommand({
      TargetGroupArn: current.TargetGroupArn,
      HealthCheckPath: "/changed-elsewhere",
    }),
  );

  const form = page.getByRole("form", { name: "Health check settings" });
  await form.getByLabel("Healthy threshold", { exact: true }).fill("4");
  await form.getByRole("button", { name: "Review changes" }).click();
  await page
    .getByRole("region", { name: "Health check changes to apply" })
    .getByRole("button", { name: "Apply 1 change" })
    .click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Someone else changed the health check path" }),
  ).toBeVisible();
  expect((await greenGroup()).HealthyThresholdCount).toBe(current.HealthyThresholdCount);
});

test("an unused target group is deleted from its page after a review of what goes with it", async ({
  page,
}) => {
  const seeded = await greenGroup();
  const name = `e2e-del-${Date.now().toString(36)}`;
  const made = await elbv2.send(
    new CreateTargetGroupCommand({ Name: name, Protocol: "HTTP", Port: 8080, VpcId: seeded.VpcId }),
  );
  const arn = made.TargetGroups?.[0]?.TargetGroupArn ?? "";

  await page.goto(`/target-groups/${name}`);
  await page.getByRole("button", { name: "Delete target group…" }).click();
  const review = page.getByRole("region", { name: `Delete target group ${name}` });
  await expect(review.getByRole("table")).toBeVisible();
  await review.getByRole("button", { name: "Delete target group" }).click();

  await expect(page).toHaveURL(/\/target-groups\?deleted=/);
  await expect(page.getByRole("status").filter({ hasText: `Deleted target group ${name}.` })).toBeVisible();
  await expect(page.getByRole("link", { name: name, exact: true })).toHaveCount(0);
  const left = await elbv2.send(new DescribeTargetGroupsCommand({})).then((r) => r.TargetGroups ?? []);
  expect(left.map((group) => group.TargetGroupArn)).not.toContain(arn);
});

test("a target group a load balancer uses says where instead of offering Delete", async ({ page }) => {
  await page.goto(`/target-groups/${SEEDED.blueTargetGroup}`);
  await expect(page.getByText(/Used by .*Remove it from their listeners and rules first/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete target group…" })).toHaveCount(0);
});
