import { describe, expect, it } from "vitest";

import { carryLinks } from "./carry";
import {
  addRecord,
  createDraft,
  draftChanges,
  removeRecord,
  setBias,
  setUnhealthy,
  setWeight,
} from "./draft";
import { seededZone } from "./fixtures.test-helpers";

const IMG = ["img.example.com.", "A"] as const;

function linksFor(draft: ReturnType<typeof createDraft>, name: string, type: string) {
  return carryLinks("Z123", name, type, draft.recordSets, draftChanges(seededZone(), draft, name, type));
}

describe("carryLinks", () => {
  it("carries one changed weight to the record editor by record key", () => {
    const links = linksFor(setWeight(createDraft(seededZone()), ...IMG, "img-green", 50), ...IMG);
    expect(links).toEqual([
      {
        label: "Carry weight 50 for img-green to the record editor",
        href: "/hosted-zones/Z123/records/edit?key=img.example.com.%7CA%7Cimg-green&weight=50",
      },
    ]);
  });

  it("carries several changed weights to the bulk weights page with every weight of the name", () => {
    let draft = setWeight(createDraft(seededZone()), ...IMG, "img-green", 50);
    draft = setWeight(draft, ...IMG, "img-blue", 50);
    expect(linksFor(draft, ...IMG)).toEqual([
      {
        label: "Carry 2 weights to the bulk weights page",
        href: "/hosted-zones/Z123/weights?names=img.example.com.&w.img-blue=50&w.img-green=50",
      },
    ]);
  });

  it("carries a bias, a removal and an addition; health what-ifs carry nowhere", () => {
    const near = setUnhealthy(
      setBias(createDraft(seededZone()), "near.example.com.", "A", "near-eu-west-1", -10),
      "hc-x",
      true,
    );
    expect(linksFor(near, "near.example.com.", "A").map((link) => link.href)).toEqual([
      "/hosted-zones/Z123/records/edit?key=near.example.com.%7CA%7Cnear-eu-west-1&bias=-10",
    ]);

    let img = removeRecord(createDraft(seededZone()), ...IMG, "img-blue");
    img = addRecord(img, ...IMG, { setIdentifier: "img-red", value: "192.0.2.43", weight: 5 });
    expect(linksFor(img, ...IMG).map((link) => link.href)).toEqual([
      "/hosted-zones/Z123/records/edit?key=img.example.com.%7CA%7Cimg-blue",
      "/hosted-zones/Z123/records/new?name=img.example.com.&type=A&setIdentifier=img-red&value=192.0.2.43&weight=5",
    ]);
  });
});
