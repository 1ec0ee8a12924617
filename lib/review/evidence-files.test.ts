import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../tests/setup/test-db.ts";
import { MAX_EVIDENCE_FILE_BYTES, readEvidenceFile, sniffEvidenceType, storeEvidenceFile } from "./evidence-files.ts";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.cleanup();
});

const bytes = (...values: number[]) => new Uint8Array([...values, 0x00, 0x01, 0x02]);
const text = (value: string) => new TextEncoder().encode(value);
const actor = { id: "tester" };

describe("sniffEvidenceType", () => {
  it("reads the type from the bytes, not the name", () => {
    expect(sniffEvidenceType(bytes(0x25, 0x50, 0x44, 0x46, 0x2d), "x.png")).toBe("application/pdf");
    expect(sniffEvidenceType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), "x.pdf")).toBe("image/png");
    expect(sniffEvidenceType(bytes(0xff, 0xd8, 0xff, 0xe0), "x")).toBe("image/jpeg");
    expect(sniffEvidenceType(text("a,b\n1,2\n"), "table.csv")).toBe("text/csv");
    expect(sniffEvidenceType(text("Plain note, é à ç."), "note.txt")).toBe("text/plain");
  });

  it("refuses markup that can carry script, binary junk and broken UTF-8", () => {
    expect(sniffEvidenceType(text(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`), "chart.png")).toBeNull();
    expect(sniffEvidenceType(text("<!DOCTYPE html><html><script>alert(1)</script>"), "page.txt")).toBeNull();
    expect(sniffEvidenceType(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00]), "tool")).toBeNull();
    expect(sniffEvidenceType(new Uint8Array([0x63, 0x61, 0xe9, 0x20]), "latin1.txt")).toBeNull();
  });
});

describe("storeEvidenceFile", () => {
  it("stores once per content, with its sha256 and a clean name", async () => {
    const first = await storeEvidenceFile(testDb.db, { fileName: '../../etc/"passwd".txt', bytes: text("same content") }, actor);
    const again = await storeEvidenceFile(testDb.db, { fileName: "other.txt", bytes: text("same content") }, actor);
    expect(again.id).toBe(first.id);
    expect(first.fileName).toBe("passwd.txt");
    const spoofed = await storeEvidenceFile(testDb.db, { fileName: "invoice\u202Etxt.exe\r\n", bytes: text("another content") }, actor);
    expect(spoofed.fileName).toBe("invoicetxt.exe");
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = await readEvidenceFile(testDb.db, first.id);
    expect(new TextDecoder().decode(stored!.content)).toBe("same content");
  });

  it("gives each uploader their own record of the same bytes: never another user's id or name", async () => {
    const bytesOfMemo = text("the same leaked memo, uploaded twice");
    const alice = await storeEvidenceFile(testDb.db, { fileName: "source-only-alice-knows.txt", bytes: bytesOfMemo }, { id: "alice" });
    const bob = await storeEvidenceFile(testDb.db, { fileName: "bobs-copy.txt", bytes: bytesOfMemo }, { id: "bob" });
    expect(bob.id).not.toBe(alice.id);
    expect(bob).toMatchObject({ fileName: "bobs-copy.txt", sha256: alice.sha256, byteSize: alice.byteSize });
    expect(JSON.stringify(bob)).not.toContain("alice");
    // Bob's own second upload is still stored once, under his first name for it
    const bobAgain = await storeEvidenceFile(testDb.db, { fileName: "renamed.txt", bytes: bytesOfMemo }, { id: "bob" });
    expect(bobAgain).toEqual(bob);
    expect(new TextDecoder().decode((await readEvidenceFile(testDb.db, bob.id))!.content)).toBe("the same leaked memo, uploaded twice");
    expect(await testDb.db.evidenceFile.count({ where: { sha256: alice.sha256 } })).toBe(2);
  });

  it("refuses empty, oversized and unsupported files with clear messages, storing nothing", async () => {
    const before = await testDb.db.evidenceFile.count();
    await expect(storeEvidenceFile(testDb.db, { fileName: "empty.txt", bytes: new Uint8Array() }, actor)).rejects.toMatchObject({ code: "EMPTY_INPUT" });
    await expect(storeEvidenceFile(testDb.db, { fileName: "big.txt", bytes: new Uint8Array(MAX_EVIDENCE_FILE_BYTES + 1).fill(0x61) }, actor)).rejects.toMatchObject({ code: "TOO_LARGE" });
    await expect(storeEvidenceFile(testDb.db, { fileName: "x.svg", bytes: text("<svg onload=alert(1)>") }, actor)).rejects.toMatchObject({ code: "UNSUPPORTED_TYPE" });
    expect(await testDb.db.evidenceFile.count()).toBe(before);
  });
});
