import { describe, expect, it } from "vitest";

import { importRecordsSchema, MAX_IMPORT_BYTES } from "./zone-bulk";

const input = (text: string) => ({ zoneId: "Z123", format: "bind", text });

describe("importRecordsSchema size limit", () => {
  it("takes a file of exactly 5 MB", () => {
    expect(importRecordsSchema.safeParse(input("a".repeat(MAX_IMPORT_BYTES))).success).toBe(true);
  });

  it("counts UTF-8 bytes, not characters, and names the size", () => {
    // 2.6 million two-byte characters: under 5 million characters, over 5 MB.
    const parsed = importRecordsSchema.safeParse(input("é".repeat(2_600_000)));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      "This is 5.2 MB; an import takes at most 5 MB. Split the file and import the parts one after another. Nothing was sent to AWS.",
    );
  });
});
