"use client";

import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import {
  FIXED_RESPONSE_CONTENT_TYPES,
  type FixedResponseDraft,
  type RedirectDraft,
} from "@/lib/alb/action-drafts";

export interface AlbActionFieldsProps {
  /** Prefix of the inputs' ids, unique on the page (e.g. "listener-0", "rule-edit"). */
  idPrefix: string;
  /** Which action's fields to show: forward has none here (its target groups are the caller's). */
  type: "forward" | "redirect" | "fixed-response";
  redirect: RedirectDraft;
  fixedResponse: FixedResponseDraft;
  onRedirectChange: (redirect: RedirectDraft) => void;
  onFixedResponseChange: (fixedResponse: FixedResponseDraft) => void;
  /** The messages for one field of the action ("statusCode", "port", "messageBody"…), as the action schema names it. */
  errorsFor: (field: string) => string[] | undefined;
  /** An HTTPS listener never redirects to HTTP: that option is disabled. */
  listenerProtocol?: "HTTP" | "HTTPS";
}

/** The redirect or fixed-response fields of an ALB action, the same in the create wizard and on the ALB page. */
export function AlbActionFields(props: AlbActionFieldsProps) {
  if (props.type === "redirect") return <RedirectFields {...props} />;
  if (props.type === "fixed-response") return <FixedResponseFields {...props} />;
  return null;
}

function RedirectFields({
  idPrefix: id,
  redirect,
  onRedirectChange,
  errorsFor,
  listenerProtocol,
}: AlbActionFieldsProps) {
  const set = (patch: Partial<RedirectDraft>) => onRedirectChange({ ...redirect, ...patch });
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <SelectField
        id={`${id}-redirect-status`}
        label="Redirect status code"
        value={redirect.statusCode}
        onChange={(event) => set({ statusCode: event.target.value as RedirectDraft["statusCode"] })}
        errors={errorsFor("statusCode")}
      >
        <option value="HTTP_301">301 (permanent)</option>
        <option value="HTTP_302">302 (temporary)</option>
      </SelectField>
      <SelectField
        id={`${id}-redirect-protocol`}
        label="Redirect protocol"
        value={redirect.protocol}
        onChange={(event) => set({ protocol: event.target.value as RedirectDraft["protocol"] })}
        errors={errorsFor("protocol")}
        hint={listenerProtocol === "HTTPS" ? "An HTTPS listener never redirects to HTTP." : undefined}
      >
        <option value="#{protocol}">Keep the original</option>
        <option value="HTTP" disabled={listenerProtocol === "HTTPS"}>
          HTTP
        </option>
        <option value="HTTPS">HTTPS</option>
      </SelectField>
      <TextField
        id={`${id}-redirect-port`}
        label="Redirect port"
        inputMode="numeric"
        value={redirect.port}
        placeholder="#{port}"
        onChange={(event) => set({ port: event.target.value })}
        errors={errorsFor("port")}
        hint="1–65535; empty keeps the original port."
      />
      <TextField
        id={`${id}-redirect-host`}
        label="Redirect host"
        value={redirect.host}
        placeholder="#{host}"
        onChange={(event) => set({ host: event.target.value })}
        errors={errorsFor("host")}
        hint="Empty keeps the original host."
      />
      <TextField
        id={`${id}-redirect-path`}
        label="Redirect path"
        value={redirect.path}
        placeholder="/#{path}"
        onChange={(event) => set({ path: event.target.value })}
        errors={errorsFor("path")}
        hint="Starts with /; empty keeps the original path."
      />
      <TextField
        id={`${id}-redirect-query`}
        label="Redirect query"
        value={redirect.query}
        placeholder="#{query}"
        onChange={(event) => set({ query: event.target.value })}
        errors={errorsFor("query")}
        hint="Without the leading ?; empty keeps the original query."
      />
    </div>
  );
}

function FixedResponseFields({
  idPrefix: id,
  fixedResponse: fixed,
  onFixedResponseChange,
  errorsFor,
}: AlbActionFieldsProps) {
  const set = (patch: Partial<FixedResponseDraft>) => onFixedResponseChange({ ...fixed, ...patch });
  return (
    <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
      <TextField
        id={`${id}-fixed-status`}
        label="Response status code"
        inputMode="numeric"
        value={fixed.statusCode}
        onChange={(event) => set({ statusCode: event.target.value })}
        errors={errorsFor("statusCode")}
        hint="2XX, 4XX or 5XX"
      />
      <SelectField
        id={`${id}-fixed-content-type`}
        label="Content type"
        value={fixed.contentType}
        onChange={(event) => set({ contentType: event.target.value })}
        errors={errorsFor("contentType")}
      >
        {FIXED_RESPONSE_CONTENT_TYPES.map((type) => (
          <option key={type} value={type}>
            {type}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={`${id}-fixed-body`}
        className="sm:col-span-2"
        label="Response body"
        rows={3}
        value={fixed.messageBody}
        onChange={(event) => set({ messageBody: event.target.value })}
        errors={errorsFor("messageBody")}
        hint={`Optional, at most 1024 characters (${fixed.messageBody.length} now).`}
      />
    </div>
  );
}
