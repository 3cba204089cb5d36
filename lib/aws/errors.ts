export type AwsErrorKind =
  | "throttled"
  | "access-denied"
  | "credentials"
  | "not-found"
  | "validation"
  | "conflict"
  | "unreachable"
  | "unknown";

/** An AWS failure turned into something an operator can act on. Raw SDK text stays on the server. */
export class AwsError extends Error {
  readonly kind: AwsErrorKind;
  readonly code: string;
  readonly requestId?: string;
  readonly retryable: boolean;
  /** The service's own message: for server logs and for validation errors that name the offending value. */
  readonly awsMessage?: string;

  constructor(init: {
    kind: AwsErrorKind;
    code: string;
    message: string;
    requestId?: string;
    awsMessage?: string;
  }) {
    super(init.message);
    this.name = "AwsError";
    this.kind = init.kind;
    this.code = init.code;
    this.requestId = init.requestId;
    this.awsMessage = init.awsMessage;
    this.retryable = init.kind === "throttled" || init.kind === "unreachable";
  }
}

const THROTTLING_CODES = new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "RequestLimitExceeded",
  "TooManyRequestsException",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "PriorRequestNotComplete",
]);

const ACCESS_DENIED_CODES = new Set([
  "AccessDenied",
  "AccessDeniedException",
  "UnauthorizedOperation",
  "NotAuthorized",
  "AuthFailure",
]);

const CREDENTIAL_CODES = new Set([
  "CredentialsProviderError",
  "InvalidClientTokenId",
  "UnrecognizedClientException",
  "ExpiredToken",
  "ExpiredTokenException",
  "InvalidAccessKeyId",
  "SignatureDoesNotMatch",
  "MissingAuthenticationToken",
]);

const CONFLICT_CODES = new Set([
  "InvalidChangeBatch",
  "ConflictingDomainExists",
  "HostedZoneNotEmpty",
  "HealthCheckInUse",
  "HostedZoneAlreadyExists",
  "HealthCheckAlreadyExists",
  "DuplicateLoadBalancerName",
  "DuplicateTargetGroupName",
  "DuplicateListener",
  "PriorityInUse",
  "ResourceInUse",
  "ResourceInUseException",
  "OperationNotPermitted",
  "InvalidDependencyViolation",
  "DependencyViolation",
  "InvalidGroup.Duplicate",
  "InvalidPermission.Duplicate",
  "ConflictException",
]);

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "TimeoutError",
  "RequestTimeout",
  "NetworkingError",
]);

function isNotFound(code: string): boolean {
  return /^NoSuch|NotFound|\.NotFound$|^InvalidArn|^ResourceNotFoundException$/.test(code);
}

function isValidation(code: string): boolean {
  return /^Invalid|Validation|^MissingParameter|^UnsupportedProtocol|^TooMany|LimitExceeded$|^ValidationError$/.test(
    code,
  );
}

function kindOf(code: string): AwsErrorKind {
  if (THROTTLING_CODES.has(code)) return "throttled";
  if (ACCESS_DENIED_CODES.has(code)) return "access-denied";
  if (CREDENTIAL_CODES.has(code)) return "credentials";
  if (NETWORK_CODES.has(code)) return "unreachable";
  if (CONFLICT_CODES.has(code)) return "conflict";
  if (isNotFound(code)) return "not-found";
  if (isValidation(code)) return "validation";
  return "unknown";
}

function describe(kind: AwsErrorKind, code: string, action: string, awsMessage: string | undefined): string {
  switch (kind) {
    case "throttled":
      return code === "PriorRequestNotComplete"
        ? `AWS is still applying an earlier change to this hosted zone, so it refused to ${action} for now. Wait a few seconds and try again.`
        : `AWS is throttling requests (too many in a short time), so it could not ${action} after several backed-off retries. Wait a moment and try again.`;
    case "access-denied":
      return `The AWS identity in use is not allowed to ${action} (${code}). Grant the permission in IAM or switch to a profile that has it.`;
    case "credentials":
      return `AWS did not accept the credentials (${code}). Check AWS_PROFILE or your access keys, then reload.`;
    case "unreachable":
      return `Could not reach AWS to ${action}: the endpoint did not answer. Check the network or that the local emulator is running.`;
    case "not-found":
      return `Could not ${action}: it no longer exists in AWS (${code}). It may have been deleted by someone else.`;
    case "conflict":
    case "validation":
      return `AWS refused to ${action}: ${awsMessage ?? code}`;
    case "unknown":
      return `AWS could not ${action} (${code}). Try again; if it persists, check the server log for the request id.`;
  }
}

interface SdkLikeError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { requestId?: string; httpStatusCode?: number };
  $fault?: string;
}

/**
 * Turns anything thrown by an SDK call into an AwsError with a message an operator understands.
 * `action` completes the sentence "could not …", e.g. "list the hosted zones".
 */
export function toAwsError(error: unknown, action: string): AwsError {
  if (error instanceof AwsError) return error;

  const sdk = (typeof error === "object" && error !== null ? error : {}) as SdkLikeError;
  const cause = (sdk as { cause?: SdkLikeError }).cause;
  const rawCode =
    sdk.code && NETWORK_CODES.has(sdk.code) ? sdk.code : (sdk.name ?? sdk.code ?? "UnknownError");
  const causeCode = cause?.code && NETWORK_CODES.has(cause.code) ? cause.code : undefined;
  const code = causeCode ?? (rawCode === "Error" && sdk.code ? sdk.code : rawCode);
  const status = sdk.$metadata?.httpStatusCode;

  let kind = kindOf(code);
  if (kind === "unknown" && status === 403) kind = "access-denied";
  if (kind === "unknown" && status === 404) kind = "not-found";
  if (kind === "unknown" && status === 429) kind = "throttled";
  if (kind === "unknown" && /Could not load credentials|credential/i.test(sdk.message ?? ""))
    kind = "credentials";

  return new AwsError({
    kind,
    code,
    message: describe(kind, code, action, sdk.message),
    requestId: sdk.$metadata?.requestId,
    awsMessage: sdk.message,
  });
}

/** Runs one SDK call and rethrows its failure as an AwsError. */
export async function callAws<T>(action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const mapped = toAwsError(error, action);
    if (mapped.kind === "unknown" || mapped.kind === "unreachable") {
      console.error(`[aws] ${action} failed: ${mapped.code} request=${mapped.requestId ?? "-"}`);
    }
    throw mapped;
  }
}
