import { httpCodeInfo } from "@/lib/alb/troubleshoot/codes";
import type { AlbConfig } from "@/lib/alb/types";

import { ADVISOR_RULES } from "./rules";
import { runAdvisor } from "./scan";
import { albSnapshot } from "./alb-findings";
import { TROUBLESHOOT_HINTS } from "./troubleshoot-hints";
import type { Finding, Severity } from "./types";

const ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * What in THIS load balancer's configuration explains an HTTP code, worst first: the advisor's findings from the
 * rules that explain the code, then the code's context hints. Empty when nothing does (see httpCodeInfo for the
 * common causes).
 */
export function explainHttpCode(code: number, config: AlbConfig, now: Date = new Date()): Finding[] {
  if (!httpCodeInfo(code)) return [];
  const rules = ADVISOR_RULES.filter((rule) => rule.perLoadBalancer && rule.httpCodes?.includes(code));
  const hints = (TROUBLESHOOT_HINTS[code] ?? []).flatMap((hint) => hint(config));
  const seen = new Set<string>();
  return [...runAdvisor(albSnapshot(config, now), rules), ...hints]
    .filter((finding) => !seen.has(finding.key) && Boolean(seen.add(finding.key)))
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
