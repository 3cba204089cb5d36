/**
 * The redirect and fixed-response fields as a form holds them (strings, as typed) and their defaults, shared by the
 * create wizard and the ALB page's listener and rule editors. Pure.
 */

export interface RedirectDraft {
  statusCode: "HTTP_301" | "HTTP_302";
  protocol: "#{protocol}" | "HTTP" | "HTTPS";
  /** Empty keeps the original (#{port}, #{host}, /#{path}, #{query}): the schema fills in the placeholder. */
  port: string;
  host: string;
  path: string;
  query: string;
}

/** The content types AWS accepts for a fixed response (FixedResponseActionConfig.ContentType). */
export const FIXED_RESPONSE_CONTENT_TYPES = [
  "text/plain",
  "text/css",
  "text/html",
  "application/javascript",
  "application/json",
] as const;

export interface FixedResponseDraft {
  statusCode: string;
  contentType: string;
  messageBody: string;
}

/**
 * A new redirect: 301 to HTTPS on 443, everything else kept. RedirectConfig's StatusCode has no API default (it is
 * required); 301 is what the AWS console proposes and what the common HTTP→HTTPS redirect wants.
 */
export const DEFAULT_REDIRECT_DRAFT: RedirectDraft = {
  statusCode: "HTTP_301",
  protocol: "HTTPS",
  port: "443",
  host: "",
  path: "",
  query: "",
};

/**
 * A new fixed response: 503, text/plain, no body. FixedResponseConfig's StatusCode has no API default (it is
 * required); 503 is what the AWS console pre-fills, and it is the honest answer of a listener or rule that has
 * nothing to serve yet (a 404 would tell clients and caches the resource does not exist).
 */
export const DEFAULT_FIXED_RESPONSE_DRAFT: FixedResponseDraft = {
  statusCode: "503",
  contentType: "text/plain",
  messageBody: "",
};
