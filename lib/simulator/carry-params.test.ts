import { describe, expect, it } from "vitest";

import { carryLinks } from "./carry";
import {
  carriedNote,
  carriedWeightsFor,
  parseNewRecord,
  parseRecordEdit,
  parseWeights,
  type SearchParams,
} from "./carry-params";
import { addRecord, createDraft, type Draft, draftChanges, setBias, setWeight } from "./draft";
import { seededZone } from "./fixtures.test-helpers";

const IMG = ["img.example.com.", "A"] as const;

/** The query of a link as Next hands it to a page: one string per key, an array when a key repeats. */
function searchOf(href: string): SearchParams {
  const search: SearchParams = {};
  for (const [key, value] of new URL(href, "http://routeboard.test").searchParams) {
    const existing = search[key];
    search[key] =
      existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return search;
}

function hrefs(draft: Draft, name: string, type: string): string[] {
  return carryLinks("Z123", name, type, draft.recordSets, draftChanges(seededZone(), draft, name, type)).map(
    (link) => link.href,
  );
}

function onlyHref(draft: Draft, name: string, type: string): string {
  const [href, ...rest] = hrefs(draft, name, type);
  expect(rest).toEqual([]);
  return href ?? "";
}

describe("carried draft values: build the link, parse it back", () => {
  it("gives the record editor the weight of one changed record", () => {
    const href = onlyHref(setWeight(createDraft(seededZone()), ...IMG, "img-green", 50), ...IMG);
    expect(new URL(href, "http://x").pathname).toBe("/hosted-zones/Z123/records/edit");
    expect(searchOf(href).key).toBe("img.example.com.|A|img-green");
    expect(parseRecordEdit(searchOf(href))).toEqual({ weight: 50 });
  });

  it("gives the record editor a geoproximity bias, negative included", () => {
    const href = onlyHref(
      setBias(createDraft(seededZone()), "near.example.com.", "A", "near-eu-west-1", -10),
      "near.example.com.",
      "A",
    );
    expect(parseRecordEdit(searchOf(href))).toEqual({ bias: -10 });
  });

  it("gives the bulk weights page the name and every weight of its group", () => {
    let draft = setWeight(createDraft(seededZone()), ...IMG, "img-green", 50);
    draft = setWeight(draft, ...IMG, "img-blue", 50);
    expect(parseWeights(searchOf(onlyHref(draft, ...IMG)))).toEqual({
      names: ["img.example.com."],
      weights: { "img-blue": 50, "img-green": 50 },
    });
  });

  it.each([
    [
      "weighted",
      "img.example.com.",
      { setIdentifier: "img-red", value: "192.0.2.43", weight: 5 },
      { policy: "weighted", weight: 5 },
    ],
    [
      "geoproximity",
      "near.example.com.",
      { setIdentifier: "near-fra", value: "192.0.2.33", region: "eu-central-1", bias: 15 },
      { policy: "geoproximity", region: "eu-central-1", bias: 15 },
    ],
    [
      "geoproximity with bias 0",
      "near.example.com.",
      { setIdentifier: "near-fra", value: "192.0.2.33", region: "eu-central-1" },
      { policy: "geoproximity", region: "eu-central-1", bias: 0 },
    ],
    [
      "latency",
      "lat.example.com.",
      { setIdentifier: "lat-eu", value: "192.0.2.51", region: "eu-west-1" },
      { policy: "latency", region: "eu-west-1" },
    ],
    [
      "geolocation by continent",
      "geo.example.com.",
      { setIdentifier: "geo-asia", value: "192.0.2.25", location: "continent:AS" },
      { policy: "geolocation", continent: "AS" },
    ],
    [
      "geolocation by country",
      "geo.example.com.",
      { setIdentifier: "geo-de", value: "192.0.2.26", location: "DE" },
      { policy: "geolocation", country: "DE" },
    ],
    [
      "geolocation by US state",
      "geo.example.com.",
      { setIdentifier: "geo-wa", value: "192.0.2.27", location: "US-WA" },
      { policy: "geolocation", country: "US", subdivision: "WA" },
    ],
  ])("gives the new-record page a %s record", (_label, name, input, routing) => {
    const links = hrefs(addRecord(createDraft(seededZone()), name, "A", input), name, "A");
    const href = links.find((link) => link.includes("/records/new?")) ?? "";
    expect(parseNewRecord(searchOf(href))).toEqual({
      name,
      type: "A",
      setIdentifier: input.setIdentifier,
      value: input.value,
      ...routing,
    });
  });
});

describe("parsing carried values drops what is not valid", () => {
  it("finds nothing when the page is opened without a draft", () => {
    expect(parseRecordEdit({ key: "img.example.com.|A|img-green" })).toBeUndefined();
    expect(parseNewRecord({})).toBeUndefined();
    expect(parseWeights({})).toBeUndefined();
  });

  it.each<[string, SearchParams]>([
    ["out of range", { weight: "256", bias: "100" }],
    ["below range", { weight: "-1", bias: "-100" }],
    ["not whole numbers", { weight: "5.5", bias: "1e1" }],
    ["not numbers", { weight: "fifty", bias: "" }],
    ["repeated", { weight: ["5", "6"], bias: ["1", "2"] }],
  ])("ignores a weight or bias %s", (_label, search) => {
    expect(parseRecordEdit(search)).toBeUndefined();
  });

  it("keeps the bounds themselves", () => {
    expect(parseRecordEdit({ weight: "255", bias: "-99" })).toEqual({ weight: 255, bias: -99 });
    expect(parseRecordEdit({ weight: "0", bias: "99" })).toEqual({ weight: 0, bias: 99 });
  });

  it("drops bad fields of a new record and keeps the good ones", () => {
    expect(
      parseNewRecord({
        name: "bad name.example.com",
        type: "XYZ",
        setIdentifier: "x".repeat(129),
        value: "  ",
        weight: "300",
        region: "mars-1",
      }),
    ).toBeUndefined();
    expect(
      parseNewRecord({ name: "IMG.example.com", type: "aaaa", setIdentifier: " red ", value: "2001:db8::1" }),
    ).toEqual({
      name: "img.example.com.",
      type: "AAAA",
      setIdentifier: "red",
      value: "2001:db8::1",
    });
  });

  it("infers the policy from the routing fields, ignoring a Region that does not fit it", () => {
    expect(parseNewRecord({ region: "eu-west-1" })).toEqual({ policy: "latency", region: "eu-west-1" });
    expect(parseNewRecord({ region: "mars-1" })).toBeUndefined();
    expect(parseNewRecord({ region: "mars-1", bias: "5" })).toEqual({ policy: "geoproximity", bias: 5 });
    expect(parseNewRecord({ weight: "3", bias: "5", region: "eu-west-1" })).toEqual({
      policy: "weighted",
      weight: 3,
    });
    expect(parseNewRecord({ country: "*" })).toEqual({ policy: "geolocation", country: "*" });
  });

  it.each<[string, SearchParams]>([
    ["an unknown continent", { continent: "XX" }],
    ["a continent with a country", { continent: "EU", country: "DE" }],
    ["an unknown country", { country: "QQ" }],
    ["a subdivision outside the US", { country: "DE", subdivision: "BY" }],
    ["an unknown US state", { country: "US", subdivision: "ZZ" }],
    ["a subdivision without a country", { subdivision: "WA" }],
  ])("ignores a location with %s", (_label, search) => {
    expect(parseNewRecord(search)).toBeUndefined();
  });

  it("reads several names, repeated or comma-separated, and ignores bad weights", () => {
    expect(
      parseWeights({
        names: ["img.example.com.", "API.example.com,img.example.com."],
        "w.blue": "90",
        "w.green": "x",
        "w.": "5",
        other: "1",
      }),
    ).toEqual({
      names: ["img.example.com.", "api.example.com."],
      weights: { blue: 90 },
    });
  });
});

describe("carried weights on the bulk weights page", () => {
  const names = [
    {
      name: "img.example.com.",
      members: [
        { setIdentifier: "blue", weight: 90 },
        { setIdentifier: "green", weight: 10 },
      ],
    },
    {
      name: "api.example.com.",
      members: [
        { setIdentifier: "blue", weight: 90 },
        { setIdentifier: "green", weight: 20 },
        { setIdentifier: "red", weight: 1 },
      ],
    },
  ];

  it("selects the carried names the zone has and fills the weights they share", () => {
    const result = carriedWeightsFor(
      {
        names: ["img.example.com.", "api.example.com.", "gone.example.com."],
        weights: { blue: 50, green: 50, red: 7 },
      },
      names,
    );
    expect(result.selected).toEqual(["img.example.com.", "api.example.com."]);
    expect(result.weights).toEqual({ blue: "50", green: "50" });
    expect(carriedNote(result.values)).toBe(
      "Values carried from the simulator draft: weight of blue 90 → 50, weight of green 10/20 → 50. Preview to see the change.",
    );
  });

  it("carries nothing for names the zone does not have", () => {
    expect(carriedWeightsFor({ names: ["gone.example.com."], weights: { blue: 5 } }, names)).toEqual({
      selected: [],
      weights: {},
      values: [],
    });
  });
});

describe("carriedNote", () => {
  it("shows each carried value, with what it replaces when there was one", () => {
    expect(carriedNote([{ label: "weight", from: "90", to: "50" }])).toBe(
      "Values carried from the simulator draft: weight 90 → 50. Preview to see the change.",
    );
    expect(
      carriedNote([
        { label: "type", to: "A" },
        { label: "weight", to: "5" },
      ]),
    ).toBe("Values carried from the simulator draft: type A, weight 5. Preview to see the change.");
    expect(carriedNote([{ label: "name", to: "red.example.com." }])).toBe(
      "Values carried from the simulator draft: name red.example.com. Preview to see the change.",
    );
    expect(carriedNote([])).toBeUndefined();
  });

  it("says a carried value is already the record's instead of showing it as a change (no “weight 50 → 50”)", () => {
    expect(carriedNote([{ label: "weight", from: "50", to: "50" }])).toBe(
      "Values carried from the simulator draft: weight 50 (already its value). Preview to see the change.",
    );
  });
});
