import { describe, expect, it } from "vitest";
import { matchMetadataLine, splitLeadingMetadata } from "./match-metadata-line.ts";
import { parseDateText } from "./parse-date-text.ts";

describe("parseDateText", () => {
  it("reads ISO, numeric and written dates with their precision", () => {
    expect(parseDateText("Publié le 2017-10-18 à 22:55")).toMatchObject({ iso: "2017-10-18T22:55", precision: "minute" });
    expect(parseDateText("date 2019-06")).toMatchObject({ iso: "2019-06", precision: "month" });
    expect(parseDateText("18/10/2017")).toMatchObject({ iso: "2017-10-18", precision: "day" });
    expect(parseDateText("18 octobre 2017 à 22h55")).toMatchObject({ iso: "2017-10-18T22:55", precision: "minute" });
    expect(parseDateText("Published: Oct. 18, 2017")).toMatchObject({ iso: "2017-10-18", precision: "day" });
    expect(parseDateText("2019-06-12T08:30:00+02:00")).toMatchObject({ iso: "2019-06-12T08:30", precision: "minute" });
  });

  it("reads year-first slashes, compact ISO stamps, German day dots and a time before the date", () => {
    expect(parseDateText("2019/12/19 | 01:45")).toMatchObject({ iso: "2019-12-19T01:45", precision: "minute" });
    expect(parseDateText("2021.04.30")).toMatchObject({ iso: "2021-04-30", precision: "day" });
    expect(parseDateText("20200516T14:51:53Z")).toMatchObject({ iso: "2020-05-16T14:51", precision: "minute" });
    expect(parseDateText("10. September 2017")).toMatchObject({ iso: "2017-09-10", precision: "day" });
    expect(parseDateText("11:25 PM - 10 Jul 2020")).toMatchObject({ iso: "2020-07-10T23:25", precision: "minute" });
  });

  it("reads German, Spanish, Italian and Portuguese written dates", () => {
    expect(parseDateText("Aktualisiert am 24. Januar 2022, 10:15 Uhr")).toMatchObject({ iso: "2022-01-24T10:15", precision: "minute" });
    expect(parseDateText("Publicado el 20 de septiembre de 2020")).toMatchObject({ iso: "2020-09-20", precision: "day" });
    expect(parseDateText("Pubblicato il 15 giugno 2021")).toMatchObject({ iso: "2021-06-15", precision: "day" });
    expect(parseDateText("Publicado em 3 de março de 2019")).toMatchObject({ iso: "2019-03-03", precision: "day" });
  });

  it("reads a two-digit year only behind a publication or update label", () => {
    expect(parseDateText("Publié le 02/11/23 à 16h33")).toMatchObject({ iso: "2023-11-02T16:33", precision: "minute" });
    expect(parseDateText("Mis à jour le 03.11.23")).toMatchObject({ iso: "2023-11-03", precision: "day" });
    expect(parseDateText("Updated: 11/03/21")).toMatchObject({ iso: "2021-03-11", precision: "day" });
    expect(parseDateText("Score 02/11/23 after the second round")).toBeNull();
    expect(parseDateText("version 3.10.12")).toBeNull();
  });

  it("skips a relative date, which only the moment of reading would place", () => {
    expect(parseDateText("Posted 1 year, 160 days ago [saved on 2 October 2013]")).toMatchObject({ iso: "2013-10-02", precision: "day" });
    expect(parseDateText("Publié il y a 2 ans, le 3 mars 2021")).toMatchObject({ iso: "2021-03-03", precision: "day" });
  });

  it("returns nothing without a year, or for a range of years", () => {
    expect(parseDateText("le mercredi 11 décembre")).toBeNull();
    expect(parseDateText("la saison 2015-16")).toBeNull();
  });
});

describe("matchMetadataLine and splitLeadingMetadata", () => {
  it("recognises publication lines, date lines, bylines and site names", () => {
    expect(matchMetadataLine("Publié le 2017-10-18 à 22:55 | french.xinhuanet.com")?.kind).toBe("publication");
    expect(matchMetadataLine("Mis à jour le 19/10/2017 à 08h00")?.kind).toBe("update");
    expect(matchMetadataLine("Mercredi 18 octobre 2017")?.kind).toBe("date");
    expect(matchMetadataLine("By Jane Doe and John Roe")?.kind).toBe("byline");
    expect(matchMetadataLine("french.xinhuanet.com")?.kind).toBe("site-name");
  });

  it("leaves sentences and titles that hold a date", () => {
    expect(matchMetadataLine("Le 18 octobre 2017, la Chine a lancé un programme.")).toBeNull();
    expect(matchMetadataLine("Une semaine d'actualités en images (du 9 au 15 octobre 2017)")).toBeNull();
    expect(matchMetadataLine("Publication de l'étude le 18/10/2017")).toBeNull();
  });

  it("splits a label and its date from the body they are glued to", () => {
    expect(splitLeadingMetadata(" date 2019-06 La Chine souhaite intégrer le Centre.".trim())).toEqual({ metadata: "date 2019-06", rest: "La Chine souhaite intégrer le Centre." });
    expect(splitLeadingMetadata("Le 18 octobre 2017, la Chine a lancé un programme.")).toBeNull();
  });
});
