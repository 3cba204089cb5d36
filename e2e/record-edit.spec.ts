import {
  ChangeResourceRecordSetsCommand,
  ListResourceRecordSetsCommand,
  type ResourceRecordSet,
  Route53Client,
} from "@aws-sdk/client-route-53";

import { expect, SEEDED, test } from "./fixtures";
import { RecordEditorPage } from "./pages/record-editor-page";

const unique = () => Math.random().toString(36).slice(2, 8);

/** Route 53 in the emulator the console talks to (`npm run e2e` passes its endpoint). */
function route53(): Route53Client {
  return new Route53Client({ region: "us-east-1", endpoint: process.env.AWS_ENDPOINT_URL });
}

// Records this spec created, removed after each test: the seeded zone is shared with the other specs.
const created: { zoneId: string; name: string }[] = [];

test.afterEach(async () => {
  for (const { zoneId, name } of created.splice(0)) {
    const left = await readBack(zoneId, name);
    if (left.length === 0) continue;
    const changes = left.map((rrset) => ({ Action: "DELETE" as const, ResourceRecordSet: rrset }));
    await route53().send(
      new ChangeResourceRecordSetsCommand({ HostedZoneId: zoneId, ChangeBatch: { Changes: changes } }),
    );
  }
});

async function createWeighted(zoneId: string, weight: number): Promise<ResourceRecordSet> {
  const record: ResourceRecordSet = {
    Name: `e2e-edit-${unique()}.example.com.`,
    Type: "A",
    SetIdentifier: "blue",
    Weight: weight,
    TTL: 60,
    ResourceRecords: [{ Value: "192.0.2.80" }],
  };
  created.push({ zoneId, name: record.Name ?? "" });
  await route53().send(
    new ChangeResourceRecordSetsCommand({
      HostedZoneId: zoneId,
      ChangeBatch: { Changes: [{ Action: "CREATE", ResourceRecordSet: record }] },
    }),
  );
  return record;
}

async function readBack(zoneId: string, name: string): Promise<ResourceRecordSet[]> {
  const listed = await route53().send(
    new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, StartRecordName: name, StartRecordType: "A" }),
  );
  return (listed.ResourceRecordSets ?? []).filter((rrset) => rrset.Name === name);
}

const editUrl = (zoneId: string, record: ResourceRecordSet, extra = "") =>
  `/hosted-zones/${zoneId}/records/edit?key=${encodeURIComponent(`${record.Name ?? ""}|A|blue`)}${extra}`;

test("after Apply the edit page shows the submitted change with its id and INSYNC, not the form again", async ({
  page,
}) => {
  const editor = new RecordEditorPage(page);
  const zoneId = await editor.openZone(SEEDED.zoneName);
  const record = await createWeighted(zoneId, 50);

  // Arriving from a simulator link that carries the weight the record already has.
  await page.goto(editUrl(zoneId, record, "&weight=50"));
  await expect(editor.form.getByRole("note")).toHaveText(
    "Values carried from the simulator draft: weight 50 (already its value). Preview to see the change.",
  );
  await editor.fill({ Weight: "70" });
  await editor.preview();
  await editor.applyAndWait();

  await expect(page.getByRole("heading", { name: "Change submitted" })).toBeVisible();
  const fqdn = (record.Name ?? "").replace(/\.$/, "").replaceAll(".", "\\.");
  await expect(
    page.getByText(
      new RegExp(`^Changed A record ${fqdn}\\.? \\(weighted, blue\\): change [\\w-]+ submitted\\.$`),
    ),
  ).toBeVisible();
  const changes = page.getByRole("list", { name: "Route 53 changes" });
  await expect(changes.getByRole("listitem")).toHaveCount(1);
  await expect(changes).toContainText("INSYNC — on every Route 53 name server", { timeout: 30_000 });
  // The page's refresh after the apply brought the new record: the result stays, no form and no "50 → 50" note.
  await expect(page.getByRole("form", { name: "Edit record" })).toHaveCount(0);
  await expect(page.getByText("→ 50")).toHaveCount(0);
  expect((await readBack(zoneId, record.Name ?? ""))[0]?.Weight).toBe(70);
});

