import { describe, expect, it } from "vitest";

import { createDraft, setWeight } from "./draft";
import { seededZone } from "./fixtures.test-helpers";
import {
  answersByCountry,
  answersByUsState,
  areaFill,
  legendOf,
  MIX_COLOUR,
  outcomeColours,
  percent,
  statesDiffer,
  wholePercent,
} from "./map-colours";

describe("answersByCountry", () => {
  it("answers geolocation by country and continent, with the default elsewhere", () => {
    const answers = answersByCountry({
      recordSets: seededZone(),
      query: { name: "geo.example.com.", type: "A" },
    });
    expect(answers.FR).toEqual({
      outcome: "geo-europe",
      share: 1,
      mix: [{ outcome: "geo-europe", share: 1 }],
    });
    expect(answers.US).toEqual({ outcome: "geo-us", share: 1, mix: [{ outcome: "geo-us", share: 1 }] });
    expect(answers.JP).toEqual({
      outcome: "geo-default",
      share: 1,
      mix: [{ outcome: "geo-default", share: 1 }],
    });
  });

  it("answers geoproximity by biased distance", () => {
    const answers = answersByCountry({
      recordSets: seededZone(),
      query: { name: "near.example.com.", type: "A" },
    });
    expect(answers.DE?.outcome).toBe("near-eu-west-1");
    expect(answers.MX?.outcome).toBe("near-us-east-1");
  });

  it("gives a weighted answer as the exact mix of its weights, the same in every country", () => {
    const answers = answersByCountry({
      recordSets: seededZone(),
      query: { name: "img.example.com.", type: "A" },
    });
    expect(answers.BR?.outcome).toBe("img-blue");
    expect(answers.BR?.mix).toEqual([
      { outcome: "img-blue", share: 0.9 },
      { outcome: "img-green", share: 0.1 },
    ]);
    expect(answers.JP?.mix).toEqual(answers.BR?.mix);
  });

  it("measures a 70/30 draft exactly, so the legend matches the weights", () => {
    const draft = setWeight(
      setWeight(createDraft(seededZone()), "img.example.com.", "A", "img-blue", 70),
      "img.example.com.",
      "A",
      "img-green",
      30,
    );
    const answers = answersByCountry({
      recordSets: draft.recordSets,
      query: { name: "img.example.com.", type: "A" },
    });
    expect(answers.US?.mix.map((part) => `${part.outcome} ${wholePercent(part.share)}`)).toEqual([
      "img-blue 70%",
      "img-green 30%",
    ]);
  });

  it("shows a draft's change", () => {
    const draft = setWeight(
      setWeight(createDraft(seededZone()), "img.example.com.", "A", "img-blue", 0),
      "img.example.com.",
      "A",
      "img-green",
      10,
    );
    const answers = answersByCountry({
      recordSets: draft.recordSets,
      query: { name: "img.example.com.", type: "A" },
    });
    expect(answers.BR).toEqual({ outcome: "img-green", share: 1, mix: [{ outcome: "img-green", share: 1 }] });
  });
});

describe("answersByUsState", () => {
  it("answers each state as a client there: a state record wins over its country", () => {
    const california = {
      Name: "geo.example.com.",
      Type: "A",
      TTL: 60,
      ResourceRecords: [{ Value: "192.0.2.23" }],
      SetIdentifier: "geo-us-ca",
      GeoLocation: { CountryCode: "US", SubdivisionCode: "CA" },
    };
    const input = {
      recordSets: [...seededZone(), california],
      query: { name: "geo.example.com.", type: "A" },
    };
    const states = answersByUsState(input);
    expect(states.CA?.outcome).toBe("geo-us-ca");
    expect(states.TX?.outcome).toBe("geo-us");
    expect(statesDiffer(answersByCountry(input).US, states)).toBe(true);
  });

  it("does not draw the states when they all answer like the country", () => {
    const input = { recordSets: seededZone(), query: { name: "img.example.com.", type: "A" } };
    expect(statesDiffer(answersByCountry(input).US, answersByUsState(input))).toBe(false);
  });
});

describe("outcomeColours and legendOf", () => {
  it("gives set identifiers stable colours in record order and no-answer grey", () => {
    const colours = outcomeColours(["b", "a"], ["a", "mv-1 + mv-2", "(no answer)"]);
    expect(Object.keys(colours)).toEqual(["b", "a", "mv-1 + mv-2", "(no answer)"]);
    expect(colours.b).not.toBe(colours.a);
    expect(colours["(no answer)"]).toBe("#CBD5E1");
  });

  it("counts countries per answer, most first, and gives a mix a neutral swatch with every answer's share", () => {
    const fixed = (outcome: string) => ({ outcome, share: 1, mix: [{ outcome, share: 1 }] });
    const mix = [
      { outcome: "us", share: 0.7 },
      { outcome: "eu", share: 0.3 },
    ];
    const legend = legendOf(
      { FR: fixed("eu"), DE: fixed("eu"), US: { outcome: "us", share: 0.7, mix } },
      { eu: "#1", us: "#2" },
    );
    expect(legend).toEqual([
      {
        key: "eu",
        colour: "#1",
        parts: [{ outcome: "eu", share: 1, colour: "#1" }],
        countries: 2,
        share: 2 / 3,
        isMixed: false,
      },
      {
        key: "mix of us 70%, eu 30%",
        colour: MIX_COLOUR,
        parts: [
          { outcome: "us", share: 0.7, colour: "#2" },
          { outcome: "eu", share: 0.3, colour: "#1" },
        ],
        countries: 1,
        share: 1 / 3,
        isMixed: true,
      },
    ]);
  });

  it("paints a mix in the neutral colour and names its shares", () => {
    const answer = {
      outcome: "img-blue",
      share: 0.7,
      mix: [
        { outcome: "img-blue", share: 0.7 },
        { outcome: "img-green", share: 0.3 },
      ],
    };
    expect(areaFill("France", answer, { "img-blue": "#1" })).toEqual({
      colour: MIX_COLOUR,
      title: "France: mix of img-blue 70%, img-green 30%",
      isMixed: true,
    });
    expect(
      areaFill("France", { outcome: "eu", share: 1, mix: [{ outcome: "eu", share: 1 }] }, { eu: "#1" }),
    ).toEqual({
      colour: "#1",
      title: "France: eu",
      isMixed: false,
    });
  });
});

describe("percent", () => {
  it("prints one decimal, two for tiny shares", () => {
    expect(percent(50, 140)).toBe("35.7%");
    expect(percent(1, 10)).toBe("10.0%");
    expect(percent(1, 10_000)).toBe("0.01%");
    expect(percent(0, 0)).toBe("0%");
  });

  it("prints a share as a whole percent when it is one", () => {
    expect(wholePercent(0.7)).toBe("70%");
    expect(wholePercent(1 / 3)).toBe("33.3%");
    expect(wholePercent(0.0004)).toBe("<0.1%");
  });
});
