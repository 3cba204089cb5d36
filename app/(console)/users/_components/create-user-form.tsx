"use client";

import { useActionState } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { idleResult } from "@/lib/action-result";

import { createUserAction } from "../actions";

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** Adds a local user with a role; the password is never echoed back. */
export function CreateUserForm() {
  const [result, formAction, isPending] = useActionState(createUserAction, idleResult);
  const values = result.status === "error" ? result.values : undefined;
  const errors = result.status === "error" ? result.fieldErrors : undefined;
  const key = result.status === "success" ? result.data.username : "form";

  return (
    <form key={key} action={formAction} className="max-w-md space-y-4" aria-label="Add user">
      <TextField
        id="username"
        label="Username"
        defaultValue={text(values?.username)}
        errors={errors?.username}
        required
        autoComplete="off"
      />
      <TextField
        id="name"
        label="Display name (optional)"
        defaultValue={text(values?.name)}
        errors={errors?.name}
        autoComplete="off"
      />
      <SelectField
        id="role"
        name="role"
        label="Role"
        defaultValue={text(values?.role) ?? "viewer"}
        errors={errors?.role}
      >
        <option value="viewer">Viewer: reads everything</option>
        <option value="operator">Operator: also DNS records, health checks, rollouts</option>
        <option value="admin">Admin: also load balancers, certificates, users</option>
      </SelectField>
      <TextField
        id="password"
        name="password"
        type="password"
        label="Initial password"
        hint="At least 12 characters; give it to the user out of band."
        errors={errors?.password}
        required
        autoComplete="new-password"
      />
      <FormMessage status={result.status} message={result.status === "idle" ? undefined : result.message} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Adding…" : "Add user"}
      </Button>
    </form>
  );
}
