import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl p-12">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">This page or resource does not exist. It may have been deleted.</p>
      <Link className="mt-6 inline-block text-sky-700 underline" href="/">
        Back to the console
      </Link>
    </main>
  );
}
