import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DateMention } from "../types.ts";
import { findDates } from "./find-dates.ts";

const seed = (name: string) => readFileSync(new URL(`../../../data/samples/${name}`, import.meta.url), "utf8");
const brief = (dates: DateMention[]) => dates.map((date) => [date.text, date.iso, date.precision, date.weekday]);

describe("findDates on the seeds", () => {
  it("000: weekdays stay unplaced when publication is known only to the month; 'en 2015' is a year", () => {
    const dates = findDates({ text: seed("000_a7392bfecf3fe0bd.txt"), language: "fr", published: "2019-06" });
    expect(brief(dates)).toEqual([
      ["2015", "2015", "year", null],
      ["jeudi", null, "weekday", 4],
      ["samedi", null, "weekday", 6],
      ["dimanche", null, "weekday", 0],
    ]);
  });

  it("001: 'ce samedi' with no publication date keeps its weekday; 'en juillet' its words only", () => {
    const dates = findDates({ text: seed("001_f28c37849755220d.txt"), language: "fr", published: null });
    expect(brief(dates)).toEqual([
      ["ce samedi", null, "weekday", 6],
      ["juillet", null, "weekday", null],
    ]);
  });

  it("003: 'mercredi 11 décembre' without a year is not given one; 'août 2013' is a month; no date in Su-35 or T4", () => {
    const dates = findDates({ text: seed("003_b719beed4ea8af72.txt"), language: "fr", published: null });
    expect(brief(dates).slice(0, 2)).toEqual([
      ["mercredi 11 décembre", null, "weekday", 3],
      ["août 2013", "2013-08", "month", null],
    ]);
    expect(dates.some((date) => /Su-35|T4|373/.test(date.text))).toBe(false);
    expect(dates.find((date) => date.text === "septembre dernier")).toMatchObject({ iso: null, precision: "weekday" });
  });

  it("004: a weekday resolves to the most recent such day on or before publication", () => {
    const dates = findDates({ text: seed("004_f195220d0e5b627c.txt"), language: "fr", published: "2017-10-18T22:55" });
    expect(brief(dates)).toEqual([
      ["2017-10-18 à 22:55", "2017-10-18T22:55", "minute", null],
      ["9 au 15 octobre 2017", "2017-10-09", "day", null],
      ["18 octobre", "2017-10-18", "day", null],
      ["mercredi", "2017-10-18", "day", 3],
    ]);
    expect(dates[3]).toMatchObject({ relative: true, resolvedAgainst: "2017-10-18T22:55" });
  });
});

describe("findDates on English wire copy (written for these tests)", () => {
  const text =
    "The talks were held on Saturday in Baghdad, officials said. Last Tuesday, the ministry said about 2,000 fighters " +
    "remained. The meeting on Oct. 18 followed a call in July. Reports last September said the centre was launched in 2015. " +
    "Su-35 jets flew over T4 at 22:55.";

  it("resolves weekdays, months and day-months against a Saturday publication", () => {
    expect(brief(findDates({ text, language: "en", published: "2019-06-15" }))).toEqual([
      ["on Saturday", "2019-06-15", "day", 6],
      ["Last Tuesday", "2019-06-11", "day", 2],
      ["Oct. 18", "2019-10-18", "day", null], // a day-month takes the closest year
      ["July", "2018-07", "month", null],
      ["last September", "2018-09", "month", null],
      ["2015", "2015", "year", null],
    ]);
  });

  it("keeps a weekday unplaced with no publication date, and takes no time of day alone as a date", () => {
    const dates = findDates({ text, language: "en", published: null });
    expect(dates[0]).toMatchObject({ iso: null, precision: "weekday", weekday: 6, relative: true, resolvedAgainst: null });
    expect(dates.some((date) => date.text.includes("22:55") || date.text.includes("2,000"))).toBe(false);
  });
});

describe("findDates with a wire dateline (written for these tests)", () => {
  it("places a weekday by the dateline's day when the publication date gives only the month", () => {
    const text = "AMMAN, June 13 (Reuters) - Jordanian and Iraqi officials met in Amman on Tuesday.";
    expect(brief(findDates({ text, language: "en", published: "2019-06" }))).toEqual([
      ["June 13", "2019-06-13", "day", null],
      ["on Tuesday", "2019-06-11", "day", 2],
    ]);
    const french = "AMMAN, 13 juin (AFP) - Des responsables jordaniens et irakiens se sont réunis mardi à Amman.";
    expect(brief(findDates({ text: french, language: "fr", published: "2019" }))[1]).toEqual(["mardi", "2019-06-11", "day", 2]);
  });

  it("keeps the weekday unplaced when the dateline's month is not the publication's", () => {
    const text = "AMMAN, June 13 (Reuters) - Jordanian and Iraqi officials met in Amman on Tuesday.";
    expect(findDates({ text, language: "en", published: "2019-07" })[1]).toMatchObject({ iso: null, weekday: 2 });
  });
});
