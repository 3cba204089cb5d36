/** A value from an AWS response or a form as text: primitives as themselves, objects as JSON (never "[object Object]"). */
export function plainText(value: unknown): string {
  switch (typeof value) {
    case "string":
      return value;
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    case "undefined":
      return "";
    default:
      return JSON.stringify(value) ?? "";
  }
}
