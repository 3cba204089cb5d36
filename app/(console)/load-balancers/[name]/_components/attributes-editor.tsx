"use client";

import { useState } from "react";

import { AppliedMessage } from "@/components/review/applied-message";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { Attributes } from "@/lib/alb/domain";
import { editableAttributes } from "@/lib/alb/edit/model";

import { AttributesForm } from "./lazy-flows";

const onOff = (value: string) => (value === "true" ? <Badge tone="green">on</Badge> : <Badge>off</Badge>);

/** The attributes as AWS holds them, and "Edit attributes", which loads the form (AttributesForm) when opened. */
export function AttributesEditor({
  region,
  loadBalancerName,
  attributes,
  canChange,
}: {
  region: string;
  loadBalancerName: string;
  attributes: Attributes;
  /** Without "change-load-balancers" the attributes are shown without the Edit button. */
  canChange: boolean;
}) {
  // What AWS holds: the page's props, or what this editor just applied until the page's refresh brings it.
  const [shown, setShown] = useState({ from: attributes, current: attributes });
  if (shown.from !== attributes) setShown({ from: attributes, current: attributes });
  const current = shown.from === attributes ? shown.current : attributes;
  const [isOpen, setIsOpen] = useState(false);
  const [applied, setApplied] = useState<string>();
  const values = editableAttributes(current);

  function startEdit() {
    setApplied(undefined);
    setIsOpen(true);
  }

  const rows = [
    {
      key: "idle_timeout.timeout_seconds",
      term: "Idle timeout",
      value: `${values["idle_timeout.timeout_seconds"]} s`,
    },
    {
      key: "deletion_protection.enabled",
      term: "Deletion protection",
      value: onOff(values["deletion_protection.enabled"]),
    },
    { key: "routing.http2.enabled", term: "HTTP/2", value: onOff(values["routing.http2.enabled"]) },
    {
      key: "routing.http.drop_invalid_header_fields.enabled",
      term: "Drop invalid header fields",
      value: onOff(values["routing.http.drop_invalid_header_fields.enabled"]),
    },
    {
      key: "routing.http.desync_mitigation_mode",
      term: "Desync mitigation",
      value:
        values["routing.http.desync_mitigation_mode"] === "monitor" ? (
          <Badge tone="amber" title="Monitor lets ambiguous requests through">
            monitor
          </Badge>
        ) : (
          values["routing.http.desync_mitigation_mode"]
        ),
    },
    {
      key: "access_logs.s3.enabled",
      term: "Access logs",
      value:
        values["access_logs.s3.enabled"] === "true" ? (
          <span className="font-mono text-xs">
            s3://{values["access_logs.s3.bucket"]}/{values["access_logs.s3.prefix"]}
          </span>
        ) : (
          <Badge>off</Badge>
        ),
    },
  ];

  if (isOpen) {
    return (
      <AttributesForm
        region={region}
        loadBalancerName={loadBalancerName}
        current={current}
        onApplied={(next, message) => {
          setShown({ from: attributes, current: next });
          setApplied(message);
          setIsOpen(false);
        }}
        onClose={() => setIsOpen(false)}
      />
    );
  }

  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        {rows.map((row) => (
          <div key={row.key} className="contents">
            <dt className="text-slate-600">
              {row.term}
              <span className="block font-mono text-[11px] text-slate-400">{row.key}</span>
            </dt>
            <dd className="min-w-0 self-center break-all text-slate-900">{row.value}</dd>
          </div>
        ))}
      </dl>
      <AppliedMessage message={applied} />
      {canChange && (
        <Button variant="secondary" onClick={startEdit}>
          Edit attributes
        </Button>
      )}
    </div>
  );
}
