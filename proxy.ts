import { type NextRequest, NextResponse } from "next/server";

import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/security/headers";
import { CLIENT_IP_HEADER, clientIp } from "@/lib/security/client-ip";
import { hostPolicyFrom, isHostAllowed, requestHost } from "@/lib/security/hosts";
import { isPublicPath } from "@/lib/security/public-paths";

const policy = hostPolicyFrom(process.env);

/**
 * In front of every page, route handler and server action: refuse a Host the console is not configured for, refuse
 * callers without a valid session (pages redirect to /login), and add the security headers with a fresh CSP nonce.
 * The action kit, query kit and route handlers check the session again: this is the outer wall, not the only one.
 */
export async function proxy(request: NextRequest) {
  const withHeaders = <R extends Response>(response: R): R => addSecurityHeaders(response, isHttps(request));
  const host = requestHost(request.headers, policy);
  if (!isHostAllowed(host, policy)) {
    return withHeaders(
      new NextResponse("This console does not answer to that host name.\n", {
        status: 421,
        headers: { "content-type": "text/plain" },
      }),
    );
  }

  const { pathname, search } = request.nextUrl;
  if (!isPublicPath(pathname) && !(await hasSession(request))) {
    const isPageRequest = request.method === "GET" && !pathname.startsWith("/api/");
    if (isPageRequest) {
      const login = new URL("/login", request.url);
      if (pathname !== "/") login.searchParams.set("next", `${pathname}${search}`);
      return withHeaders(NextResponse.redirect(login, 303));
    }
    return withHeaders(
      Response.json({ error: { code: "Unauthenticated", message: "Sign in first." } }, { status: 401 }),
    );
  }

  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { isDev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  // Sign-in limits count per client: the address decided here, never one the client sent in this header.
  const ip = clientIp(request.headers, policy);
  if (ip) requestHeaders.set(CLIENT_IP_HEADER, ip);
  else requestHeaders.delete(CLIENT_IP_HEADER);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return withHeaders(response);
}

async function hasSession(request: NextRequest): Promise<boolean> {
  const { sessionUser } = await import("@/lib/auth/session");
  return (await sessionUser(request.headers)) !== undefined;
}

function isHttps(request: NextRequest): boolean {
  if (policy.isHttps || request.nextUrl.protocol === "https:") return true;
  return policy.trustProxy && request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

function addSecurityHeaders<R extends Response>(response: R, isHttpsRequest: boolean): R {
  for (const [name, value] of Object.entries(securityHeaders({ isHttps: isHttpsRequest })))
    response.headers.set(name, value);
  if (!response.headers.has("Content-Security-Policy"))
    response.headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  return response;
}

export const config = {
  // Static build output and the files in public/ carry no data; everything else passes through here.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|apple-touch-icon\\.png|robots\\.txt).*)"],
};
