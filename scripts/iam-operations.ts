// Finds every AWS operation the console calls: each `new XxxCommand(`, `paginateXxx(` and `waitUntilXxx(` under
// lib/aws (the only door to AWS), with the IAM service prefix of the SDK client it comes from. The unit test beside
// it compares the result with lib/iam/operations.ts, so a new call cannot reach main without its IAM action.
// Run `npx tsx scripts/iam-operations.ts` to print the list in the shape operations.ts keeps.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The IAM service prefix of each SDK client package the console uses. */
const SERVICE_PREFIX: Record<string, string> = {
  acm: "acm",
  "route-53": "route53",
  "elastic-load-balancing-v2": "elasticloadbalancing",
  ec2: "ec2",
  cloudwatch: "cloudwatch",
  sts: "sts",
};

/** The operation each SDK waiter polls (waiters have no IAM action of their own). */
const WAITER_OPERATION: Record<string, string> = {
  LoadBalancersDeleted: "DescribeLoadBalancers",
  LoadBalancerAvailable: "DescribeLoadBalancers",
  LoadBalancerExists: "DescribeLoadBalancers",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$|\.test-helper\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** Name → IAM service prefix for everything a file imports from an `@aws-sdk/client-*` package. */
function importedNames(source: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const match of source.matchAll(
    /import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+"@aws-sdk\/client-([a-z0-9-]+)"/g,
  )) {
    const service = SERVICE_PREFIX[match[2] ?? ""];
    if (!service)
      throw new Error(`No IAM service prefix for @aws-sdk/client-${match[2]}: add it to SERVICE_PREFIX.`);
    for (const name of (match[1] ?? "").split(",")) names.set(name.trim().replace(/^type\s+/, ""), service);
  }
  return names;
}

/** Every `service:Operation` the files under `root` call, sorted. */
export function scanSdkOperations(root: string): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(root)) {
    const source = readFileSync(file, "utf8");
    const names = importedNames(source);
    const calls = [
      ...[...source.matchAll(/new\s+([A-Z]\w*)Command\(/g)].map((m) => [`${m[1]}Command`, m[1]]),
      ...[...source.matchAll(/\bpaginate([A-Z]\w*)\(/g)].map((m) => [`paginate${m[1]}`, m[1]]),
      ...[...source.matchAll(/\bwaitUntil([A-Z]\w*)\(/g)].map((m) => {
        const operation = WAITER_OPERATION[m[1] ?? ""];
        if (!operation)
          throw new Error(`${file}: which operation does waitUntil${m[1]} poll? Add it to WAITER_OPERATION.`);
        return [`waitUntil${m[1]}`, operation];
      }),
    ];
    for (const [imported, operation] of calls) {
      const service = names.get(imported ?? "");
      if (!service)
        throw new Error(`${file}: ${imported} is not imported from an @aws-sdk/client-* package.`);
      found.add(`${service}:${operation}`);
    }
  }
  return [...found].sort();
}

if (process.argv[1]?.endsWith("iam-operations.ts")) {
  for (const operation of scanSdkOperations(path.resolve(import.meta.dirname, "../lib/aws")))
    console.log(`  "${operation}",`);
}
