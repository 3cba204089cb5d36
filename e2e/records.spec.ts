import {
  ChangeResourceRecordSetsCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from "@aws-sdk/client-route-53";

import { expect, SEEDED, test } from "./fixtures";
import { RecordEditorPage } from "./pages/record-editor-page";

const unique = () => Math.random().toString(36).slice(2, 8);

/** Route 53 in the emulator the console talks to (`npm test` passes its endpoint). */
function route53(): Route53Client {
  return new Route53Client({ region: "us-east-1", endpoint: process.env.AWS_ENDPOINT_URL });
}

test.describe.configure({ mode: "serial" });

test("creates one record under each of the seven routing policies and reads each back", async ({ page }) => {
  test.setTimeout(180_000);
  const editor = new RecordEditorPage(page);
  const zoneId = await editor.openZone(SEEDED.zoneName);
  const id = unique();

  const cases: {
    policy: string;
    fields: Record<string, string>;
    expectRow: RegExp;
    setUp?: () => Promise<void>;
  }[] = [
    { policy: "simple", fields: { Values: "192.0.2.10\n192.0.2.11" }, expectRow: /192\.0\.2\.10/ },
    {
      policy: "weighted",
      fields: { "Record ID": "blue", Weight: "70", Values: "192.0.2.20" },
      expectRow: /weight 70/,
    },
    {
      policy: "failover",
      fields: { "Record ID": "primary", "Failover role": "PRIMARY", Values: "192.0.2.30" },
      expectRow: /PRIMARY/,
    },
    {
      policy: "geolocation",
      fields: { "Record ID": "wa", Location: "United States — Washington", Values: "192.0.2.40" },
      expectRow: /subdivision US-WA/,
    },
    {
      policy: "latency",
      fields: { "Record ID": "dub", "Latency Region": "eu-west-1", Values: "192.0.2.50" },
      expectRow: /region eu-west-1/,
    },
    {
      policy: "multivalue",
      fields: { "Record ID": "one", Values: "192.0.2.60" },
      expectRow: /multivalue answer/,
    },
  ];

  for (const { policy, fields, expectRow } of cases) {
    const name = `e2e-${policy}-${id}`;
    await editor.openCreate(zoneId);
    await editor.fill({ "Record name": name });
    await editor.choosePolicy(policy);
    for (const [label, value] of Object.entries(fields)) {
      if (label === "Location") await editor.field(label).selectOption({ label: value });
      else await editor.fill({ [label]: value });
    }
    await editor.preview();
    await expect(page.getByText(/1 change batch, \d AWS calls?/)).toBeVisible();
    await editor.applyAndWait();
    await expect(page.getByText(/INSYNC|PENDING/).first()).toBeVisible();

    const rows = await editor.rowsFor(zoneId, `${name}.example.com.`);
    await expect(rows.filter({ hasText: expectRow })).toHaveCount(1);
  }

  // Geoproximity: coordinates placed by a click on the map, then typed exactly; the table shows what Route 53 kept.
  const name = `e2e-geoproximity-${id}`;
  await editor.openCreate(zoneId);
  await editor.fill({ "Record name": name });
  await editor.choosePolicy("geoproximity");
  await editor.fill({ "Record ID": "sea", Values: "192.0.2.70", Bias: "25" });
  await editor.form.getByRole("radio", { name: "At coordinates" }).check();
  const map = page.getByRole("img", { name: "World map: click to place the coordinates" });
  await map.click({ position: { x: 100, y: 80 } });
  await expect(editor.field("Latitude")).not.toHaveValue("");
  await editor.fill({ Latitude: "47.61", Longitude: "-122.33" });
  await editor.preview();
  await expect(page.getByText("47.61, -122.33")).toBeVisible();
  await editor.applyAndWait();
  const rows = await editor.rowsFor(zoneId, `${name}.example.com.`);
  await expect(rows.filter({ hasText: "coordinates 47.61, -122.33, bias 25" })).toHaveCount(1);

  // And what the console sent, read straight from Route 53.
  const listed = await route53().send(
    new ListResourceRecordSetsCommand({
      HostedZoneId: zoneId,
      StartRecordName: `${name}.example.com.`,
      StartRecordType: "A",
      MaxItems: 1,
    }),
  );
  expect(listed.ResourceRecordSets?.[0]).toMatchObject({
    Name: `${name}.example.com.`,
    SetIdentifier: "sea",
    GeoProximityLocation: { Coordinates: { Latitude: "47.61", Longitude: "-122.33" }, Bias: 25 },
  });
});

test("bad input shows the error at the field and sends nothing", async ({ page }) => {
  const editor = new RecordEditorPage(page);
  const zoneId = await editor.openZone(SEEDED.zoneName);
  const name = `e2e-bad-${unique()}`;

  await editor.openCreate(zoneId);
  await editor.fill({ "Record name": name });
  await editor.choosePolicy("weighted");
  await editor.fill({ "Record ID": "x", Weight: "300", Values: "256.1.1.1" });
  await editor.preview();

  expect(await editor.fieldError("Weight")).toContain("at most 255");
  expect(await editor.fieldError("Values")).toContain("Line 1: Enter an IPv4 address");
  await expect(editor.form.getByRole("alert")).toContainText("nothing was sent to AWS");
  await expect(editor.form.getByRole("button", { name: "Apply", exact: true })).toHaveCount(0);

  await expect(await editor.rowsFor(zoneId, name)).toHaveCount(0);
  await page.goto("/audit");
  await expect(page.getByText(name)).toHaveCount(0);
});

test("editing a record that was changed meanwhile shows what changed and offers a reload", async ({
  page,
}) => {
  const editor = new RecordEditorPage(page);
  const zoneId = await editor.openZone(SEEDED.zoneName);
  const name = `e2e-race-${unique()}.example.com.`;
  const original = {
    Name: name,
    Type: "A" as const,
    SetIdentifier: "blue",
    Weight: 10,
    TTL: 60,
    ResourceRecords: [{ Value: "192.0.2.80" }],
  };
  await route53().send(
    new ChangeResourceRecordSetsCommand({
      HostedZoneId: zoneId,
      ChangeBatch: { Changes: [{ Action: "CREATE", ResourceRecordSet: original }] },
    }),
  );

  await page.goto(`/hosted-zones/${zoneId}/records/edit?key=${encodeURIComponent(`${name}|A|blue`)}`);
  await expect(editor.field("Weight")).toHaveValue("10");
  await editor.fill({ Weight: "20" });
  await editor.preview();
  await expect(page.getByText(/1 change batch/)).toBeVisible();

  // Someone else changes the record after the operator loaded it.
  await route53().send(
    new ChangeResourceRecordSetsCommand({
      HostedZoneId: zoneId,
      ChangeBatch: {
        Changes: [
          { Action: "DELETE", ResourceRecordSet: original },
          { Action: "CREATE", ResourceRecordSet: { ...original, Weight: 55 } },
        ],
      },
    }),
  );

  await editor.form.getByRole("button", { name: "Apply", exact: true }).click();
  await expect(editor.form.getByRole("alert")).toContainText("Someone else changed");
  const changed = page.getByRole("region", { name: "Changed since you loaded it" });
  await expect(changed).toContainText("Weight");
  await expect(changed).toContainText("55");
  await changed.getByRole("button", { name: "Reload" }).click();
  await expect(editor.field("Weight")).toHaveValue("55");
});
