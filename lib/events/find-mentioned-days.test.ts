import { describe, expect, it } from "vitest";
import { findMentionedDays } from "./find-mentioned-days.ts";

describe("findMentionedDays", () => {
  it("reads French days of the month without a year, and skips relative days and clock times", () => {
    const text = "L'un des deux guérilleros des Farc capturés le 2 juillet a nié hier, à 14h30, avoir trahi. « La fuite des 15 prisonniers, le mercredi 2 juillet », dit un communiqué daté du 5 juillet.";
    expect(findMentionedDays(text, "fr").sort()).toEqual(["--07-02", "--07-05"]);
  });

  it("gives an English and a French mention of one day the same value", () => {
    expect(findMentionedDays("BAGHDAD, Nov 14 (Reuters) - Senior officers met on Thursday.", "en")).toEqual(["--11-14"]);
    expect(findMentionedDays("Les officiers se sont réunis le 14 novembre à Bagdad.", "fr")).toEqual(["--11-14"]);
  });
});
