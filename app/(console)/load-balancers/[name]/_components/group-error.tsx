/** A group-level error (e.g. "at least two Availability Zones") announced with the form. */
export function GroupError({ id, messages }: { id?: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-xs font-medium text-red-700">
      {messages.join(" ")}
    </p>
  );
}
