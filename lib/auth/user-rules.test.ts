import { describe, expect, it } from "vitest";

import { userChangeRefusal } from "./user-rules";

const users = [
  { id: "1", username: "admin", role: "admin" as const },
  { id: "2", username: "ana", role: "operator" as const },
  { id: "3", username: "vic", role: "viewer" as const },
];

describe("userChangeRefusal", () => {
  it("lets an admin change another user's role, reset their password and delete them", () => {
    expect(userChangeRefusal(users, "admin", "2", { kind: "set-role", role: "viewer" })).toBeUndefined();
    expect(userChangeRefusal(users, "admin", "3", { kind: "reset-password" })).toBeUndefined();
    expect(userChangeRefusal(users, "admin", "3", { kind: "delete" })).toBeUndefined();
  });

  it("refuses deleting or demoting yourself and losing the last admin", () => {
    expect(userChangeRefusal(users, "admin", "1", { kind: "delete" })).toMatch(/your own account/);
    expect(userChangeRefusal(users, "admin", "1", { kind: "set-role", role: "viewer" })).toMatch(
      /from yourself/,
    );
    expect(userChangeRefusal(users, "other", "1", { kind: "delete" })).toMatch(/last admin/);
    const twoAdmins = [...users, { id: "4", username: "bo", role: "admin" as const }];
    expect(userChangeRefusal(twoAdmins, "bo", "1", { kind: "delete" })).toBeUndefined();
  });

  it("refuses an unknown user and a role the user already has", () => {
    expect(userChangeRefusal(users, "admin", "9", { kind: "delete" })).toMatch(/no longer exists/);
    expect(userChangeRefusal(users, "admin", "2", { kind: "set-role", role: "operator" })).toMatch(/already/);
  });
});