test("Delete on the edit page says the record was deleted, with the change id, and leads back to the zone", async ({
  page,
}) => {
  const editor = new RecordEditorPage(page);
  const zoneId = await editor.openZone(SEEDED.zoneName);
  const record = await createWeighted(zoneId, 10);

  await page.goto(editUrl(zoneId, record));
  await expect(editor.field("Weight")).toHaveValue("10");
  await editor.form.getByRole("button", { name: "Delete record" }).click();
  await editor.form.getByRole("button", { name: "Confirm delete" }).click();

  await expect(page.getByRole("heading", { name: "Record deleted" })).toBeVisible();
  await expect(page.getByText(`Deleted A record ${record.Name ?? ""} (blue): change`)).toBeVisible();
  await expect(page.getByRole("list", { name: "Route 53 changes" }).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByText("This record is not in the zone")).toHaveCount(0);
  expect(await readBack(zoneId, record.Name ?? "")).toEqual([]);

  await page.getByRole("link", { name: `Back to the records of ${SEEDED.zoneName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEEDED.zoneName })).toBeVisible();
});

test("the preview's Now column is Route 53 at preview time: a change made after the page loaded shows there", async ({
  page,
}) => {
  const editor = new RecordEditorPage(page);
  const zoneId = await editor.openZone(SEEDED.zoneName);
  const record = await createWeighted(zoneId, 10);

  await page.goto(editUrl(zoneId, record));
  await expect(editor.field("Weight")).toHaveValue("10");
  // Someone else sets the weight to 55 while the page is open.
  await route53().send(
    new ChangeResourceRecordSetsCommand({
      HostedZoneId: zoneId,
      ChangeBatch: {
        Changes: [
          { Action: "DELETE", ResourceRecordSet: record },
          { Action: "CREATE", ResourceRecordSet: { ...record, Weight: 55 } },
        ],
      },
    }),
  );
  await editor.fill({ Values: "192.0.2.99" });
  await editor.preview();

  await expect(editor.form.getByRole("note")).toContainText(
    "This record changed in Route 53 since you opened this page",
  );
  const weight = editor.form
    .getByRole("table", { name: "Record changes" })
    .getByRole("rowgroup")
    .filter({ hasText: `${record.Name ?? ""} A blue` })
    .getByRole("row", { name: /^Weight/ });
  await expect(weight.getByRole("cell")).toHaveText(["55", "10"]);

  // Apply replaces what the preview showed as Now, so it goes through; the result is what the preview promised.
  await editor.applyAndWait();
  await expect(page.getByRole("heading", { name: "Change submitted" })).toBeVisible();
  expect(await readBack(zoneId, record.Name ?? "")).toMatchObject([
    { Weight: 10, ResourceRecords: [{ Value: "192.0.2.99" }] },
  ]);
});

test("the geoproximity form names one control AWS Region, and an alias to a missing record is refused at the field", async ({
  page,
}) => {
  const editor = new RecordEditorPage(page);
  const zoneId = await editor.openZone(SEEDED.zoneName);

  await editor.openCreate(zoneId);
  await editor.choosePolicy("geoproximity");
  await expect(editor.form.getByRole("radio", { name: "In an AWS Region" })).toBeChecked();
  await expect(editor.form.getByLabel("AWS Region", { exact: true })).toHaveCount(1);
  await expect(editor.form.getByRole("combobox", { name: "AWS Region" })).toBeVisible();
  await editor.form.getByRole("radio", { name: "In a Local Zone" }).check();
  await expect(editor.form.getByLabel("Local Zone group", { exact: true })).toHaveCount(1);

  await editor.choosePolicy("simple");
  await editor.fill({ "Record name": `e2e-alias-${unique()}` });
  await editor.form.getByRole("checkbox", { name: "Alias to a load balancer or another record" }).check();
  await editor.form.getByRole("radio", { name: `Another record in ${SEEDED.zoneName}` }).check();
  await editor.fill({ "Target record": `missing-${unique()}.example.com.` });
  await editor.preview();
  expect(await editor.fieldError("Target record")).toMatch(
    /^There is no A record named missing-.*\.example\.com\. in this zone/,
  );

  await editor.fill({ "Target record": "img.example.com." });
  await editor.preview();
  await expect(page.getByText(/1 change batch, 2 AWS calls/)).toBeVisible();
});
