import { describe, expect, it } from "vitest";
import { analyseArticle } from "../analyse-article.ts";

// Issue 17 (eval:quotes on PolNeAR: "X, president of Y" gave Y): a name followed by its
// description in commas speaks, not a person the description names. Written for this test.
const speakerOf = (text: string, language = "en") => analyseArticle({ text, language, published: null }).quotes[0]?.speaker.id ?? null;

describe("a speaker with a description in commas", () => {
  it("gives the quote to the named speaker, not to the person in the description", () => {
    expect(speakerOf("“We will not back down on this bill,” said Tom Reyes, a spokesman for Governor Ann Wilde.")).toBe("tom reyes");
    expect(speakerOf("Tom Reyes, a spokesman for Governor Ann Wilde, said: “We will not back down on this bill.”")).toBe("tom reyes");
  });

  it("still gives it to the name nearest the verb when no description sits between them", () => {
    expect(speakerOf("Le porte-parole de Paul Durand, Marc Lenoir, a déclaré : « Nous ne céderons pas sur ce texte. »", "fr")).toBe("marc lenoir");
  });
});

describe("a quote introduced by its speaker and a colon", () => {
  it("is not given away by a verb of the next sentence", () => {
    expect(speakerOf("Council member Maria Lopez said: “This is the fairest wage the city has ever set.” Opponents warned that shops would close.")).toBe("maria lopez");
  });
});
