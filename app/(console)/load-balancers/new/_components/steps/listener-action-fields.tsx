"use client";

import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { ListenerDraft } from "@/lib/alb/create-flow/wizard-state";

const CONTENT_TYPES = ["text/plain", "text/css", "text/html", "application/javascript", "application/json"];

export interface ActionFieldsProps {
  id: string;
  path: string;
  listener: ListenerDraft;
  errors: Record<string, string[]>;
  set: (patch: Partial<ListenerDraft>) => void;
}

export function RedirectFields({ id, path, listener, errors, set }: ActionFieldsProps) {
  const redirect = listener.redirect;
  const setRedirect = (patch: Partial<ListenerDraft["redirect"]>) =>
    set({ redirect: { ...redirect, ...patch } });
  const e = (field: string) => errors[`${path}.defaultAction.${field}`];
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <SelectField
        id={`${id}-redirect-status`}
        label="Redirect status code"
        value={redirect.statusCode}
        onChange={(event) =>
          setRedirect({ statusCode: event.target.value as ListenerDraft["redirect"]["statusCode"] })
        }
        errors={e("statusCode")}
      >
        <option value="HTTP_301">301 (permanent)</option>
        <option value="HTTP_302">302 (temporary)</option>
      </SelectField>
      <SelectField
        id={`${id}-redirect-protocol`}
        label="Redirect protocol"
        value={redirect.protocol}
        onChange={(event) =>
          setRedirect({ protocol: event.target.value as ListenerDraft["redirect"]["protocol"] })
        }
        errors={e("protocol")}
        hint={listener.protocol === "HTTPS" ? "An HTTPS listener never redirects to HTTP." : undefined}
      >
        <option value="#{protocol}">Keep the original</option>
        <option value="HTTP" disabled={listener.protocol === "HTTPS"}>
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
        onChange={(event) => setRedirect({ port: event.target.value })}
        errors={e("port")}
        hint="1–65535; empty keeps the original port."
      />
      <TextField
        id={`${id}-redirect-host`}
        label="Redirect host"
        value={redirect.host}
        placeholder="#{host}"
        onChange={(event) => setRedirect({ host: event.target.value })}
        errors={e("host")}
        hint="Empty keeps the original host."
      />
      <TextField
        id={`${id}-redirect-path`}
        label="Redirect path"
        value={redirect.path}
        placeholder="/#{path}"
        onChange={(event) => setRedirect({ path: event.target.value })}
        errors={e("path")}
        hint="Starts with /; empty keeps the original path."
      />
      <TextField
        id={`${id}-redirect-query`}
        label="Redirect query"
        value={redirect.query}
        placeholder="#{query}"
        onChange={(event) => setRedirect({ query: event.target.value })}
        errors={e("query")}
        hint="Without the leading ?; empty keeps the original query."
      />
    </div>
  );
}

export function FixedResponseFields({ id, path, listener, errors, set }: ActionFieldsProps) {
  const fixed = listener.fixedResponse;
  const setFixed = (patch: Partial<ListenerDraft["fixedResponse"]>) =>
    set({ fixedResponse: { ...fixed, ...patch } });
  const e = (field: string) => errors[`${path}.defaultAction.${field}`];
  return (
    <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
      <TextField
        id={`${id}-fixed-status`}
        label="Response status code"
        inputMode="numeric"
        value={fixed.statusCode}
        onChange={(event) => setFixed({ statusCode: event.target.value })}
        errors={e("statusCode")}
        hint="2XX, 4XX or 5XX"
      />
      <SelectField
        id={`${id}-fixed-content-type`}
        label="Content type"
        value={fixed.contentType}
        onChange={(event) => setFixed({ contentType: event.target.value })}
        errors={e("contentType")}
      >
        {CONTENT_TYPES.map((type) => (
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
        onChange={(event) => setFixed({ messageBody: event.target.value })}
        errors={e("messageBody")}
        hint={`Optional, at most 1024 characters (${fixed.messageBody.length} now).`}
      />
    </div>
  );
}
