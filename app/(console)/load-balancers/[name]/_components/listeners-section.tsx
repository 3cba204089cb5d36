"use client";

import Link from "next/link";
import { useState } from "react";

import { forwardTargets } from "@/lib/alb/describe-action";
import { actionText, certificateLabel, conditionText } from "@/lib/alb/edit/model";
import { AppliedMessage } from "@/components/review/applied-message";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { nameFromArn } from "@/lib/alb/domain";
import type { ListenerRule } from "@/lib/alb/domain";
import { newRolloutHref } from "@/lib/rollouts/planner-target";

import type { EditContext, ListenerWithRules } from "./edit-context";
import {
  AddListenerFlow,
  CertificateFlow,
  DeleteListenerFlow,
  DeleteRuleFlow,
  ListenerSettingsFlow,
  RuleFlow,
} from "./lazy-flows";

type Open =
  | { kind: "add-rule" }
  | { kind: "edit-rule"; rule: ListenerRule }
  | { kind: "delete-rule"; rule: ListenerRule }
  | { kind: "settings" }
  | { kind: "delete-listener" }
  | { kind: "add-certificate" }
  | { kind: "remove-certificate"; arn: string };

function ActionCell({ rule }: { rule: ListenerRule }) {
  const spec = rule.actions.find((action) => action.spec)?.spec;
  if (spec?.type === "forward") {
    return (
      <ul className="space-y-0.5">
        <li className="text-xs text-slate-500">Forward to</li>
        {spec.targetGroups.map((group, index) => (
          <li key={group.targetGroupArn}>
            <Link
              href={`/target-groups/${encodeURIComponent(nameFromArn(group.targetGroupArn))}`}
              className="text-sky-800 hover:underline"
            >
              {forwardTargets(spec)[index]}
            </Link>
          </li>
        ))}
      </ul>
    );
  }
  return <span>{spec ? actionText(spec) : rule.actions.map((action) => action.summary).join("; ")}</span>;
}

