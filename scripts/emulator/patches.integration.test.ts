// Proves moto_server.py's Route 53 patches against a running emulator. Runs only when AWS_ENDPOINT_URL is set:
//   npm run emulator &   # then
//   AWS_ENDPOINT_URL=http://127.0.0.1:4566 AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1 \
//     npx vitest run scripts/emulator
import {
  ChangeResourceRecordSetsCommand,
  CreateHostedZoneCommand,
  DeleteHostedZoneCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
  Route53ServiceException,
} from "@aws-sdk/client-route-53";
import type { Change, ResourceRecordSet } from "@aws-sdk/client-route-53";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe.skipIf(!process.env.AWS_ENDPOINT_URL)("emulator Route 53 patches", () => {
  const client = new Route53Client({});
  const zoneName = `patches-${Date.now()}-${Math.floor(Math.random() * 1e6)}.example.com`;
  let zoneId = "";

  const change = (...changes: Change[]) =>
    client.send(
      new ChangeResourceRecordSetsCommand({ HostedZoneId: zoneId, ChangeBatch: { Changes: changes } }),
    );

  const listRecords = async (): Promise<ResourceRecordSet[]> => {
    const page = await client.send(new ListResourceRecordSetsCommand({ HostedZoneId: zoneId }));
    return page.ResourceRecordSets ?? [];
  };

  const rejection = async (promise: Promise<unknown>): Promise<Route53ServiceException> => {
    const error = await promise.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Route53ServiceException);
    return error as Route53ServiceException;
  };

  const aRecord = (
    name: string,
    setIdentifier: string,
    value: string,
    extra: Partial<ResourceRecordSet> = {},
  ) =>
    ({
      Name: `${name}.${zoneName}.`,
      Type: "A",
      SetIdentifier: setIdentifier,
      TTL: 60,
      ResourceRecords: [{ Value: value }],
      ...extra,
    }) satisfies ResourceRecordSet;

  beforeAll(async () => {
    const created = await client.send(
      new CreateHostedZoneCommand({ Name: zoneName, CallerReference: zoneName }),
    );
    zoneId = created.HostedZone?.Id ?? "";
    expect(zoneId).not.toBe("");
  });

  afterAll(async () => {
    if (!zoneId) return;
    const leftovers = (await listRecords()).filter((record) => record.Type !== "NS" && record.Type !== "SOA");
    if (leftovers.length > 0)
      await change(...leftovers.map((record) => ({ Action: "DELETE" as const, ResourceRecordSet: record })));
    await client.send(new DeleteHostedZoneCommand({ Id: zoneId }));
  });

  it("(a) keeps GeoProximityLocation on CREATE and UPSERT and lists it", async () => {
    const byRegion = aRecord("geo", "us-east-1", "192.0.2.1", {
      GeoProximityLocation: { AWSRegion: "us-east-1", Bias: 25 },
    });
    const byZoneGroup = aRecord("geo", "denver", "192.0.2.2", {
      GeoProximityLocation: { LocalZoneGroup: "us-west-2-den-1" },
    });
    const byPoint = aRecord("geo", "paris", "192.0.2.3", {
      GeoProximityLocation: { Coordinates: { Latitude: "48.86", Longitude: "2.35" }, Bias: -40 },
    });
    await change(
      { Action: "CREATE", ResourceRecordSet: byRegion },
      { Action: "CREATE", ResourceRecordSet: byZoneGroup },
      { Action: "UPSERT", ResourceRecordSet: byPoint },
    );

    const listed = new Map(
      (await listRecords()).map((record) => [record.SetIdentifier, record.GeoProximityLocation]),
    );
    expect(listed.get("us-east-1")).toEqual({ AWSRegion: "us-east-1", Bias: 25 });
    expect(listed.get("denver")).toEqual({ LocalZoneGroup: "us-west-2-den-1" });
    expect(listed.get("paris")).toEqual({ Coordinates: { Latitude: "48.86", Longitude: "2.35" }, Bias: -40 });

    await change({
      Action: "UPSERT",
      ResourceRecordSet: { ...byRegion, GeoProximityLocation: { AWSRegion: "eu-west-1", Bias: -5 } },
    });
    const upserted = (await listRecords()).find((record) => record.SetIdentifier === "us-east-1");
    expect(upserted?.GeoProximityLocation).toEqual({ AWSRegion: "eu-west-1", Bias: -5 });
  });

  it("(b) a DELETE by SetIdentifier removes only that name's record", async () => {
    const blueWww = aRecord("www", "blue", "198.51.100.1", { Weight: 10 });
    const blueApi = aRecord("api", "blue", "198.51.100.2", { Weight: 10 });
    await change(
      { Action: "CREATE", ResourceRecordSet: blueWww },
      { Action: "CREATE", ResourceRecordSet: blueApi },
    );

    await change({ Action: "DELETE", ResourceRecordSet: blueWww });

    const blues = (await listRecords())
      .filter((record) => record.SetIdentifier === "blue")
      .map((record) => record.Name);
    expect(blues).toEqual([`api.${zoneName}.`]);
  });

  it("(c) a DELETE with stale values fails the whole batch with InvalidChangeBatch", async () => {
    const original = aRecord("edit", "green", "203.0.113.1", { Weight: 50 });
    await change({ Action: "CREATE", ResourceRecordSet: original });
    // Someone else edits the record after we read it.
    await change({ Action: "UPSERT", ResourceRecordSet: { ...original, Weight: 70 } });

    // Our edit, based on the old read: delete what we saw, create what we want, plus an unrelated record.
    const unrelated = aRecord("other", "green", "203.0.113.9", { Weight: 1 });
    const error = await rejection(
      change(
        { Action: "CREATE", ResourceRecordSet: unrelated },
        { Action: "DELETE", ResourceRecordSet: original },
        { Action: "CREATE", ResourceRecordSet: { ...original, TTL: 30 } },
      ),
    );
    expect(error.name).toBe("InvalidChangeBatch");
    expect(error.message).toContain(
      `Tried to delete resource record set [name='edit.${zoneName}.', type='A', set-identifier='green'] but the values provided do not match the current values`,
    );

    // All-or-nothing: the other user's record is intact and the unrelated CREATE was rolled back.
    const records = await listRecords();
    const edited = records.filter((record) => record.Name === `edit.${zoneName}.`);
    expect(edited).toHaveLength(1);
    expect(edited[0]).toMatchObject({ Weight: 70, TTL: 60 });
    expect(records.some((record) => record.Name === `other.${zoneName}.`)).toBe(false);

    // Other value differences are stale too: TTL, record values, and an alias target.
    for (const stale of [
      { ...original, Weight: 70, TTL: 300 },
      { ...original, Weight: 70, ResourceRecords: [{ Value: "203.0.113.2" }] },
    ]) {
      const staleError = await rejection(change({ Action: "DELETE", ResourceRecordSet: stale }));
      expect(staleError.name).toBe("InvalidChangeBatch");
    }

    // The current values delete it (name case and trailing dot do not matter).
    await change({
      Action: "DELETE",
      ResourceRecordSet: { ...original, Name: `EDIT.${zoneName}`, Weight: 70 },
    });
    expect((await listRecords()).some((record) => record.Name === `edit.${zoneName}.`)).toBe(false);
  });

  it("(c) compares alias targets and reports a missing record", async () => {
    const alias = {
      Name: `alias.${zoneName}.`,
      Type: "A",
      AliasTarget: {
        HostedZoneId: "Z2P70J7EXAMPLE",
        DNSName: "my-alb-1.us-east-1.elb.amazonaws.com.",
        EvaluateTargetHealth: true,
      },
    } satisfies ResourceRecordSet;
    await change({ Action: "CREATE", ResourceRecordSet: alias });

    const stale = await rejection(
      change({
        Action: "DELETE",
        ResourceRecordSet: { ...alias, AliasTarget: { ...alias.AliasTarget, EvaluateTargetHealth: false } },
      }),
    );
    expect(stale.name).toBe("InvalidChangeBatch");

    await change({ Action: "DELETE", ResourceRecordSet: alias });
    const missing = await rejection(change({ Action: "DELETE", ResourceRecordSet: alias }));
    expect(missing.name).toBe("InvalidChangeBatch");
    expect(missing.message).toContain(`[name='alias.${zoneName}.', type='A'] but it was not found`);
  });

  it("(d) a CREATE of an existing record fails, and a deleted one can be created again", async () => {
    const record = aRecord("dup", "one", "192.0.2.50", { Weight: 1 });
    await change({ Action: "CREATE", ResourceRecordSet: record });

    const duplicate = await rejection(change({ Action: "CREATE", ResourceRecordSet: record }));
    expect(duplicate.name).toBe("InvalidChangeBatch");
    expect(duplicate.message).toContain("but it already exists");

    await change({ Action: "DELETE", ResourceRecordSet: record });
    await change({ Action: "CREATE", ResourceRecordSet: record });
    expect((await listRecords()).filter((r) => r.Name === `dup.${zoneName}.`)).toHaveLength(1);
  });

  it("(g) pages start at StartRecordName/StartRecordType in Route 53's order and follow every change", async () => {
    const names = ["b", "a.b", "c", "z"];
    await change(
      ...names.map((name) => ({
        Action: "CREATE" as const,
        ResourceRecordSet: {
          Name: `${name}.order.${zoneName}.`,
          Type: "TXT" as const,
          TTL: 60,
          ResourceRecords: [{ Value: '"x"' }],
        },
      })),
    );
    const page = (start: string, maxItems: number) =>
      client.send(
        new ListResourceRecordSetsCommand({
          HostedZoneId: zoneId,
          StartRecordName: `${start}.order.${zoneName}.`,
          StartRecordType: "TXT",
          MaxItems: maxItems,
        }),
      );

    // Names sort by their labels read right to left: b < a.b < c < z.
    const first = await page("b", 2);
    expect(first.ResourceRecordSets?.map((r) => r.Name)).toEqual([
      `b.order.${zoneName}.`,
      `a.b.order.${zoneName}.`,
    ]);
    expect(first).toMatchObject({
      IsTruncated: true,
      NextRecordName: `c.order.${zoneName}.`,
      NextRecordType: "TXT",
    });

    await change({
      Action: "DELETE",
      ResourceRecordSet: {
        Name: `c.order.${zoneName}.`,
        Type: "TXT",
        TTL: 60,
        ResourceRecords: [{ Value: '"x"' }],
      },
    });
    const afterDelete = await page("a.b", 2);
    expect(afterDelete.ResourceRecordSets?.map((r) => r.Name)).toEqual([
      `a.b.order.${zoneName}.`,
      `z.order.${zoneName}.`,
    ]);
  });
  it("(g) after random creates, upserts, deletes and a refused batch, the zone lists in Route 53's order", async () => {
    // A model of the zone: record sets in the order they were created (an UPSERT keeps the place), listed sorted by
    // labels read right to left, then type; equal keys (weighted sets of one name) keep that order.
    type Entry = { label: string; type: "A" | "TXT"; id: string; ttl: number };
    const model: Entry[] = [];
    const recordSet = (entry: Entry): ResourceRecordSet => ({
      Name: `${entry.label}.shuffle.${zoneName}.`,
      Type: entry.type,
      SetIdentifier: entry.id,
      Weight: 1,
      TTL: entry.ttl,
      ResourceRecords: [{ Value: entry.type === "A" ? "192.0.2.1" : '"x"' }],
    });
    const sortKey = (entry: Entry) => `${entry.label}.shuffle.${zoneName}`.split(".").reverse().join(".");
    const modelOrder = () =>
      model
        .map((entry, position) => ({ entry, position }))
        .sort(
          (a, b) =>
            (sortKey(a.entry) < sortKey(b.entry) ? -1 : sortKey(a.entry) > sortKey(b.entry) ? 1 : 0) ||
            (a.entry.type < b.entry.type ? -1 : a.entry.type > b.entry.type ? 1 : 0) ||
            a.position - b.position,
        )
        .map(({ entry }) => `${sortKey(entry)} ${entry.type} ${entry.id} ${entry.ttl}`);
    const listedOrder = async () => {
      const page = await client.send(
        new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, MaxItems: 300 }),
      );
      return (page.ResourceRecordSets ?? [])
        .filter((record) => record.Name?.includes(`.shuffle.${zoneName}.`))
        .map(
          (record) =>
            `${record.Name!.replace(/\.$/, "").split(".").reverse().join(".")} ${record.Type} ${record.SetIdentifier} ${record.TTL}`,
        );
    };

    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const labels = ["a", "b", "a.b", "c.a", "z", "m.z"];
    for (let step = 0; step < 60; step++) {
      const pick = random(3);
      if (pick === 0 || model.length === 0) {
        const entry: Entry = {
          label: labels[random(labels.length)]!,
          type: random(2) === 0 ? "A" : "TXT",
          id: `w${step}`,
          ttl: 60,
        };
        await change({ Action: "CREATE", ResourceRecordSet: recordSet(entry) });
        model.push(entry);
      } else if (pick === 1) {
        const position = random(model.length);
        const updated = { ...model[position]!, ttl: 100 + step };
        await change({ Action: "UPSERT", ResourceRecordSet: recordSet(updated) });
        model[position] = updated;
      } else {
        const [removed] = model.splice(random(model.length), 1);
        await change({ Action: "DELETE", ResourceRecordSet: recordSet(removed!) });
      }
    }
    expect(await listedOrder()).toEqual(modelOrder());
    // A batch refused half-way (its second change deletes a record that is not there) leaves the order untouched.
    const extra: Entry = { label: "a", type: "A", id: "refused", ttl: 60 };
    await rejection(
      change(
        { Action: "CREATE", ResourceRecordSet: recordSet(extra) },
        { Action: "DELETE", ResourceRecordSet: recordSet({ ...extra, id: "absent" }) },
      ),
    );
    expect(await listedOrder()).toEqual(modelOrder());

    // Every page starts at the first record set at or after StartRecordName + StartRecordType.
    for (const start of model) {
      const page = await client.send(
        new ListResourceRecordSetsCommand({
          HostedZoneId: zoneId,
          StartRecordName: `${start.label}.shuffle.${zoneName}.`,
          StartRecordType: start.type,
          MaxItems: 1,
        }),
      );
      const first = modelOrder().find((line) => line.startsWith(`${sortKey(start)} ${start.type} `));
      const record = page.ResourceRecordSets?.[0];
      expect(`${sortKey(start)} ${record?.Type} ${record?.SetIdentifier} ${record?.TTL}`).toBe(first);
    }
  });
  it("(g) a new zone lists its NS and SOA once, and each record set created after them once", async () => {
    const name = `fresh-${zoneName}`;
    const created = await client.send(new CreateHostedZoneCommand({ Name: name, CallerReference: name }));
    const freshZoneId = created.HostedZone?.Id ?? "";
    const www: ResourceRecordSet = {
      Name: `www.${name}.`,
      Type: "A",
      TTL: 60,
      ResourceRecords: [{ Value: "192.0.2.1" }],
    };
    const changeFresh = (Action: "CREATE" | "DELETE") =>
      client.send(
        new ChangeResourceRecordSetsCommand({
          HostedZoneId: freshZoneId,
          ChangeBatch: { Changes: [{ Action, ResourceRecordSet: www }] },
        }),
      );
    try {
      await changeFresh("CREATE");
      const listed = await client.send(new ListResourceRecordSetsCommand({ HostedZoneId: freshZoneId }));
      expect(listed.ResourceRecordSets?.map((record) => `${record.Name} ${record.Type}`)).toEqual([
        `${name}. NS`,
        `${name}. SOA`,
        `www.${name}. A`,
      ]);
    } finally {
      await changeFresh("DELETE");
      await client.send(new DeleteHostedZoneCommand({ Id: freshZoneId }));
    }
  });
  // The opt-in fault switch (module docstring of moto_server.py); npm test turns it on for one reserved label.
  const refusedLabel = process.env.EMULATOR_REFUSE_CREATE_LABEL ?? "";
  it.skipIf(!refusedLabel)(
    "the fault switch refuses a CREATE of its label only, and the whole batch with it",
    async () => {
      const plain = aRecord("switch-plain", "only", "192.0.2.1", { SetIdentifier: undefined });
      const refused = aRecord(refusedLabel, "only", "192.0.2.1", { SetIdentifier: undefined });
      const error = await rejection(
        change(
          { Action: "CREATE", ResourceRecordSet: plain },
          { Action: "CREATE", ResourceRecordSet: refused },
        ),
      );
      expect(error.name).toBe("InvalidChangeBatch");
      expect(error.message).toContain("already exists");
      const names = (await listRecords()).map((record) => record.Name);
      expect(names).not.toContain(plain.Name);
      expect(names).not.toContain(refused.Name);

      await change({ Action: "CREATE", ResourceRecordSet: plain });
      await change({ Action: "DELETE", ResourceRecordSet: plain });
    },
  );
});
