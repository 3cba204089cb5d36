/**
 * A FormData as a plain object for zod: repeated keys become arrays, empty strings are left out
 * so optional fields stay undefined, and `$ACTION_*` keys that Next adds are dropped.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof raw !== "string") continue;
    if (raw === "") continue;

    const existing = result[key];
    if (existing === undefined) result[key] = raw;
    else if (Array.isArray(existing)) existing.push(raw);
    else result[key] = [existing, raw];
  }
  return result;
}
