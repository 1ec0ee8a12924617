// Apertium's coverage of French content words: each distinct word sent alone through the two
// stages without `-u`, so a word a stage does not know comes back marked (`*` unknown, `#` or
// `@` not generated / not transferred). A word is carried across when neither stage marks it.

import { spawnSync } from "node:child_process";

function runMode(mode: string, lines: string[]): string[] {
  // `cat |`: the apertium script opens /dev/stdin, which fails on the socket Node passes as stdin
  const result = spawnSync("sh", ["-c", `cat | apertium ${mode}`], { input: `${lines.join("\n")}\n`, encoding: "utf8", maxBuffer: 1 << 28 });
  const output = result.stdout.split("\n");
  if (output.at(-1) === "") output.pop();
  if (result.status !== 0 || output.length !== lines.length) throw new Error(`apertium ${mode} failed on the coverage word list`);
  return output;
}

/** the French words (lower-case) both stages know */
export function apertiumKnownWords(words: string[]): Set<string> {
  const unique = [...new Set(words)];
  const spanish = runMode("fr-es", unique);
  const english = runMode("spa-eng", spanish);
  const marked = (line: string) => /(^|\s)[*#@]/u.test(line);
  return new Set(unique.filter((_, index) => !marked(spanish[index]!) && !marked(english[index]!)));
}