function ListenerCard({ context, listener }: { context: EditContext; listener: ListenerWithRules }) {
  const [open, setOpen] = useState<Open>();
  const [message, setMessage] = useState<string>();
  const close = (applied?: string) => {
    setOpen(undefined);
    setMessage(applied);
  };
  const start = (next: Open) => {
    setMessage(undefined);
    setOpen(next);
  };
  const policy = context.sslPolicies.find((candidate) => candidate.name === listener.sslPolicy);
  const isHttps = listener.protocol === "HTTPS";
  const rules = listener.rules.filter((rule) => !rule.isDefault);
  const name = `${listener.protocol}:${listener.port}`;

  return (
    <Card
      title={
        <span className="flex items-center gap-2">
          <span className="font-mono">{name}</span>
          {isHttps && listener.sslPolicy && (
            <Badge
              tone={policy?.isLegacy ? "amber" : "green"}
              title={policy?.isLegacy ? "Accepts TLS 1.0/1.1" : undefined}
            >
              {policy?.isLegacy
                ? "legacy TLS policy"
                : policy?.supportsTls13
                  ? "TLS 1.3"
                  : (policy?.minimumProtocol ?? "TLS")}
            </Badge>
          )}
        </span>
      }
      actions={
        <>
          {context.canStartRollouts &&
            listener.defaultActions.some((action) => action.spec?.type === "forward") && (
              <ButtonLink
                href={newRolloutHref({
                  kind: "alb-listener",
                  region: context.region,
                  listenerArn: listener.arn,
                })}
                aria-label={`Start rollout on listener ${name}`}
              >
                Start rollout
              </ButtonLink>
            )}
          {context.canChange && (
            <Button
              variant="secondary"
              onClick={() => start({ kind: "settings" })}
              aria-label={`Edit listener ${name}`}
            >
              Edit listener
            </Button>
          )}
          {context.canChange && (
            <Button
              variant="ghost"
              className="text-red-700"
              onClick={() => start({ kind: "delete-listener" })}
              aria-label={`Delete listener ${name}`}
            >
              Delete
            </Button>
          )}
        </>
      }
    >
      <div className="space-y-4">
        {isHttps && (
          <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
            <div>
              <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
                Security policy
              </h3>
              <p className="mt-1 font-mono text-xs">{listener.sslPolicy ?? "—"}</p>
              {policy?.isLegacy && (
                <p className="mt-1 text-xs text-amber-800">
                  Accepts TLS 1.0/1.1: switch to a TLS 1.3 policy unless old clients need it.
                </p>
              )}
            </div>
            <div>
              <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Certificates</h3>
              <ul className="mt-1 space-y-1">
                {listener.certificates.map((certificate) => (
                  <li key={certificate.certificateArn} className="flex flex-wrap items-center gap-2 text-sm">
                    {certificate.isDefault ? <Badge tone="blue">default</Badge> : <Badge>SNI</Badge>}
                    <span className="font-mono text-xs">
                      {certificateLabel(certificate.certificateArn, context.domains)}
                    </span>
                    {context.canChange && certificate.isDefault ? (
                      <Button
                        variant="ghost"
                        className="px-1.5 py-0.5 text-xs"
                        onClick={() => start({ kind: "settings" })}
                        aria-label={`Replace default certificate of ${name}`}
                      >
                        Replace
                      </Button>
                    ) : (
                      context.canChange &&
                      !certificate.isDefault && (
                        <Button
                          variant="ghost"
                          className="px-1.5 py-0.5 text-xs text-red-700"
                          onClick={() =>
                            start({ kind: "remove-certificate", arn: certificate.certificateArn })
                          }
                          aria-label={`Remove certificate ${context.domains[certificate.certificateArn] ?? certificate.certificateArn}`}
                        >
                          Remove
                        </Button>
                      )
                    )}
                  </li>
                ))}
              </ul>
              {context.canChange && (
                <Button
                  variant="secondary"
                  className="mt-2 px-2 py-1 text-xs"
                  onClick={() => start({ kind: "add-certificate" })}
                  aria-label={`Add certificate to ${name}`}
                >
                  Add certificate
                </Button>
              )}
            </div>
          </div>
        )}

        <div>
          <div className="flex items-center justify-between">
            <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
              Rules ({rules.length})
            </h3>
            {context.canChange && (
              <Button
                variant="secondary"
                className="px-2 py-1 text-xs"
                onClick={() => start({ kind: "add-rule" })}
                aria-label={`Add rule to ${name}`}
              >
                Add rule
              </Button>
            )}
          </div>
          <table className="mt-1 w-full text-left text-sm">
            <caption className="sr-only">Rules of {name}</caption>
            <thead className="text-xs text-slate-500">
              <tr className="border-b border-slate-100">
                <th scope="col" className="w-20 py-1 pr-3 font-medium">
                  Priority
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  If
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Then
                </th>
                <th scope="col" className="w-32 py-1">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {rules.map((rule) => (
                <tr key={rule.arn}>
                  <td className="py-1.5 pr-3 font-mono tabular-nums">{String(rule.priority)}</td>
                  <td className="py-1.5 pr-3">
                    <ul>
                      {rule.conditions.map((condition, index) => (
                        <li key={index}>{conditionText(condition)}</li>
                      ))}
                    </ul>
                  </td>
                  <td className="py-1.5 pr-3">
                    <ActionCell rule={rule} />
                  </td>
                  <td className="py-1 text-right whitespace-nowrap">
                    {context.canStartRollouts &&
                      rule.actions.some((action) => action.spec?.type === "forward") && (
                        <Link
                          className="px-1.5 py-0.5 text-xs font-medium text-sky-800 hover:underline"
                          href={newRolloutHref({
                            kind: "alb-rule",
                            region: context.region,
                            listenerArn: listener.arn,
                            ruleArn: rule.arn,
                          })}
                          aria-label={`Start rollout on rule ${String(rule.priority)}`}
                        >
                          Rollout
                        </Link>
                      )}
                    {context.canChange && (
                      <Button
                        variant="ghost"
                        className="px-1.5 py-0.5 text-xs"
                        onClick={() => start({ kind: "edit-rule", rule })}
                        aria-label={`Edit rule ${String(rule.priority)}`}
                      >
                        Edit
                      </Button>
                    )}
                    {context.canChange && (
                      <Button
                        variant="ghost"
                        className="px-1.5 py-0.5 text-xs text-red-700"
                        onClick={() => start({ kind: "delete-rule", rule })}
                        aria-label={`Delete rule ${String(rule.priority)}`}
                      >
                        Delete
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
              <tr className="bg-slate-50/70">
                <td className="py-1.5 pr-3 text-xs text-slate-500">default</td>
                <td className="py-1.5 pr-3 text-slate-500">no rule matched</td>
                <td className="py-1.5 pr-3">
                  {actionText(listener.defaultActions.find((action) => action.spec)?.spec)}
                </td>
                <td className="py-1 text-right">
                  {context.canChange && (
                    <Button
                      variant="ghost"
                      className="px-1.5 py-0.5 text-xs"
                      onClick={() => start({ kind: "settings" })}
                      aria-label={`Edit default action of ${name}`}
                    >
                      Edit
                    </Button>
                  )}
                </td>
              </tr>
            </tbody>
          </table>
        </div>

        <AppliedMessage message={message} />
        {open?.kind === "add-rule" && <RuleFlow context={context} listener={listener} onClose={close} />}
        {open?.kind === "edit-rule" && (
          <RuleFlow
            key={open.rule.arn}
            context={context}
            listener={listener}
            rule={open.rule}
            onClose={close}
          />
        )}
        {open?.kind === "delete-rule" && (
          <DeleteRuleFlow
            key={open.rule.arn}
            context={context}
            listener={listener}
            rule={open.rule}
            onClose={close}
          />
        )}
        {open?.kind === "settings" && (
          <ListenerSettingsFlow context={context} listener={listener} onClose={close} />
        )}
        {open?.kind === "delete-listener" && (
          <DeleteListenerFlow context={context} listener={listener} onClose={close} />
        )}
        {open?.kind === "add-certificate" && (
          <CertificateFlow context={context} listener={listener} onClose={close} />
        )}
        {open?.kind === "remove-certificate" && (
          <CertificateFlow
            key={open.arn}
            context={context}
            listener={listener}
            remove={open.arn}
            onClose={close}
          />
        )}
      </div>
    </Card>
  );
}

/** Every listener with its certificates, policy and rules, each editable through a preview. */
export function ListenersSection({
  context,
  listeners,
}: {
  context: EditContext;
  listeners: ListenerWithRules[];
}) {
  const [isAdding, setIsAdding] = useState(false);
  const [message, setMessage] = useState<string>();
  return (
    <section aria-labelledby="listeners-heading" className="space-y-4">
      <div className="flex items-center justify-between">
        <h2 id="listeners-heading" className="text-base font-semibold text-slate-900">
          Listeners ({listeners.length})
        </h2>
        {context.canChange && (
          <Button
            variant="secondary"
            onClick={() => {
              setMessage(undefined);
              setIsAdding(true);
            }}
            disabled={isAdding}
          >
            Add listener
          </Button>
        )}
      </div>
      <AppliedMessage message={message} />
      {isAdding && (
        <AddListenerFlow
          context={context}
          listeners={listeners}
          onClose={(applied) => {
            setIsAdding(false);
            setMessage(applied);
          }}
        />
      )}
      {listeners.length === 0 && (
        <p className="text-sm text-amber-800">This load balancer has no listener: it accepts no traffic.</p>
      )}
      {listeners.map((listener) => (
        <ListenerCard key={listener.arn} context={context} listener={listener} />
      ))}
    </section>
  );
}
