import type { ResourceRecordSet } from "@aws-sdk/client-route-53";
import {
  ChangeResourceRecordSetsCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from "@aws-sdk/client-route-53";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { ActionRefusal } from "@/lib/errors/action-refusal";
import type { ConcurrentChangeDetails } from "@/lib/errors/concurrent-change";
import { PartialOutcome } from "@/lib/errors/partial-outcome";
import type { DesiredChange } from "@/lib/route53/change-batch";
import { nameTypeKey } from "@/lib/route53/record-key";

import { AwsError } from "../errors";
import { applyRecordChanges, type PartialApplyDetails } from "./apply-record-changes";

const route53 = mockClient(Route53Client);

const blue: ResourceRecordSet = {
  Name: "img.example.com.",
  Type: "A",
  SetIdentifier: "blue",
  Weight: 90,
  TTL: 60,
  ResourceRecords: [{ Value: "192.0.2.1" }],
};
const green: ResourceRecordSet = {
  Name: "img.example.com.",
  Type: "A",
  SetIdentifier: "green",
  Weight: 10,
  TTL: 60,
  ResourceRecords: [{ Value: "192.0.2.2" }],
};

function awsError(name: string, message: string) {
  return Object.assign(new Error(message), {
    name,
    $fault: "client",
    $metadata: { httpStatusCode: 400, requestId: "req-1" },
  });
}

/** ListResourceRecordSets over a fixed zone, starting at the requested name+type like Route 53 does. */
function serveZone(zone: ResourceRecordSet[]) {
  route53
    .on(ListResourceRecordSetsCommand)
    .callsFake((input: { StartRecordName?: string; StartRecordType?: string }) => {
      const start = input.StartRecordName
        ? zone.findIndex(
            (rrset) =>
              nameTypeKey(rrset) ===
              nameTypeKey({ Name: input.StartRecordName, Type: input.StartRecordType }),
          )
        : 0;
      return Promise.resolve({
        ResourceRecordSets: start < 0 ? [] : zone.slice(start, start + 300),
        IsTruncated: false,
        MaxItems: 300,
      });
    });
}

let changeCounter = 0;
function acceptChanges() {
  route53.on(ChangeResourceRecordSetsCommand).callsFake(() =>
    Promise.resolve({
      ChangeInfo: {
        Id: `/change/C${++changeCounter}`,
        Status: "PENDING",
        SubmittedAt: new Date("2026-01-01T00:00:00Z"),
      },
    }),
  );
}

beforeEach(() => {
  route53.reset();
  changeCounter = 0;
});
afterEach(() => route53.reset());

async function refusal(promise: Promise<unknown>): Promise<ActionRefusal> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ActionRefusal);
  return error as ActionRefusal;
}

