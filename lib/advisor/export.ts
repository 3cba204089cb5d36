import { csvLines } from "@/lib/format/csv";

import type { Acknowledgement, Finding } from "./types";

// The findings as files: the /advisor page's downloads and `npm run advise --format json|csv` write the same bytes.

export interface AdvisorReport {
  region: string;
  takenAt: string;
  open: readonly Finding[];
  acknowledged?: readonly { finding: Finding; ack: Acknowledgement }[];
}

const COLUMNS = [
  "status",
  "severity",
  "service",
  "rule",
  "title",
  "resources",
  "links",
  "explanation",
  "recommendation",
  "fix",
  "key",
  "acknowledged_by",
  "acknowledged_reason",
  "acknowledged_until",
] as const;

function row(finding: Finding, ack?: Acknowledgement): string[] {
  return [
    ack ? "acknowledged" : "open",
    finding.severity,
    finding.service,
    finding.ruleId,
    finding.title,
    finding.resources.map((resource) => resource.label).join("; "),
    finding.resources.map((resource) => resource.href).join(" "),
    finding.explanation,
    finding.recommendation ?? "",
    finding.fix?.kind ?? "",
    finding.key,
    ack?.actor ?? "",
    ack?.reason ?? "",
    ack ? (ack.expiresAt ?? "until revoked") : "",
  ];
}

/** One line per finding, open ones first (RFC 4180, formula-safe cells). */
export function findingsToCsv(report: AdvisorReport): string {
  return csvLines(COLUMNS, [
    ...report.open.map((finding) => row(finding)),
    ...(report.acknowledged ?? []).map(({ finding, ack }) => row(finding, ack)),
  ]);
}

/** The report as indented JSON with counts per severity, for pipelines. */
export function findingsToJson(report: AdvisorReport): string {
  const counts = { critical: 0, warning: 0, info: 0 };
  for (const finding of report.open) counts[finding.severity] += 1;
  return `${JSON.stringify(
    {
      region: report.region,
      takenAt: report.takenAt,
      counts,
      open: report.open,
      acknowledged: report.acknowledged ?? [],
    },
    null,
    2,
  )}\n`;
}

const SEVERITY_LABEL = { critical: "CRITICAL", warning: "warning", info: "info" } as const;

/** Plain text for a terminal: one finding per line (severity, rule, first resource, title), then a count line. */
export function findingsToTable(report: AdvisorReport): string {
  const rows = report.open.map((finding) => [
    SEVERITY_LABEL[finding.severity],
    finding.ruleId,
    finding.resources[0]?.label ?? "",
    finding.title,
  ]);
  const widths = [0, 1, 2].map((column) =>
    Math.min(48, Math.max(0, ...rows.map((row) => (row[column] ?? "").length))),
  );
  const pad = (text: string, width: number) =>
    text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
  const lines = rows.map((row) =>
    [...widths.map((width, column) => pad(row[column] ?? "", width)), row[3] ?? ""].join("  "),
  );
  const counts = { critical: 0, warning: 0, info: 0 };
  for (const finding of report.open) counts[finding.severity] += 1;
  const hidden = report.acknowledged?.length ?? 0;
  lines.push(
    `${report.region}: ${counts.critical} critical, ${counts.warning} warning, ${counts.info} info` +
      (hidden > 0 ? ` (${hidden} acknowledged, not shown)` : ""),
  );
  return `${lines.join("\n")}\n`;
}
