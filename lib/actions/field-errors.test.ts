import { describe, expect, it } from "vitest";

import { messagesFor, scopeFieldErrors } from "./field-errors";

describe("field errors", () => {
  const errors = {
    "healthCheck.path": ["Start with /."],
    "healthCheck.timeoutSeconds": ["Too long."],
    healthCheck: ["Check the form."],
    targetGroupArn: ["Bad ARN."],
  };

  it("re-keys the errors under a prefix and puts the prefix's own under _form", () => {
    expect(scopeFieldErrors(errors, "healthCheck")).toEqual({
      path: ["Start with /."],
      timeoutSeconds: ["Too long."],
      _form: ["Check the form."],
    });
    expect(scopeFieldErrors(undefined, "x")).toEqual({});
  });

  it("collects a field's messages and those of everything under it, once each", () => {
    expect(
      messagesFor(
        { "targets.0.port": ["Bad port."], "targets.1.port": ["Bad port."], targets: ["Choose one."] },
        "targets",
      ),
    ).toEqual(["Bad port.", "Choose one."]);
    expect(messagesFor(errors, "targetGroup")).toBeUndefined();
    expect(messagesFor(undefined, "x")).toBeUndefined();
  });
});
