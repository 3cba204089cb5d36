import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Routeboard", template: "%s · Routeboard" },
  description: "Load balancers, Route 53 routing and canary rollouts for the image service",
  // The files live in public/: favicon.ico for browsers that ask for it unprompted, the SVG for the rest.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  // An internal console: public/robots.txt disallows crawling, and this keeps any page that leaks out of indexes.
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f172a" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: Next puts the proxy's per-request CSP nonce on its scripts only then.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
