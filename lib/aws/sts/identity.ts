import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";

import { appEnv } from "@/lib/env";

import { clients } from "../clients";
import { AwsError, callAws } from "../errors";

export type Connection =
  | { status: "connected"; target: "emulator" | "aws"; accountId: string; arn: string; endpoint?: string }
  | {
      status: "unavailable";
      target: "emulator" | "aws";
      error: Pick<AwsError, "kind" | "code" | "message">;
      endpoint?: string;
    };

/** Who the console is talking to: the local emulator or an AWS account, via GetCallerIdentity. */
export async function getConnection(): Promise<Connection> {
  const env = appEnv();
  const target = env.isEmulator ? "emulator" : "aws";
  const endpoint = env.AWS_ENDPOINT_URL;

  try {
    const identity = await callAws("identify the AWS caller", () =>
      clients.sts(env.AWS_REGION).send(new GetCallerIdentityCommand({})),
    );
    return {
      status: "connected",
      target,
      accountId: identity.Account ?? "unknown",
      arn: identity.Arn ?? "",
      endpoint,
    };
  } catch (error) {
    const mapped =
      error instanceof AwsError
        ? error
        : new AwsError({ kind: "unknown", code: "Unknown", message: String(error) });
    return {
      status: "unavailable",
      target,
      endpoint,
      error: { kind: mapped.kind, code: mapped.code, message: mapped.message },
    };
  }
}
