import { test as base, expect } from "@playwright/test";

/** The seeded image service every e2e test can rely on (see scripts/seed). */
export const SEEDED = {
  zoneName: "example.com.",
  loadBalancer: "images-alb",
  blueTargetGroup: "images-blue",
  greenTargetGroup: "images-green",
  certificateDomain: "images.example.com",
  /** Imported, NotAfter 20 days after the seed ran. */
  expiringCertificateDomain: "legacy.example.com",
  regions: ["us-east-1", "eu-west-1"],
} as const;

export const test = base;
export { expect };

/** A second console server pointed at an endpoint where nothing listens (see playwright.config.ts). */
export const E2E_DOWN_URL = `http://127.0.0.1:${process.env.E2E_DOWN_PORT ?? "3101"}`;

/** Sessions saved by e2e/auth.setup.ts: every spec runs as the admin unless it asks for another. */
export const STORAGE_STATE = { admin: "e2e/.auth/admin.json", viewer: "e2e/.auth/viewer.json" } as const;

/** The local admin's password for this run (scripts/test-all.ts sets it) and the viewer that auth.setup.ts adds. */
export const ADMIN = { username: "admin", password: process.env.ROUTEBOARD_ADMIN_PASSWORD ?? "" } as const;
export const VIEWER = { username: "vera", password: "viewer-password-for-e2e" } as const;

/** An empty browser state: no session cookie. */
export const ANONYMOUS_STATE = { cookies: [], origins: [] };
