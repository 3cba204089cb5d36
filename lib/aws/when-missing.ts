import { AwsError } from "./errors";

/**
 * The read's answer, or undefined when AWS says the resource does not exist (deleted meanwhile, or never created):
 * for callers to whom "gone" is an answer, not a failure. Every other error is thrown as it came.
 */
export async function undefinedWhenMissing<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AwsError && error.kind === "not-found") return undefined;
    throw error;
  }
}
