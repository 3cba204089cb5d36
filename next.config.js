// The hosts the console serves (ROUTEBOARD_PUBLIC_URL, ROUTEBOARD_ALLOWED_HOSTS): proxy.ts refuses any other Host
// (lib/security/hosts.ts), and server actions accept the same origins. Unset: the request's own host only.
const allowedHosts = [
  process.env.ROUTEBOARD_PUBLIC_URL ? new URL(process.env.ROUTEBOARD_PUBLIC_URL).host : "",
  ...(process.env.ROUTEBOARD_ALLOWED_HOSTS ?? "").split(","),
]
  .map((host) => host.trim().toLowerCase())
  .filter(Boolean);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native module: keep it out of the server bundle.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` runs `tsc --noEmit` over the whole project as its own step; checking again here only slows builds.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    serverActions: {
      // Imports take up to 5 MB (lib/schemas/zone-bulk.ts); a server action carries the text JSON-escaped (a quote
      // or a newline doubles), so the body may be about twice the file. The schema refuses anything over 5 MB.
      bodySizeLimit: "11mb",
      ...(allowedHosts.length ? { allowedOrigins: allowedHosts } : {}),
    },
  },
};

module.exports = nextConfig;
