import path from "node:path";

import { describe, expect, it } from "vitest";

import { SDK_OPERATIONS } from "@/lib/iam/operations";

import { scanSdkOperations } from "./iam-operations";

describe("the IAM page's operation list", () => {
  it("names every AWS operation lib/aws calls, and nothing it does not (run `npx tsx scripts/iam-operations.ts`)", () => {
    expect([...SDK_OPERATIONS]).toEqual(scanSdkOperations(path.resolve(import.meta.dirname, "../lib/aws")));
  });
});
