import { AwsError, toAwsError } from "./errors";

export type ReadResult<T> =
  { ok: true; data: T } | { ok: false; error: { kind: AwsError["kind"]; code: string; message: string } };

/**
 * Runs a read for a server component and returns the failure as a value, so the page can render a
 * designed error state (production builds hide thrown error messages).
 */
export async function safeRead<T>(action: string, read: () => Promise<T>): Promise<ReadResult<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    const mapped = error instanceof AwsError ? error : toAwsError(error, action);
    return { ok: false, error: { kind: mapped.kind, code: mapped.code, message: mapped.message } };
  }
}
