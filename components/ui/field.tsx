import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

import { cx } from "./cx";

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
  className?: string;
}

/** A visible label, the control, a hint and the field's errors, wired with aria-describedby. */
export function FieldShell({ id, label, hint, errors, children, className }: FieldShellProps) {
  return (
    <div className={cx("flex min-w-0 flex-col gap-1", className)}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      <FieldMessages id={id} hint={hint} errors={errors} />
    </div>
  );
}

/** The hint and the errors under a control, with the ids `describedBy` points at. */
export function FieldMessages({ id, hint, errors }: { id: string; hint?: ReactNode; errors?: string[] }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {errors && errors.length > 0 && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {errors.join(" ")}
        </p>
      )}
    </>
  );
}

/** A labelled checkbox with a hint and its errors wired through aria-describedby. */
export function CheckboxField({
  id,
  label,
  hint,
  errors,
  ...props
}: { id: string; label: ReactNode; hint?: ReactNode; errors?: string[] } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "type"
>) {
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 size-4 rounded border-slate-300 accent-sky-700"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...props}
      />
      <div className="flex flex-col">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        <FieldMessages id={id} hint={hint} errors={errors} />
      </div>
    </div>
  );
}

export function describedBy(id: string, hint: unknown, errors: string[] | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

const CONTROL =
  "max-w-full min-w-0 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-xs aria-invalid:border-red-600 disabled:bg-slate-100";

type Common = { id: string; label: ReactNode; hint?: ReactNode; errors?: string[]; className?: string };

export function TextField({
  id,
  label,
  hint,
  errors,
  className,
  ...props
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={className}>
      <input
        id={id}
        name={props.name ?? id}
        className={CONTROL}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...props}
      />
    </FieldShell>
  );
}

export function SelectField({
  id,
  label,
  hint,
  errors,
  className,
  children,
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={className}>
      <select
        id={id}
        name={props.name ?? id}
        className={CONTROL}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...props}
      >
        {children}
      </select>
    </FieldShell>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  errors,
  className,
  ...props
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={className}>
      <textarea
        id={id}
        name={props.name ?? id}
        className={cx(CONTROL, "font-mono")}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        {...props}
      />
    </FieldShell>
  );
}

const MESSAGE_STYLES = {
  error: "font-medium text-red-700",
  // The change was made and a later step failed: a warning, not an error, since something exists now.
  partial: "rounded-md bg-amber-50 px-3 py-1.5 font-medium text-amber-900 ring-1 ring-amber-300 ring-inset",
  success: "text-emerald-800",
} as const;

/** The form-level message, announced politely; errors and partial outcomes as alerts. */
export function FormMessage({
  status,
  message,
}: {
  status?: "success" | "error" | "partial" | "idle";
  message?: string;
}) {
  return (
    <div aria-live="polite" className="min-h-5 text-sm">
      {message && status !== "idle" && (
        <p
          role={status === "error" || status === "partial" ? "alert" : "status"}
          className={MESSAGE_STYLES[status ?? "success"]}
        >
          {status === "partial" && <span className="font-semibold">Partly done. </span>}
          {message}
        </p>
      )}
    </div>
  );
}
