import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface PemPair {
  certificate: string;
  privateKey: string;
}

/**
 * A self-signed RSA-2048 certificate made by the system's `openssl` (node:crypto cannot build X.509).
 * The key never leaves the temporary directory except into ACM's ImportCertificate call.
 */
export async function selfSignedCertificate(
  domain: string,
  sans: readonly string[],
  days: number,
): Promise<PemPair> {
  const dir = await mkdtemp(path.join(tmpdir(), "routeboard-seed-cert-"));
  try {
    const keyFile = path.join(dir, "key.pem");
    const certFile = path.join(dir, "cert.pem");
    const altNames = [domain, ...sans].map((name) => `DNS:${name}`).join(",");
    await run("openssl", [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-sha256",
      "-days",
      String(days),
      "-subj",
      `/CN=${domain}/O=Routeboard demo`,
      "-addext",
      `subjectAltName=${altNames}`,
      "-addext",
      "extendedKeyUsage=serverAuth",
      "-keyout",
      keyFile,
      "-out",
      certFile,
    ]);
    const [certificate, privateKey] = await Promise.all([
      readFile(certFile, "utf8"),
      readFile(keyFile, "utf8"),
    ]);
    return { certificate, privateKey };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
