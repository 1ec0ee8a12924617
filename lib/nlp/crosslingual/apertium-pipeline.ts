// One run of Apertium over a batch of texts, French → Spanish → English (Debian has no direct
// fr–en pair: `apertium-fr-es` then `apertium-eng-spa`'s `spa-eng` mode). Apertium's text
// format keeps lines: one line in, one line out. So each text is flattened to one line (its own
// line breaks become spaces) and the batch is one process run, not one per text: start-up costs
// ~0.5 s a call, the translation itself ~400 sentences/s on two idle cores.

import { spawn, spawnSync } from "node:child_process";

/**
 * The pivot pipeline; `-u` drops the `*`/`#` marks Apertium puts on words it does not know. The
 * leading `cat` is needed: the apertium script opens /dev/stdin, which cannot be opened on the
 * socket Node gives a child as stdin (ENXIO), only on a pipe. The command is a fixed string and
 * the binary comes in through the environment, so no text ever reaches a shell.
 */
const PIPELINE = 'cat | "$PARALLAX_APERTIUM_COMMAND" -u fr-es | "$PARALLAX_APERTIUM_COMMAND" -u spa-eng';
/** after coreutils' timeout has sent TERM, seconds before KILL; and Node's own guard beyond both */
const KILL_AFTER_SECONDS = 2;
const NODE_GUARD_MS = 5_000;

export interface RunApertiumOptions {
  /** the apertium command (a name on PATH or a path) */
  apertium: string;
  /** milliseconds before the run is abandoned */
  timeoutMs: number;
}

/** a text as one line Apertium reads as plain text: no line breaks, no control characters */
export function flattenText(text: string): string {
  return text.replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, " ").trim();
}

/**
 * The run goes through coreutils' `timeout`, which puts the shell and every Apertium stage in one
 * process group and signals the whole group: killing only `sh` (what Node's own timeout does)
 * would leave the stages running.
 */
function command(options: RunApertiumOptions): { file: string; args: string[]; env: NodeJS.ProcessEnv; guardMs: number } {
  const seconds = Math.max(1, Math.ceil(options.timeoutMs / 1000));
  return {
    file: "timeout",
    args: ["-k", String(KILL_AFTER_SECONDS), `${seconds}s`, "sh", "-c", PIPELINE],
    env: { ...process.env, PARALLAX_APERTIUM_COMMAND: options.apertium },
    guardMs: (seconds + KILL_AFTER_SECONDS) * 1000 + NODE_GUARD_MS,
  };
}

/** the renderings in order, or null when the run failed or lost a line (then none is surely in its place) */
function parseOutput(stdout: string, count: number): string[] | null {
  const output = stdout.split("\n");
  if (output.at(-1) === "") output.pop();
  return output.length === count ? output.map((line) => line.trim()) : null;
}

/**
 * The English rendering of each flattened text, in order; null when Apertium is missing, fails,
 * runs out of time or gives back a different number of lines.
 */
export function runApertiumPivot(lines: string[], options: RunApertiumOptions): string[] | null {
  if (lines.length === 0) return [];
  const input = `${lines.join("\n")}\n`;
  const { file, args, env, guardMs } = command(options);
  try {
    const result = spawnSync(file, args, { input, encoding: "utf8", env, timeout: guardMs, maxBuffer: Math.max(4 * input.length, 1 << 20) });
    if (result.error || result.status !== 0 || result.signal) return null;
    return parseOutput(result.stdout, lines.length);
  } catch {
    // a spawn the system refuses: the caller's lexical path takes over
    return null;
  }
}

/** runApertiumPivot without blocking the event loop (a page showing a reviewer a rendering) */
export function runApertiumPivotAsync(lines: string[], options: RunApertiumOptions): Promise<string[] | null> {
  if (lines.length === 0) return Promise.resolve([]);
  const input = `${lines.join("\n")}\n`;
  const { file, args, env, guardMs } = command(options);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: string[] | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      resolve(value);
    };
    const child = spawn(file, args, { env, stdio: ["pipe", "pipe", "ignore"] });
    const guard = setTimeout(() => {
      child.kill("SIGKILL");
      settle(null);
    }, guardMs);
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", () => settle(null));
    child.on("close", (code, signal) => settle(code === 0 && !signal ? parseOutput(Buffer.concat(chunks).toString("utf8"), lines.length) : null));
    // a child that dies early closes its stdin: the write error is the same failure, told by "close"
    child.stdin.on("error", () => undefined);
    child.stdin.end(input);
  });
}
