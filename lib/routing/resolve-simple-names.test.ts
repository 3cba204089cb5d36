import { describe, expect, it } from "vitest";

import { WWW, q } from "./resolve.test-helper";
import { rr, soa } from "./test-helpers";

describe("simple routing", () => {
  // DG "Simple routing": all values of the one record, never health checked.
  it("answers every value", () => {
    const r = q([soa, rr(WWW, "A", ["10.0.0.1", "10.0.0.2"])], WWW, { unhealthy: ["anything"] });
    expect(r).toMatchObject({ rcode: "NOERROR", answers: ["10.0.0.1", "10.0.0.2"], setIdentifiers: [] });
  });

  // DG "Choosing between routing policies" / CNAME: a CNAME answers any type at its name.
  it("answers an A query at a CNAME with the CNAME value and explains it", () => {
    const r = q([soa, rr(WWW, "CNAME", ["app.example.net"])], "www.example.com");
    expect(r.answers).toEqual(["app.example.net"]);
    expect(r.explanation.join(" ")).toMatch(/has a CNAME record instead of A/);
  });
});

describe("names, NXDOMAIN and NODATA", () => {
  const set = [
    soa,
    rr("WWW.Example.COM.", "A", ["10.0.0.1"]),
    rr("mail.example.com", "MX", ["10 mx.example.com"]),
    rr("a.b.example.com.", "A", ["10.0.0.5"]),
    rr("\\052.apps.example.com.", "A", ["10.9.9.9"]),
    rr("real.apps.example.com.", "TXT", ['"hi"']),
  ];

  // DG "DNS domain name format": names compare case-insensitively, with or without the final dot.
  it.each(["www.example.com", "WWW.EXAMPLE.COM.", "Www.Example.Com"])("matches %s", (name) => {
    expect(q(set, name).answers).toEqual(["10.0.0.1"]);
  });

  it("accepts the type in any case", () => {
    expect(q(set, "www.example.com", {}, "a").answers).toEqual(["10.0.0.1"]);
  });

  it.each([
    { name: "nope.example.com", rcode: "NXDOMAIN", answers: [] },
    { name: "mail.example.com", rcode: "NOERROR", answers: [] },
    { name: "b.example.com", rcode: "NOERROR", answers: [] },
    { name: "x.apps.example.com", rcode: "NOERROR", answers: ["10.9.9.9"] },
    { name: "deep.x.apps.example.com", rcode: "NOERROR", answers: ["10.9.9.9"] },
    { name: "real.apps.example.com", rcode: "NOERROR", answers: [] },
  ])("$name A → $rcode $answers", ({ name, rcode, answers }) => {
    const r = q(set, name);
    expect(r.rcode).toBe(rcode);
    expect(r.answers).toEqual(answers);
    expect(r.explanation.length).toBeGreaterThan(0);
  });

  it("explains NXDOMAIN and NODATA", () => {
    expect(q(set, "nope.example.com").explanation[0]).toMatch(/NXDOMAIN/);
    expect(q(set, "mail.example.com").explanation[0]).toMatch(/has no A record \(it has MX\)/);
  });

  it("re-indexes a new recordSets array", () => {
    const first = [soa, rr(WWW, "A", ["10.0.0.1"])];
    expect(q(first, WWW).answers).toEqual(["10.0.0.1"]);
    expect(q([soa, rr(WWW, "A", ["10.0.0.2"])], WWW).answers).toEqual(["10.0.0.2"]);
  });
});
