import { appEnv } from "@/lib/env";

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Throws unless the SDK clients point at a local emulator. The seed creates VPCs, instances and load balancers:
 * against a real account that costs money, so a missing or remote AWS_ENDPOINT_URL is refused, never guessed.
 */
export function assertLocalEmulator(): string {
  // The endpoint the SDK clients are built with, not a fresh read of process.env: that is where requests go.
  const endpoint = appEnv().AWS_ENDPOINT_URL;
  if (!endpoint) {
    throw new Error(
      "Refusing to seed: AWS_ENDPOINT_URL is not set, so the SDK would talk to a real AWS account.",
    );
  }

  let hostname: string;
  try {
    hostname = new URL(endpoint).hostname;
  } catch {
    throw new Error(`Refusing to seed: AWS_ENDPOINT_URL (${endpoint}) is not a URL.`);
  }
  if (!isLoopback(hostname)) {
    throw new Error(
      `Refusing to seed: AWS_ENDPOINT_URL (${endpoint}) is not a loopback address; the seed only runs against a local emulator.`,
    );
  }
  return endpoint;
}

/** For the command-line entry points: sign emulator requests with dummy keys instead of a real profile's. */
export function defaultToDummyCredentials(): void {
  if (process.env.AWS_ACCESS_KEY_ID || process.env.AWS_PROFILE) return;
  process.env.AWS_ACCESS_KEY_ID = "test";
  process.env.AWS_SECRET_ACCESS_KEY = "test";
}
