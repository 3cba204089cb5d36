import type { InputHTMLAttributes, ReactNode } from "react";

import { describedBy } from "@/components/ui/field";

/** A labelled checkbox with a hint and its errors wired through aria-describedby. */
export function CheckboxField({
  id,
  label,
  hint,
  errors,
  ...props
}: { id: string; label: ReactNode; hint?: ReactNode; errors?: string[] } & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
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
      </div>
    </div>
  );
}

/** A group-level error (e.g. "at least two Availability Zones") announced with the form. */
export function GroupError({ id, messages }: { id?: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-xs font-medium text-red-700">
      {messages.join(" ")}
    </p>
  );
}
