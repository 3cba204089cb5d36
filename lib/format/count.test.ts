import { describe, expect, it } from "vitest";

import { countOf } from "./count";

describe("countOf", () => {
  it("uses the singular for one and the plural otherwise, with thousands separators", () => {
    expect(countOf(1, "record set")).toBe("1 record set");
    expect(countOf(0, "conflict")).toBe("0 conflicts");
    expect(countOf(2000, "record set")).toBe("2,000 record sets");
    expect(countOf(2, "change batch", "change batches")).toBe("2 change batches");
  });
});
