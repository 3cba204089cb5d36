import type { Connection } from "@/lib/aws/sts/identity";

type Unavailable = Extract<Connection, { status: "unavailable" }>;

function steps(connection: Unavailable): string[] {
  if (connection.target === "emulator") {
    return [
      `The console is set to use the local AWS emulator at ${connection.endpoint ?? "AWS_ENDPOINT_URL"}, and it did not answer.`,
      "Start everything again with `npm run demo` (it starts and seeds the emulator), or start the emulator alone with `npm run emulator`.",
      "If you meant to use a real AWS account, unset AWS_ENDPOINT_URL and set AWS_PROFILE and AWS_REGION.",
    ];
  }
  if (connection.error.kind === "credentials") {
    return [
      "No usable AWS credentials were found, or AWS rejected them.",
      "Set AWS_PROFILE to a profile in ~/.aws/config (run `aws sso login --profile NAME` for SSO profiles), or export AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.",
      "Then restart the console.",
    ];
  }
  if (connection.error.kind === "access-denied") {
    return ["The identity in use may not call sts:GetCallerIdentity. Use a role or profile that can."];
  }
  return [
    "AWS did not answer. Check the network connection, proxy settings and AWS_REGION.",
    "If you meant to use the local emulator, run `npm run demo`.",
  ];
}

/** Shown instead of any page while AWS (or the emulator) cannot be reached: what to do, not a stack trace. */
export function AwsUnavailable({ connection }: { connection: Unavailable }) {
  return (
    <section
      aria-labelledby="aws-unavailable-title"
      className="mx-auto max-w-2xl rounded-lg border border-red-200 bg-white p-8 shadow-sm"
    >
      <h1 id="aws-unavailable-title" className="text-xl font-semibold text-red-800">
        Cannot reach AWS
      </h1>
      <p className="mt-2 text-sm text-slate-700">{connection.error.message}</p>
      <h2 className="mt-6 text-sm font-semibold text-slate-800">What to do</h2>
      <ol className="mt-2 list-decimal space-y-1.5 pl-5 text-sm text-slate-700">
        {steps(connection).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="mt-6 text-xs text-slate-500">
        Error code: {connection.error.code}. Reload this page once fixed.
      </p>
    </section>
  );
}
