import { describe, expect, it } from "vitest";

import { describeAlbAction } from "./describe-action";

const blue = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/images-blue/1";
const green = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/images-green/2";
const weighted = {
  type: "forward" as const,
  targetGroups: [
    { targetGroupArn: blue, weight: 90 },
    { targetGroupArn: green, weight: 10 },
  ],
};
const redirect = {
  type: "redirect" as const,
  statusCode: "HTTP_301" as const,
  protocol: "HTTPS",
  port: "443",
  host: "#{host}",
  path: "/#{path}",
  query: "#{query}",
};
const fixed = { type: "fixed-response" as const, statusCode: "503", contentType: "text/plain" };

describe("describeAlbAction", () => {
  it("summarises for tables", () => {
    expect(describeAlbAction(weighted)).toBe("forward → images-blue (90%), images-green (10%)");
    expect(describeAlbAction(redirect)).toBe("redirect 301 → HTTPS:443");
    expect(describeAlbAction({ type: "fixed-response", statusCode: "404" })).toBe("fixed response 404");
  });

  it("says it as a plan step, naming a target group that has no ARN yet", () => {
    expect(
      describeAlbAction({ type: "forward" }, { style: "sentence", targetGroupName: () => "images-green" }),
    ).toBe("forward to images-green");
    expect(describeAlbAction(redirect, { style: "sentence" })).toBe("redirect to HTTPS:443 (301)");
    expect(
      describeAlbAction({ ...redirect, protocol: "#{protocol}", port: "#{port}" }, { style: "sentence" }),
    ).toBe("redirect to the same URL (301)");
    expect(describeAlbAction(fixed, { style: "sentence" })).toBe("fixed response 503 (text/plain)");
  });

  it("details for review rows, with weights, shares and the redirect's full target", () => {
    expect(describeAlbAction(weighted, { style: "detail" })).toBe(
      "Forward to images-blue · weight 90 (90%), images-green · weight 10 (10%)",
    );
    expect(describeAlbAction(redirect, { style: "detail" })).toBe(
      "Redirect 301 to HTTPS://#{host}:443/#{path}?#{query}",
    );
    expect(describeAlbAction({ ...fixed, messageBody: "down" }, { style: "detail" })).toBe(
      "Fixed response 503 (text/plain): down",
    );
  });
});
