import type { HostPolicy } from "./hosts";

/** The request header proxy.ts sets to the client address it decided on; any value the client sent is replaced. */
export const CLIENT_IP_HEADER = "x-routeboard-client-ip";

/**
 * The client's address for per-client limits (sign-in attempts). Behind a configured proxy
 * (ROUTEBOARD_TRUST_PROXY=1, the rule X-Forwarded-Host follows) it is the last X-Forwarded-For entry: the address
 * our proxy saw, which the client cannot choose (entries to its left are the client's own text). Without one, Next
 * fills X-Forwarded-For with the socket's address when the client sent none; a single entry is taken as that, and
 * anything else (a list, junk) is not believed. Undefined when no address can be believed.
 */
export function clientIp(headers: Headers, policy: Pick<HostPolicy, "trustProxy">): string | undefined {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const candidate = policy.trustProxy ? entries.at(-1) : entries.length === 1 ? entries[0] : undefined;
  if (!candidate) return undefined;
  const bare = candidate.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIpAddress(bare) ? bare : undefined;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** An IPv4 address, or an IPv6 one (hex groups and colons, optionally ending in IPv4): nothing else is a key. */
function isIpAddress(text: string): boolean {
  if (IPV4.test(text)) return true;
  return text.length <= 45 && text.includes(":") && /^[0-9a-f:]+(:\d+\.\d+\.\d+\.\d+)?$/i.test(text);
}
