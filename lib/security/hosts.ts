/**
 * Which Host the console answers to. Refusing every other Host stops DNS rebinding: a page on an attacker's name that
 * resolves to the console's address sends that name as Host, so it is refused before anything renders.
 */
export interface HostPolicy {
  /** Allowed `host` or `host:port` entries, lower case. An entry without a port allows any port. */
  hosts: string[];
  /** X-Forwarded-Host / X-Forwarded-Proto are believed only behind a configured reverse proxy. */
  trustProxy: boolean;
  /** The configured public URL's scheme is https: cookies are Secure and HSTS is sent. */
  isHttps: boolean;
}

const LOCAL_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/** The policy from ROUTEBOARD_PUBLIC_URL, ROUTEBOARD_ALLOWED_HOSTS and ROUTEBOARD_TRUST_PROXY; loopback names by default. */
export function hostPolicyFrom(env: Record<string, string | undefined>): HostPolicy {
  const hosts: string[] = [];
  const publicUrl = env.ROUTEBOARD_PUBLIC_URL ? new URL(env.ROUTEBOARD_PUBLIC_URL) : undefined;
  if (publicUrl) hosts.push(publicUrl.host.toLowerCase());
  for (const entry of (env.ROUTEBOARD_ALLOWED_HOSTS ?? "").split(",")) {
    const host = entry.trim().toLowerCase();
    if (host) hosts.push(host);
  }
  return {
    hosts: hosts.length ? hosts : LOCAL_HOSTS,
    trustProxy: env.ROUTEBOARD_TRUST_PROXY === "1",
    isHttps: publicUrl?.protocol === "https:",
  };
}

/** The host the client asked for: X-Forwarded-Host's first value behind a trusted proxy, else Host. */
export function requestHost(headers: Headers, policy: HostPolicy): string {
  const forwarded = policy.trustProxy ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return (forwarded || headers.get("host") || "").toLowerCase();
}

/** Whether a `host[:port]` value is on the allow-list. */
export function isHostAllowed(host: string, policy: HostPolicy): boolean {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/.exec(host);
  if (!match) return false;
  const name = match[1];
  return policy.hosts.some((entry) => entry === host || entry === name);
}

/** The origins Next's server-action check accepts besides the request's own host: the same list. */
export function allowedOrigins(policy: HostPolicy): string[] {
  return policy.hosts;
}
