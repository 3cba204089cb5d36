"use client";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui", padding: "3rem" }}>
        <h1>Routeboard hit an unexpected error</h1>
        <p>
          The error was logged on the server. If you were making a change, check the audit log (/audit) and
          the resource before you try it again: whether it reached AWS is not known here.
        </p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </body>
    </html>
  );
}
