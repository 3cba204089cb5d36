// PLACEHOLDER until the advisor-engine branch is merged (it owns this file).
import type { Acknowledgement, Finding } from "./types";

export function applyAcknowledgements(
  findings: readonly Finding[],
  acks: readonly Acknowledgement[],
  now: Date,
): { open: Finding[]; acknowledged: { finding: Finding; ack: Acknowledgement }[] } {
  const active = new Map(
    acks.filter((ack) => !ack.expiresAt || Date.parse(ack.expiresAt) > now.getTime()).map((ack) => [ack.findingKey, ack]),
  );
  const open = findings.filter((finding) => !active.has(finding.key));
  const acknowledged = findings.flatMap((finding) => {
    const ack = active.get(finding.key);
    return ack ? [{ finding, ack }] : [];
  });
  return { open, acknowledged };
}
