import { describe, expect, it } from "vitest";

import { createDraft, setWeight } from "./draft";
import { seededZone } from "./fixtures.test-helpers";
import { answersByCountry, legendOf, outcomeColours, percent } from "./map-colours";

describe("answersByCountry", () => {
  it("answers geolocation by country and continent, with the default elsewhere", () => {
    const answers = answersByCountry({ recordSets: seededZone(), query: { name: "geo.example.com.", type: "A" } });
    expect(answers.FR).toEqual({ outcome: "geo-europe", share: 1 });
    expect(answers.US).toEqual({ outcome: "geo-us", share: 1 });
    expect(answers.JP).toEqual({ outcome: "geo-default", share: 1 });
  });

  it("answers geoproximity by biased distance", () => {
    const answers = answersByCountry({ recordSets: seededZone(), query: { name: "near.example.com.", type: "A" } });
    expect(answers.DE?.outcome).toBe("near-eu-west-1");
    expect(answers.MX?.outcome).toBe("near-us-east-1");
  });

  it("marks a weighted answer as a mix, coloured by its most frequent record", () => {
    const answers = answersByCountry({ recordSets: seededZone(), query: { name: "img.example.com.", type: "A" } }, 200);
    expect(answers.BR?.outcome).toBe("img-blue");
    expect(answers.BR?.share).toBeGreaterThan(0.8);
    expect(answers.BR?.share).toBeLessThan(1);
  });

  it("shows a draft's change", () => {
    const draft = setWeight(setWeight(createDraft(seededZone()), "img.example.com.", "A", "img-blue", 0), "img.example.com.", "A", "img-green", 10);
    const answers = answersByCountry({ recordSets: draft.recordSets, query: { name: "img.example.com.", type: "A" } });
    expect(answers.BR).toEqual({ outcome: "img-green", share: 1 });
  });
});

describe("outcomeColours and legendOf", () => {
  it("gives set identifiers stable colours in record order and no-answer grey", () => {
    const colours = outcomeColours(["b", "a"], ["a", "mv-1 + mv-2", "(no answer)"]);
    expect(Object.keys(colours)).toEqual(["b", "a", "mv-1 + mv-2", "(no answer)"]);
    expect(colours.b).not.toBe(colours.a);
    expect(colours["(no answer)"]).toBe("#CBD5E1");
  });

  it("counts countries per outcome, most first, flagging mixes", () => {
    const legend = legendOf(
      { FR: { outcome: "eu", share: 1 }, DE: { outcome: "eu", share: 1 }, US: { outcome: "us", share: 0.9 } },
      { eu: "#1", us: "#2" },
    );
    expect(legend).toEqual([
      { outcome: "eu", colour: "#1", countries: 2, share: 2 / 3, isMixed: false },
      { outcome: "us", colour: "#2", countries: 1, share: 1 / 3, isMixed: true },
    ]);
  });
});

describe("percent", () => {
  it("prints one decimal, two for tiny shares", () => {
    expect(percent(50, 140)).toBe("35.7%");
    expect(percent(1, 10)).toBe("10.0%");
    expect(percent(1, 10_000)).toBe("0.01%");
    expect(percent(0, 0)).toBe("0%");
  });
});
