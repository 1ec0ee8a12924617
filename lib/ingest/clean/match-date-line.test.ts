import { describe, expect, it } from "vitest";
import { matchDateLine, matchNameDateLine } from "./match-date-line.ts";

// Lines written for these tests in the shapes of real bylines and date lines, FR and EN.

const kindAndDay = (line: string) => {
  const found = matchDateLine(line);
  return found ? [found.kind, found.date.iso.slice(0, 10)] : null;
};

describe("matchDateLine", () => {
  it("reads bylines that carry the date", () => {
    expect(kindAndDay("By Jane Smith | 28 April, 2017")).toEqual(["byline", "2017-04-28"]);
    expect(kindAndDay("Posted on Wednesday, October 16, 2019 by Jane Smith")).toEqual(["byline", "2019-10-16"]);
    expect(kindAndDay("Accueil | Par Loïc Martin | 30 septembre 2018")).toEqual(["byline", "2018-09-30"]);
    expect(kindAndDay("par Florence Martin, le 15 septembre 2009")).toEqual(["byline", "2009-09-15"]);
    expect(kindAndDay("Florence Martin, le 15 septembre 2009")).toEqual(["byline", "2009-09-15"]);
    expect(kindAndDay("La rédaction, mis en ligne le 12 mars 2020 à 10h05")).toEqual(["byline", "2020-03-12"]);
    expect(kindAndDay("Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46")).toEqual(["byline", "2023-11-07"]);
  });

  it("reads publication, date and update lines", () => {
    expect(kindAndDay("Publié le 15/03/2023")).toEqual(["publication", "2023-03-15"]);
    expect(kindAndDay("7 September 2018 - 12:25")).toEqual(["date", "2018-09-07"]);
    expect(kindAndDay("Updated Mar 12, 2020 @ 10:42 am")).toEqual(["update", "2020-03-12"]);
    expect(kindAndDay("page revision: 8, last edited: 17 Jun 2018 15:15")).toEqual(["update", "2018-06-17"]);
  });

  it("reads a publication cue after the outlet's name, and a date opening a line of segments", () => {
    expect(kindAndDay("Le Monde avec AFP Publié le 12 mars 2020 à 10h05 - Mis à jour le 13 mars 2020 à 08h00")).toEqual(["byline", "2020-03-12"]);
    expect(kindAndDay("March 12, 2024 / 10:42 AM / Updated 2 hours ago")).toEqual(["date", "2024-03-12"]);
    expect(kindAndDay("Publié le 27 octobre 2023 à 15h01 Lecture 1 min.")).toEqual(["publication", "2023-10-27"]);
    expect(kindAndDay("May 16, 2020 at 9:51 AM May 16, 2020 at 10:12 AM")).toEqual(["date", "2020-05-16"]);
  });

  it("reads a date that opens a byline: the date first, then the author and a comment count", () => {
    expect(kindAndDay("June 3, 2021 by Sam Okafor 12 Comments")).toEqual(["byline", "2021-06-03"]);
    expect(kindAndDay("Sep 9 2021 by Lea Brandt")).toEqual(["byline", "2021-09-09"]);
    expect(kindAndDay("05/11/2021 by Tom 3 Comments")).toEqual(["byline", "2021-11-05"]);
    expect(kindAndDay("March 8, 2022 • words by Mia Kato • photos by Jun Ito")).toEqual(["byline", "2022-03-08"]);
    expect(kindAndDay("14 mai 2021 par Claire Dumas 4 commentaires")).toEqual(["byline", "2021-05-14"]);
  });

  it("reads a date labelled as such in German, Spanish and Dutch", () => {
    expect(kindAndDay("Datum: 3 Mar 2021")).toEqual(["byline", "2021-03-03"]);
    expect(kindAndDay("Fecha: 12/04/2021")).toEqual(["byline", "2021-04-12"]);
  });

  it("reads the byline segment of a line that runs on into a disclosure or a sentence", () => {
    expect(kindAndDay("By Ela Novak on 31. October, 2023 | 18 Comments. This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.")).toEqual([
      "byline",
      "2023-10-31",
    ]);
    expect(matchDateLine("The vote on 12 March 2016 was close | see the chart below for the seats each party won in the end.")).toBeNull();
  });

  it("reads an author's name with the time and date, no cue, only as a name line", () => {
    expect(matchNameDateLine("Janet Holm 9:46 am Sat Dec 12, 2020")?.date.iso.slice(0, 10)).toBe("2020-12-12");
    expect(matchNameDateLine("Omar Saleh (@omarsaleh) 12 minutes ago Wed 29th April 2020 | 03:32 PM")?.date.iso.slice(0, 10)).toBe("2020-04-29");
    expect(matchNameDateLine("The storm reached the coast on Dec 12, 2020")).toBeNull();
    expect(matchNameDateLine("Results of the vote Sat Dec 12, 2020")).toBeNull();
    expect(matchDateLine("Janet Holm 9:46 am Sat Dec 12, 2020")).toBeNull();
  });

  it("leaves a sentence that opens on a date and names who did something", () => {
    expect(matchDateLine("June 3, 2021 by the city council, which voted the budget")).toBeNull();
    expect(matchDateLine("12 March 2016 was signed by both sides as the day of the ceasefire.")).toBeNull();
  });

  it("leaves sentences that hold a date, even with 'by' in them", () => {
    expect(matchDateLine("Le rapport publié le 12 mars 2020 montre que les prix augmentent")).toBeNull();
    expect(matchDateLine("12 mars 2020 : la Bourse de Paris a chuté de douze pour cent en une seule séance, un record")).toBeNull();
    expect(matchDateLine("On December 4, 2020, the minister said the tax would not be imposed by decree.")).toBeNull();
    expect(matchDateLine("Le 18 octobre 2017, la Chine a lancé un programme.")).toBeNull();
    expect(matchDateLine("The deal was signed by both sides on 12 March 2016.")).toBeNull();
    expect(matchDateLine("© 2020 Example News. All rights reserved.")).toBeNull();
  });
});
