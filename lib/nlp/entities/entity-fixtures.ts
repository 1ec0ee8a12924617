// Texts the entity tests run on: the five seed articles as shipped in data/samples, and an
// English wire-style dispatch written for these tests (not a real article) in Reuters/AP style.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AnalyseOptions } from "../types.ts";

const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../data/samples");

export function seedArticle(prefix: "000" | "001" | "002" | "003" | "004"): AnalyseOptions {
  const files: Record<string, string> = {
    "000": "000_a7392bfecf3fe0bd.txt",
    "001": "001_f28c37849755220d.txt",
    "002": "002_2e248bc0dc966fa8.txt",
    "003": "003_b719beed4ea8af72.txt",
    "004": "004_f195220d0e5b627c.txt",
  };
  return { text: readFileSync(path.join(SAMPLES, files[prefix]!), "utf8"), language: "fr", published: null };
}

/** written for the tests: wire style, with traps (Mobile, Nice, March, a person named like a city) */
export const ENGLISH_WIRE: AnalyseOptions = {
  language: "en",
  published: "2019-06-22",
  text: [
    "BAGHDAD, June 22 (Reuters) - Iraqi, Syrian, Iranian and Russian military commanders met in Baghdad on Thursday, Iraq's defence ministry said. The meeting was chaired by Maj. Gen. Saad Mozher al-Allaq, head of Iraqi military intelligence, who told AFP the talks went well.",
    "Iranian Foreign Minister Mohammad Javad Zarif arrived in Baghdad on Sunday. \"Our message is clear,\" he said. Zarif later met Iraqi officials and the Sino-Iranian partnership was discussed.",
    "In Damascus, Gen. Mohammad Hossein Bagheri, chief of staff of the Iranian armed forces, met his Syrian counterpart. The Syrian army said Israeli jets had struck near Damascus, according to the state news agency SANA. Fighters of the Islamic State group and Hezbollah were also mentioned. NATO and the UN did not comment.",
    "Mobile phones were banned at the meeting. Nice words were exchanged, said a spokesman, Mr. Steele. Hassan Rouhani, the Iranian president, did not attend.",
    "In March, Chinese Defence Minister Wei Fenghe visited Beijing and Tehran. Foreign Ministry spokeswoman Maria Zakharova told reporters in Moscow that the visit was useful. Mr. Steele did not comment. She said the talks would continue.",
  ].join("\n\n"),
};
