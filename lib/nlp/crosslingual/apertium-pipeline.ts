// One run of Apertium over a batch of texts, French → Spanish → English (Debian has no direct
// fr–en pair: `apertium-fr-es` then `apertium-eng-spa`'s `spa-eng` mode). Apertium's text
// format keeps lines: one line in, one line out. So each text is flattened to one line (its own
// line breaks become spaces) and the batch is one process run, not one per text: start-up costs
// ~0.5 s a call, the translation itself ~400 sentences/s on two cores.

import { spawnSync } from "node:child_process";

/**
 * The pivot pipeline; `-u` drops the `*`/`#` marks Apertium puts on words it does not know. The
 * leading `cat` is needed: the apertium script opens /dev/stdin, which cannot be opened on the
 * socket Node gives a child as stdin (ENXIO), only on a pipe.
 */
const PIPELINE = 'cat | "$PARALLAX_APERTIUM_COMMAND" -u fr-es | "$PARALLAX_APERTIUM_COMMAND" -u spa-eng';

export interface RunApertiumOptions {
  /** the apertium command (a name on PATH or a path) */
  apertium: string;
  /** milliseconds before the run is abandoned */
  timeoutMs: number;
}

/** a text as one line Apertium reads as plain text: no line breaks, no control characters */
export function flattenText(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, " ")
    .trim();
}

/**
 * The English rendering of each flattened text, in order; null when Apertium is missing, fails,
 * runs out of time or gives back a different number of lines (then nothing can be trusted to be
 * in its place).
 */
export function runApertiumPivot(lines: string[], options: RunApertiumOptions): string[] | null {
  if (lines.length === 0) return [];
  const input = `${lines.join("\n")}\n`;
  // The command is a fixed string and the binary comes in through the environment, so no text
  // ever reaches a shell. A timeout kills `sh`; the Apertium stages behind it end by themselves,
  // their input being already written in full.
  let result;
  try {
    result = spawnSync("sh", ["-c", PIPELINE], {
      input,
      encoding: "utf8",
      env: { ...process.env, PARALLAX_APERTIUM_COMMAND: options.apertium },
      timeout: Math.max(1, Math.ceil(options.timeoutMs)),
      maxBuffer: Math.max(4 * input.length, 1 << 20),
    });
  } catch {
    // a bad option or a spawn the system refuses: the caller's lexical path takes over
    return null;
  }
  if (result.error || result.status !== 0 || result.signal) return null;
  const output = result.stdout.split("\n");
  if (output.at(-1) === "") output.pop();
  if (output.length !== lines.length) return null;
  return output.map((line) => line.trim());
}
