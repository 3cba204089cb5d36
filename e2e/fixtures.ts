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
