/** The map's footprint while its code and shapes load. */
export function MapPlaceholder() {
  return (
    <div
      role="status"
      aria-label="Loading the map…"
      className="aspect-[960/468] w-full animate-pulse rounded-md bg-slate-100"
    >
      <span className="sr-only">Loading the map…</span>
    </div>
  );
}
