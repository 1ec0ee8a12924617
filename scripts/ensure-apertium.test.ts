import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SCRIPT = path.resolve(import.meta.dirname, "ensure-apertium.sh");

/** a PATH holding the few tools the script needs, plus apt-get and sudo stand-ins that log their arguments */
function fakeSystem(withApertium: boolean) {
  const directory = mkdtempSync(path.join(tmpdir(), "parallax-ensure-apertium-"));
  const bin = path.join(directory, "bin");
  const log = path.join(directory, "calls.log");
  spawnSync("mkdir", [bin]);
  for (const tool of ["bash", "id", "printf", "cat", "env"]) {
    const found = ["/usr/bin", "/bin"].map((folder) => path.join(folder, tool)).find((file) => existsSync(file));
    if (found) symlinkSync(found, path.join(bin, tool));
  }
  for (const tool of ["apt-get", "sudo"]) {
    // sudo runs what follows it, as the real one would
    const body = tool === "sudo" ? `echo "sudo $*" >> "${log}"; "$@"` : `echo "apt-get $*" >> "${log}"`;
    writeFileSync(path.join(bin, tool), `#!/bin/bash\n${body}\n`);
    chmodSync(path.join(bin, tool), 0o755);
  }
  if (withApertium) symlinkSync("/usr/bin/apertium", path.join(bin, "apertium"));
  return { bin, log, directory };
}

function run(system: ReturnType<typeof fakeSystem>, env: Record<string, string>) {
  return spawnSync("/bin/bash", [SCRIPT], { encoding: "utf8", env: { NODE_ENV: "test", PATH: system.bin, ...env } });
}

describe("scripts/ensure-apertium.sh", () => {
  it("installs nothing when Apertium and FreeDict are there, and checks the pivot renders English", () => {
    const system = fakeSystem(true);
    const result = run(system, { PATH: `${system.bin}:/usr/bin:/bin` });
    expect(result.status).toBe(0);
    expect(existsSync(system.log)).toBe(false);
  });

  it("asks apt-get for every missing package, then fails clearly when they are still missing", () => {
    const system = fakeSystem(false);
    const result = run(system, { APERTIUM_DATADIR: path.join(system.directory, "apertium"), PARALLAX_DICTD: path.join(system.directory, "dictd") });
    const calls = readFileSync(system.log, "utf8");
    expect(calls).toMatch(/apt-get update/);
    expect(calls).toMatch(/apt-get install -y -qq apertium apertium-fr-es apertium-eng-spa dict-freedict-fra-eng dict-freedict-eng-fra/);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("still missing after apt-get: apertium apertium-fr-es apertium-eng-spa dict-freedict-fra-eng dict-freedict-eng-fra");
  });

  it("fails clearly when Apertium is installed but does not render English", () => {
    const system = fakeSystem(false);
    // an apertium that answers but does not translate
    writeFileSync(path.join(system.bin, "apertium"), "#!/bin/bash\ncat\n");
    chmodSync(path.join(system.bin, "apertium"), 0o755);
    const result = run(system, {});
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("does not render French into English");
    expect(existsSync(system.log)).toBe(false);
  });
});
