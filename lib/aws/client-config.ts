import { appEnv } from "@/lib/env";

/** Timeouts that keep a page from hanging when AWS (or the emulator) does not answer. */
export const CONNECTION_TIMEOUT_MS = 3_000;
export const REQUEST_TIMEOUT_MS = 20_000;

export interface SharedClientConfig {
  region: string;
  retryMode: "adaptive";
  maxAttempts: number;
  requestHandler: { connectionTimeout: number; requestTimeout: number };
  endpoint?: string;
}

/**
 * Configuration every SDK client shares. `retryMode` must be the lowercase "adaptive": the
 * uppercase spelling silently falls back to standard retries.
 */
export function sharedClientConfig(region: string): SharedClientConfig {
  const { AWS_ENDPOINT_URL } = appEnv();
  return {
    region,
    retryMode: "adaptive",
    maxAttempts: 5,
    requestHandler: { connectionTimeout: CONNECTION_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
    ...(AWS_ENDPOINT_URL ? { endpoint: AWS_ENDPOINT_URL } : {}),
  };
}
