import { describe, expect, it } from "vitest";

import { pageNeedsAws } from "./local-pages";

describe("pageNeedsAws", () => {
  it("lets the audit log, users and IAM pages render while AWS is unreachable", () => {
    for (const path of ["/audit", "/audit/export", "/users", "/iam"]) expect(pageNeedsAws(path)).toBe(false);
  });

  it("keeps every AWS page (and an unknown path) behind the AWS check", () => {
    for (const path of [
      "/",
      "/load-balancers",
      "/hosted-zones/Z1",
      "/auditor",
      "/usersx",
      undefined,
      null,
      "",
    ])
      expect(pageNeedsAws(path)).toBe(true);
  });
});
