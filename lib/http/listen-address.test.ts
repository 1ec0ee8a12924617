import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../db/migrate.ts";
import { listenAddressFromEnv } from "./listen-address.ts";

describe("listenAddressFromEnv", () => {
  it("listens on this machine only unless HOST says otherwise", () => {
    expect(listenAddressFromEnv({})).toEqual({ host: "127.0.0.1", port: 3000 });
    expect(listenAddressFromEnv({ HOST: "", PORT: "" })).toEqual({ host: "127.0.0.1", port: 3000 });
    expect(listenAddressFromEnv({ HOST: "0.0.0.0", PORT: "8080" })).toEqual({ host: "0.0.0.0", port: 8080 });
  });

  it("refuses a port that is not one", () => {
    expect(() => listenAddressFromEnv({ PORT: "http" })).toThrow(/PORT/);
    expect(() => listenAddressFromEnv({ PORT: "70000" })).toThrow(/PORT/);
  });
});

describe("every way of starting the app", () => {
  // `next start` would skip the edge checks (Host, body caps, client address), and npm start ran it
  // on all interfaces; each launcher must run server.ts (127.0.0.1 unless HOST says otherwise)
  const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), "utf8");
  it.each([
    ["package.json (npm start)", JSON.parse(read("package.json")).scripts.start as string],
    ["scripts/setup.sh", read("scripts/setup.sh")],
    ["e2e/start-server.sh", read("e2e/start-server.sh")],
    ["e2e/postgresql/start-server.sh", read("e2e/postgresql/start-server.sh")],
  ])("%s runs server.ts, never next start", (_name, text) => {
    expect(text).toMatch(/node --import tsx server\.ts/);
    expect(text).not.toMatch(/next start/);
  });
});
