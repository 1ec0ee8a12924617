import { createInterface } from "node:readline";
import { Writable } from "node:stream";

/**
 * The password for `users add` and `users reset-password`: from stdin when it is piped (`echo … | parallax users add …`), else
 * asked twice on the terminal without echo. Never from a flag: flags end up in shell history and `ps`.
 */
export async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = "";
    for await (const chunk of process.stdin) input += chunk;
    return input.split(/\r?\n/)[0] ?? "";
  }
  const first = await ask(prompt);
  const second = await ask("Again: ");
  if (first !== second) throw new Error("The two passwords differ.");
  return first;
}

function ask(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const reader = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    reader.question(prompt, (answer) => {
      reader.close();
      process.stderr.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}
