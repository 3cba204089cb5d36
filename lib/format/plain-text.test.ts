import { describe, expect, it } from "vitest";

import { plainText } from "./plain-text";

describe("plainText", () => {
  it("keeps primitives as they are and writes objects as JSON, never [object Object]", () => {
    expect(plainText("web")).toBe("web");
    expect(plainText(30)).toBe("30");
    expect(plainText(false)).toBe("false");
    expect(plainText(undefined)).toBe("");
    expect(plainText({ HttpCode: "200" })).toBe('{"HttpCode":"200"}');
    expect(plainText(["a", "b"])).toBe('["a","b"]');
  });
});
