"use client";

import { type FormEvent, useState } from "react";

import { Button } from "@/components/ui/button";
import { FieldShell } from "@/components/ui/field";

interface AuthError {
  message?: string;
}

/**
 * Username and password, posted to Better Auth's sign-in endpoint (rate-limited there); on success the browser holds
 * an http-only session cookie and goes on to where it was headed. OIDC, when configured, is one button.
 */
export function SignInForm({
  next,
  oidcName,
  initialError,
}: {
  next: string;
  oidcName?: string;
  initialError?: string;
}) {
  const [error, setError] = useState(initialError);
  const [isPending, setIsPending] = useState(false);

  async function signIn(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsPending(true);
    setError(undefined);
    try {
      const response = await fetch("/api/auth/sign-in/username", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: form.get("username"), password: form.get("password") }),
      });
      if (response.ok) {
        window.location.assign(next);
        return;
      }
      setError(await failureMessage(response));
    } catch {
      setError("The console did not answer. Check your connection and try again.");
    }
    setIsPending(false);
  }

  async function signInWithOidc(): Promise<void> {
    setIsPending(true);
    const response = await fetch("/api/auth/sign-in/oauth2", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ providerId: "oidc", callbackURL: next, errorCallbackURL: "/login?error=oidc" }),
    });
    const body = (await response.json().catch(() => ({}))) as { url?: string };
    if (response.ok && body.url) {
      window.location.assign(body.url);
      return;
    }
    setError(await failureMessage(response));
    setIsPending(false);
  }

  return (
    <>
      <form
        className="mt-5 flex flex-col gap-4"
        onSubmit={(event) => void signIn(event)}
        aria-describedby="sign-in-error"
      >
        <FieldShell id="username" label="Username">
          <input
            id="username"
            name="username"
            autoComplete="username"
            required
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </FieldShell>
        <FieldShell id="password" label="Password">
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
          />
        </FieldShell>
        <p id="sign-in-error" aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
          {error}
        </p>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {oidcName && (
        <Button
          variant="secondary"
          className="mt-3 w-full"
          disabled={isPending}
          onClick={() => void signInWithOidc()}
        >
          Sign in with {oidcName}
        </Button>
      )}
    </>
  );
}

async function failureMessage(response: Response): Promise<string> {
  if (response.status === 429) {
    const retry = response.headers.get("x-retry-after");
    return `Too many sign-in attempts. Wait ${retry ? `${retry} seconds` : "a minute"} and try again.`;
  }
  if (response.status === 401) return "That username and password do not match.";
  const body = (await response.json().catch(() => ({}))) as AuthError;
  return body.message ?? "Sign-in failed. Try again.";
}
