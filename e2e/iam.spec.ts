import { expect, STORAGE_STATE, test } from "./fixtures";

test.describe("as a viewer", () => {
  test.use({ storageState: STORAGE_STATE.viewer, permissions: ["clipboard-read", "clipboard-write"] });

  test("the IAM page shows the console policy and its read-only variant, and copies them", async ({
    page,
  }) => {
    await page.goto("/hosted-zones");
    await page.getByRole("link", { name: "IAM policy" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "IAM policy" })).toBeVisible();

    const full = page.getByLabel("Console policy JSON");
    const readOnly = page.getByLabel("Read-only policy JSON");
    await expect(full).toContainText('"route53:ChangeResourceRecordSets"');
    await expect(full).toContainText('"elasticloadbalancing:AddTags"');
    await expect(full).toContainText('"iam:CreateServiceLinkedRole"');
    await expect(full).toContainText('"iam:AWSServiceName": "elasticloadbalancing.amazonaws.com"');
    await expect(readOnly).toContainText('"sts:GetCallerIdentity"');
    await expect(readOnly).not.toContainText("ChangeResourceRecordSets");
    const parsed = JSON.parse((await readOnly.textContent()) ?? "") as { Statement: { Action: string[] }[] };
    for (const action of parsed.Statement.flatMap((statement) => statement.Action))
      expect(action).toMatch(/^[a-z0-9]+:(Describe|List|Get)/);

    await page.getByRole("button", { name: "Copy read-only policy" }).click();
    await expect(page.getByText("Copied.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await readOnly.textContent());
  });
});
