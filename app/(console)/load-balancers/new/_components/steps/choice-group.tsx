"use client";

import type { ReactNode } from "react";

/** A group of checkboxes or radios with a visible legend and its errors wired to the group. */
export function ChoiceGroup({
  id,
  legend,
  hint,
  errors,
  children,
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
}) {
  const describedBy =
    [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      id={id}
      aria-describedby={describedBy}
      aria-invalid={errors?.length ? true : undefined}
      className="space-y-2"
    >
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {children}
      {errors && errors.length > 0 && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {errors.join(" ")}
        </p>
      )}
    </fieldset>
  );
}

/** One radio or checkbox inside a ChoiceGroup, its whole card clickable. */
export function Option({
  name,
  value,
  checked,
  onChange,
  type = "radio",
  disabled,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  type?: "radio" | "checkbox";
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <label
      className={`flex items-start gap-2.5 rounded-md border px-3 py-2 text-sm ${checked ? "border-sky-400 bg-sky-50" : "border-slate-200 bg-white"} ${disabled ? "opacity-60" : "cursor-pointer hover:border-slate-300"}`}
    >
      <input
        type={type}
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        disabled={disabled}
        className="mt-0.5 accent-sky-700"
      />
      <span className="min-w-0">{children}</span>
    </label>
  );
}
