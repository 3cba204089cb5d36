import { describe, expect, it } from "vitest";

import { actorFromUser, ANONYMOUS, can } from "./actor";
import { parseGroupRoleMap, permissionsOf, roleFromGroups } from "./roles";

describe("roles", () => {
  it("grants viewer read only, operator records, targets, rollouts and acknowledgements, admin everything", () => {
    expect([...permissionsOf("viewer")]).toEqual(["read"]);
    expect([...permissionsOf("operator")]).toEqual([
      "read",
      "change-dns",
      "register-targets",
      "run-rollouts",
      "acknowledge-findings",
    ]);
    expect(permissionsOf("operator").has("change-zones")).toBe(false);
    expect(permissionsOf("admin").has("change-zones")).toBe(true);
    expect(permissionsOf("admin").has("change-certificates")).toBe(true);
    expect(permissionsOf("admin").has("manage-users")).toBe(true);
    expect(permissionsOf("root").size).toBe(0);
    expect(permissionsOf(undefined).size).toBe(0);
  });

  it("makes an actor from a session user; can() decides from the role alone", () => {
    const actor = actorFromUser({
      id: "u1",
      email: "ana@users.routeboard.invalid",
      name: "",
      username: "ana",
      role: "operator",
    });
    expect(actor).toMatchObject({ id: "ana", displayName: "ana", role: "operator" });
    expect(can(actor, "change-dns")).toBe(true);
    expect(can(actor, "change-load-balancers")).toBe(false);
    expect(
      can(actorFromUser({ id: "u2", email: "x@example.com", name: "X", role: "superuser" }), "read"),
    ).toBe(false);
    expect(can(ANONYMOUS, "read")).toBe(false);
  });

  it("maps OIDC groups to the strongest role they grant", () => {
    const map = parseGroupRoleMap("rb-admins=admin, rb-ops=operator");
    expect(roleFromGroups(["rb-ops", "rb-admins"], map)).toBe("admin");
    expect(roleFromGroups(["rb-ops", "other"], map)).toBe("operator");
    expect(roleFromGroups("rb-ops", map)).toBe("operator");
    expect(roleFromGroups(["other"], map)).toBe("viewer");
    expect(roleFromGroups([42, { name: "rb-admins" }], map)).toBe("viewer");
  });

  it("refuses a group map with an unknown role", () => {
    expect(() => parseGroupRoleMap("rb-admins=root")).toThrow(/not group=/);
    expect(() => parseGroupRoleMap("=admin")).toThrow(/not group=/);
    expect(parseGroupRoleMap(undefined).size).toBe(0);
  });
});

describe("OIDC configuration", () => {
  it("is off without an issuer, and complete with one", async () => {
    const { oidcConfigFrom } = await import("./auth-config");
    expect(oidcConfigFrom({})).toBeUndefined();
    const config = oidcConfigFrom({
      ROUTEBOARD_OIDC_ISSUER: "https://login.example.com/realms/ops/",
      ROUTEBOARD_OIDC_CLIENT_ID: "routeboard",
      ROUTEBOARD_OIDC_CLIENT_SECRET: "s3cret",
      ROUTEBOARD_OIDC_GROUP_ROLES: "rb-admins=admin",
    });
    expect(config).toMatchObject({
      discoveryUrl: "https://login.example.com/realms/ops/.well-known/openid-configuration",
      scopes: ["openid", "email", "profile", "groups"],
      groupsClaim: "groups",
    });
    expect(config?.groupRoles.get("rb-admins")).toBe("admin");
  });

  it("refuses a half-done setup at start instead of failing at sign-in", async () => {
    const { oidcConfigFrom } = await import("./auth-config");
    expect(() => oidcConfigFrom({ ROUTEBOARD_OIDC_ISSUER: "https://login.example.com" })).toThrow(
      /CLIENT_ID/,
    );
  });
});