describe("applyRecordChanges", () => {
  it("edits as DELETE of the loaded record + CREATE in one batch and returns the change id", async () => {
    serveZone([blue, green]);
    acceptChanges();
    const after = { ...blue, Weight: 50 };

    const outcome = await applyRecordChanges("Z1", [{ kind: "replace", before: blue, after }], {
      comment: "shift",
    });

    expect(outcome).toMatchObject({
      changeCount: 2,
      batches: [{ changeId: "C1", status: "PENDING", changeCount: 2 }],
    });
    const sent = route53.commandCalls(ChangeResourceRecordSetsCommand)[0]?.args[0].input;
    expect(sent?.ChangeBatch?.Changes).toEqual([
      { Action: "DELETE", ResourceRecordSet: blue },
      { Action: "CREATE", ResourceRecordSet: after },
    ]);
    expect(sent?.ChangeBatch?.Comment).toBe("shift");
  });

  it("refuses and sends nothing when a record changed since it was loaded", async () => {
    serveZone([{ ...blue, Weight: 70 }, green]);
    acceptChanges();

    const error = await refusal(
      applyRecordChanges("Z1", [{ kind: "replace", before: blue, after: { ...blue, Weight: 50 } }]),
    );

    expect(error.code).toBe("ConcurrentChange");
    const details = error.details as unknown as ConcurrentChangeDetails;
    expect(details.detectedBy).toBe("before-apply");
    expect(details.applied).toEqual([]);
    expect(details.what).toBe("img.example.com. A blue");
    expect(details.changes).toMatchObject([
      { section: "img.example.com. A blue", label: "Weight", kind: "changed", before: "90", after: "70" },
    ]);
    expect(route53.commandCalls(ChangeResourceRecordSetsCommand)).toHaveLength(0);
  });

  it("uses the caller's fresh read for the compare-and-swap instead of reading again", async () => {
    serveZone([blue, green]);
    acceptChanges();

    await applyRecordChanges("Z1", [{ kind: "replace", before: blue, after: { ...blue, Weight: 50 } }], {
      current: [blue, green],
    });
    expect(route53.commandCalls(ListResourceRecordSetsCommand)).toHaveLength(0);

    const error = await refusal(
      applyRecordChanges("Z1", [{ kind: "replace", before: blue, after: { ...blue, Weight: 50 } }], {
        current: [{ ...blue, Weight: 70 }],
      }),
    );
    expect(error.code).toBe("ConcurrentChange");
    expect(route53.commandCalls(ChangeResourceRecordSetsCommand)).toHaveLength(1);
  });

  it("refuses a create when someone created the same record meanwhile, and a delete of a record already gone", async () => {
    serveZone([green]);
    acceptChanges();
    const createGreen = refusal(
      applyRecordChanges("Z1", [{ kind: "create", after: { ...green, Weight: 1 } }]),
    );
    const deleteBlue = refusal(applyRecordChanges("Z1", [{ kind: "delete", before: blue }]));

    const created = ((await createGreen).details as unknown as ConcurrentChangeDetails).changes;
    expect(created.length).toBeGreaterThan(0);
    expect(created.every((row) => row.kind === "added")).toBe(true);
    const deleted = ((await deleteBlue).details as unknown as ConcurrentChangeDetails).changes;
    expect(deleted.length).toBeGreaterThan(0);
    expect(deleted.every((row) => row.kind === "removed")).toBe(true);
    expect(route53.commandCalls(ChangeResourceRecordSetsCommand)).toHaveLength(0);
  });

  it("reports a stale DELETE refused by Route 53 (InvalidChangeBatch) as a concurrent change", async () => {
    // Our re-read still sees the loaded record; someone changes it before our batch arrives.
    let reads = 0;
    route53.on(ListResourceRecordSetsCommand).callsFake(() => {
      reads++;
      const current = reads === 1 ? blue : { ...blue, TTL: 30 };
      return Promise.resolve({ ResourceRecordSets: [current, green], IsTruncated: false });
    });
    route53
      .on(ChangeResourceRecordSetsCommand)
      .rejects(
        awsError(
          "InvalidChangeBatch",
          "[Tried to delete resource record set [name='img.example.com.', type='A', set-identifier='blue'] but the values provided do not match the current values]",
        ),
      );

    const error = await refusal(
      applyRecordChanges("Z1", [{ kind: "replace", before: blue, after: { ...blue, Weight: 50 } }]),
    );

    expect(error.code).toBe("ConcurrentChange");
    const details = error.details as unknown as ConcurrentChangeDetails;
    expect(details.detectedBy).toBe("aws");
    expect(details.changes).toMatchObject([
      { key: "img.example.com.|A|blue|TTL", label: "TTL", before: "60", after: "30" },
    ]);
    expect(error.message).toMatch(/Nothing was changed/);
  });

  it("passes Throttling through with the backed-off wording when nothing was applied", async () => {
    serveZone([blue]);
    route53.on(ChangeResourceRecordSetsCommand).rejects(awsError("Throttling", "Rate exceeded"));

    const error = await applyRecordChanges("Z1", [{ kind: "delete", before: blue }]).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(AwsError);
    expect(error).toMatchObject({ kind: "throttled", code: "Throttling", requestId: "req-1" });
    expect((error as AwsError).message).toMatch(/throttling requests.*backed-off retries/);
  });

  it("passes PriorRequestNotComplete through as 'still applying an earlier change'", async () => {
    serveZone([blue]);
    route53
      .on(ChangeResourceRecordSetsCommand)
      .rejects(
        awsError(
          "PriorRequestNotComplete",
          "The request was rejected because Route 53 was still processing a prior request.",
        ),
      );

    const error = await applyRecordChanges("Z1", [{ kind: "delete", before: blue }]).catch(
      (caught: unknown) => caught,
    );

    expect(error).toMatchObject({ kind: "throttled", code: "PriorRequestNotComplete" });
    expect((error as AwsError).message).toMatch(/still applying an earlier change/);
  });

  it("sends 5,000 creates as 5 ChangeResourceRecordSets calls", async () => {
    serveZone([]);
    acceptChanges();
    const creates: DesiredChange[] = Array.from({ length: 5_000 }, (_, index) => ({
      kind: "create",
      after: {
        Name: `host-${index}.example.com.`,
        Type: "A",
        TTL: 300,
        ResourceRecords: [{ Value: "192.0.2.10" }],
      },
    }));

    const outcome = await applyRecordChanges("Z1", creates);

    expect(route53.commandCalls(ChangeResourceRecordSetsCommand)).toHaveLength(5);
    expect(outcome.batches.map((batch) => batch.changeId)).toEqual(["C1", "C2", "C3", "C4", "C5"]);
    expect(outcome.changeCount).toBe(5_000);
    // Many names: one pass over the zone instead of 5,000 per-name reads.
    expect(route53.commandCalls(ListResourceRecordSetsCommand)).toHaveLength(1);
  });

  it("says exactly which batches were applied when a later one fails", async () => {
    serveZone([]);
    let calls = 0;
    route53.on(ChangeResourceRecordSetsCommand).callsFake(() => {
      calls++;
      if (calls === 3) return Promise.reject(awsError("Throttling", "Rate exceeded"));
      return Promise.resolve({ ChangeInfo: { Id: `/change/C${calls}`, Status: "PENDING" } });
    });
    const creates: DesiredChange[] = Array.from({ length: 4_000 }, (_, index) => ({
      kind: "create",
      after: {
        Name: `h${index}.example.com.`,
        Type: "A",
        TTL: 300,
        ResourceRecords: [{ Value: "192.0.2.10" }],
      },
    }));

    const error = await applyRecordChanges("Z1", creates).then(
      () => undefined,
      (caught: unknown) => caught as PartialOutcome,
    );

    expect(error).toBeInstanceOf(PartialOutcome);
    if (!error) return;
    expect(error.details.created).toEqual([
      { kind: "Route 53 change", id: "C1" },
      { kind: "Route 53 change", id: "C2" },
    ]);
    const details = error.details.facts as unknown as PartialApplyDetails;
    expect(details.applied.map((batch) => batch.changeId)).toEqual(["C1", "C2"]);
    expect(details).toMatchObject({ failedBatch: 3, totalBatches: 4, error: { code: "Throttling" } });
    expect(error.message).toMatch(
      /Applied 2 of 4 change batches \(C1, C2\); batch 3 was refused, so it and the batch after it were not applied\. Route 53 said: /,
    );
    expect(calls).toBe(3);
  });

  it("re-reads one name+type from its place in the zone", async () => {
    serveZone([
      { Name: "a.example.com.", Type: "A", TTL: 60, ResourceRecords: [{ Value: "192.0.2.9" }] },
      blue,
      green,
    ]);
    acceptChanges();
    await applyRecordChanges("Z1", [{ kind: "replace", before: green, after: { ...green, Weight: 0 } }]);
    const read = route53.commandCalls(ListResourceRecordSetsCommand)[0]?.args[0].input;
    expect(read).toMatchObject({ StartRecordName: "img.example.com.", StartRecordType: "A" });
  });
});
