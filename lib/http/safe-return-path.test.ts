import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path.ts";

describe("safeReturnPath", () => {
  it("keeps a path of this site with its query and fragment", () => {
    expect(safeReturnPath("/events/12?tab=claims#c3")).toBe("/events/12?tab=claims#c3");
    expect(safeReturnPath("/outlets/le-monde")).toBe("/outlets/le-monde");
  });

  it("falls back to /events when there is nothing to return to", () => {
    expect(safeReturnPath(undefined)).toBe("/events");
    expect(safeReturnPath(null)).toBe("/events");
    expect(safeReturnPath("")).toBe("/events");
  });

  // each of these is read by a browser as another site (or as script)
  it.each([
    ["//evil.example"],
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["/\r\n/evil.example"],
    ["\t//evil.example"],
    ["/\\evil.example"],
    ["\\\\evil.example"],
    ["/\\/evil.example"],
    ["https://evil.example/events"],
    ["/.//evil.example"],
    ["/a/..//evil.example"],
    ["javascript:alert(1)"],
    ["JavaScript:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    [" //evil.example"],
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBe("/events");
  });

  it("reads a same-scheme relative URL as a path here, as the browser does", () => {
    expect(safeReturnPath("http:evil.example")).toBe("/evil.example");
  });

  it("keeps an encoded tab as part of a path here, never as a host", () => {
    // "?next=%2F%2509%2Fevil.example" arrives decoded once: the %09 stays in our own path
    expect(safeReturnPath("/%09/evil.example")).toBe("/%09/evil.example");
  });
});
