import "server-only";

import { DescribeAlarmsCommand } from "@aws-sdk/client-cloudwatch";

import { clients } from "../clients";
import { callAws } from "../errors";

export interface AlarmState {
  name: string;
  state: "OK" | "ALARM" | "INSUFFICIENT_DATA";
  reason?: string;
  /** False when no metric alarm of that name exists in the region. */
  exists: boolean;
}

const MAX_NAMES_PER_CALL = 100;

/** The current state of named metric alarms (DescribeAlarms by name, 100 per call). */
export async function describeAlarmStates(region: string, names: string[]): Promise<AlarmState[]> {
  const found = new Map<string, AlarmState>();
  for (let index = 0; index < names.length; index += MAX_NAMES_PER_CALL) {
    const chunk = names.slice(index, index + MAX_NAMES_PER_CALL);
    const response = await callAws("read the alarm states", () =>
      clients.cloudwatch(region).send(
        new DescribeAlarmsCommand({
          AlarmNames: chunk,
          AlarmTypes: ["MetricAlarm"],
          MaxRecords: MAX_NAMES_PER_CALL,
        }),
      ),
    );
    for (const alarm of response.MetricAlarms ?? []) {
      if (!alarm.AlarmName) continue;
      found.set(alarm.AlarmName, {
        name: alarm.AlarmName,
        state: alarm.StateValue ?? "INSUFFICIENT_DATA",
        ...(alarm.StateReason ? { reason: alarm.StateReason } : {}),
        exists: true,
      });
    }
  }
  return names.map((name) => found.get(name) ?? { name, state: "INSUFFICIENT_DATA", exists: false });
}
