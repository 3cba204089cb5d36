// `npm run advise [-- --region eu-west-1 --format table|json|csv]`: the advisor's open findings for one Region, for a
// pipeline. Exit code 1 when a critical finding is open, 0 otherwise, 2 when the scan itself failed. Talks to the
// emulator when AWS_ENDPOINT_URL is set, to AWS (default credential chain) otherwise.
import { existsSync } from "node:fs";

import { findingsToCsv, findingsToJson, findingsToTable } from "@/lib/advisor/export";
import { applyAcknowledgements } from "@/lib/advisor/scan";
import type { Acknowledgement } from "@/lib/advisor/types";
import { scanRegion } from "@/lib/advisor-ops/scan-region";
import { acknowledgementStore } from "@/lib/advisor-store";
import { appEnv, consoleDataFile } from "@/lib/env";

const FORMATS = { table: findingsToTable, json: findingsToJson, csv: findingsToCsv } as const;
type Format = keyof typeof FORMATS;

export interface AdviseOptions {
  region: string;
  format: Format;
  /** Acknowledged findings are left out of the output (and of the exit code) while their acknowledgement holds. */
  acks: readonly Acknowledgement[];
  now?: Date;
}

/** Scans the Region and returns what to print and the exit code. */
export async function advise(options: AdviseOptions): Promise<{ output: string; exitCode: 0 | 1 }> {
  const { snapshot, findings } = await scanRegion(options.region);
  const { open, acknowledged } = applyAcknowledgements(findings, options.acks, options.now ?? new Date());
  const output = FORMATS[options.format]({
    region: snapshot.region,
    takenAt: snapshot.takenAt,
    open,
    acknowledged,
  });
  const warnings = (snapshot.unread ?? []).map((part) => `could not read ${part.part}: ${part.message}`);
  return {
    output: warnings.length > 0 && options.format === "table" ? `${warnings.join("\n")}\n${output}` : output,
    exitCode: open.some((finding) => finding.severity === "critical") ? 1 : 0,
  };
}

export function parseArgs(argv: readonly string[]): { region: string; format: Format } {
  const value = (flag: string) => {
    const at = argv.findIndex((arg) => arg === flag || arg.startsWith(`${flag}=`));
    if (at < 0) return undefined;
    const arg = argv[at] ?? "";
    return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[at + 1];
  };
  const format = value("--format") ?? "table";
  if (!(format in FORMATS)) throw new Error(`--format must be table, json or csv (got ${format})`);
  const region = value("--region") ?? appEnv().AWS_REGION;
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
    throw new Error(`--region ${region} is not an AWS Region name`);
  return { region, format: format as Format };
}

async function main(): Promise<void> {
  const { region, format } = parseArgs(process.argv.slice(2));
  // Acknowledgements made in the console hold here too when this runs beside it (same ROUTEBOARD_DATA_DIR); a
  // pipeline without the console's data file counts every open finding. Reading never creates the file.
  const acks = existsSync(consoleDataFile()) ? await acknowledgementStore().list() : [];
  const { output, exitCode } = await advise({ region, format, acks });
  process.stdout.write(output);
  process.exitCode = exitCode;
}

if (process.argv[1]?.endsWith("advise.ts")) {
  main().catch((error: unknown) => {
    process.stderr.write(`advise: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
