import { explainTargetHealthReason } from "@/lib/alb/target-health-reasons";
import type { TargetHealthEntry } from "@/lib/alb/domain";

import { TargetHealthBadge } from "./status-badges";

/** Registered targets with their health; a reason code is explained in words with what to check. */
export function TargetHealthTable({ targets, caption }: { targets: TargetHealthEntry[]; caption: string }) {
  if (targets.length === 0) {
    return (
      <p className="text-sm text-amber-800">
        No registered targets: an ALB answers 503 for requests routed here.
      </p>
    );
  }
  return (
    // Scrolls in its own box on a narrow screen instead of widening the page.
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="py-1 pr-4">
              Target
            </th>
            <th scope="col" className="py-1 pr-4">
              Port
            </th>
            <th scope="col" className="py-1 pr-4">
              Zone
            </th>
            <th scope="col" className="py-1 pr-4">
              Health
            </th>
            <th scope="col" className="py-1">
              Reason
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {targets.map((target) => {
            const explanation = target.reasonCode ? explainTargetHealthReason(target.reasonCode) : undefined;
            return (
              <tr key={`${target.targetId}:${target.port ?? ""}`}>
                <td className="py-1.5 pr-4 font-mono text-xs">{target.targetId}</td>
                <td className="py-1.5 pr-4 tabular-nums">{target.port ?? "—"}</td>
                <td className="py-1.5 pr-4 text-xs">{target.availabilityZone ?? "—"}</td>
                <td className="py-1.5 pr-4">
                  <TargetHealthBadge state={target.state} />
                </td>
                <td className="py-1.5 text-xs text-slate-700">
                  {explanation ? (
                    <>
                      <p>
                        <span className="font-mono text-slate-500">{target.reasonCode}</span>{" "}
                        {explanation.meaning}
                      </p>
                      <p className="mt-0.5 text-slate-500">{explanation.action}</p>
                      {target.description && (
                        <p className="mt-0.5 text-slate-500">AWS: {target.description}</p>
                      )}
                    </>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
