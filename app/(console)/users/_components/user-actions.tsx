"use client";

import { useState } from "react";

import { useAction } from "@/components/actions/use-action";
import { Button } from "@/components/ui/button";
import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { ROLES, type Role } from "@/lib/auth/roles";

import { deleteUserAction, resetPasswordAction, setUserRoleAction } from "../actions";

/** Role, password and delete for one user, each a separate audited action (the server applies the same rules). */
export function UserActions({
  user,
  isSelf,
}: {
  user: { id: string; username: string; role: Role | undefined };
  isSelf: boolean;
}) {
  const [isResetting, setIsResetting] = useState(false);
  const role = useAction(setUserRoleAction);
  const reset = useAction(resetPasswordAction, { onSuccess: () => setIsResetting(false) });
  const id = `user-${user.id}`;
  const generated = reset.result.status === "success" ? reset.result.data.generatedPassword : undefined;

  return (
    <div className="flex min-w-0 flex-col gap-2">
      <form
        action={role.formAction}
        aria-label={`Change role of ${user.username}`}
        className="flex flex-wrap items-end gap-2"
      >
        <input type="hidden" name="userId" value={user.id} />
        <SelectField
          id={`${id}-role`}
          name="role"
          label={`Role of ${user.username}`}
          defaultValue={user.role ?? "viewer"}
          key={user.role}
          errors={role.fieldErrors("role")}
        >
          {ROLES.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary" disabled={role.isPending}>
          {role.isPending ? "Changing…" : "Change role"}
        </Button>
      </form>
      <FormMessage
        status={role.result.status}
        message={role.result.status === "idle" ? undefined : role.result.message}
      />

      {isResetting ? (
        <form
          action={reset.formAction}
          aria-label={`Reset the password of ${user.username}`}
          className="flex flex-wrap items-end gap-2"
        >
          <input type="hidden" name="userId" value={user.id} />
          <TextField
            id={`${id}-password`}
            name="password"
            type="password"
            label={`New password for ${user.username}`}
            hint="Leave blank to generate one; it is shown once."
            autoComplete="new-password"
            errors={reset.fieldErrors("password")}
          />
          <Button type="submit" disabled={reset.isPending}>
            {reset.isPending ? "Resetting…" : "Set password"}
          </Button>
          <Button variant="ghost" onClick={() => setIsResetting(false)}>
            Cancel
          </Button>
        </form>
      ) : (
        <div>
          <Button variant="secondary" onClick={() => setIsResetting(true)}>
            Reset password…
          </Button>
        </div>
      )}
      {generated ? (
        <p
          role="status"
          className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-300 ring-inset"
        >
          New password for {user.username}, shown only now:{" "}
          <code
            aria-label={`Generated password for ${user.username}`}
            className="font-mono break-all select-all"
          >
            {generated}
          </code>
        </p>
      ) : (
        <FormMessage
          status={reset.result.status}
          message={reset.result.status === "idle" ? undefined : reset.result.message}
        />
      )}

      {!isSelf && (
        <ConfirmDeleteButton
          action={deleteUserAction}
          fields={{ userId: user.id }}
          label={`Delete user ${user.username}`}
          confirmLabel={`Confirm deleting user ${user.username}`}
          question={`Delete ${user.username}? They are signed out and cannot sign in again.`}
          confirmText="Delete user"
        />
      )}
    </div>
  );
}
