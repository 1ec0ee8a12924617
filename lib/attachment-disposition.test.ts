import { parse } from "content-disposition";
import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./attachment-disposition.ts";

// What a browser does with the header: undici's Headers refuses a value with a character above
// U+00FF (the 500 of issue 15 #13), and the name a user saves is filename* when present.
function savedName(fileName: string): { header: string; name: string } {
  const header = new Headers({ "content-disposition": attachmentDisposition(fileName) }).get("content-disposition")!;
  const { type, parameters } = parse(header);
  expect(type).toBe("attachment");
  return { header, name: parameters.filename! };
}

describe("attachmentDisposition", () => {
  it.each([
    ["Отчёт министерства.pdf", "Отчёт министерства.pdf"],
    ["تقرير الوزارة.pdf", "تقرير الوزارة.pdf"],
    ["部长的报告.pdf", "部长的报告.pdf"],
    ["communiqué de presse.txt", "communiqué de presse.txt"],
    ["100%25 sure.txt", "100%25 sure.txt"],
  ])("keeps %s whole in filename* with an ASCII fallback", (fileName, expected) => {
    const { header, name } = savedName(fileName);
    expect(name).toBe(expected);
    expect(header).toMatch(/^attachment; filename=("[\x20-\x7e]+"|[!#$%&'*+.^_`|~0-9A-Za-z-]+); filename\*=UTF-8''[A-Za-z0-9%!#$&+^_`|~.-]+$/);
  });

  it("gives plain ASCII names as they are", () => {
    expect(attachmentDisposition("release-2026.pdf")).toBe("attachment; filename=release-2026.pdf");
    expect(savedName('say "no"; maybe.txt').name).toBe('say "no"; maybe.txt');
  });

  it("drops bidirectional overrides, control characters, CR/LF and path separators", () => {
    expect(savedName("invoice\u202Efdp.exe").name).toBe("invoicefdp.exe");
    expect(savedName("a\u2066b\u200Fc\u061C.txt").name).toBe("abc.txt");
    const crlf = savedName("report\r\nSet-Cookie: x=1.txt");
    expect(crlf.name).toBe("reportSet-Cookie: x=1.txt");
    expect(crlf.header).not.toMatch(/[\r\n]/);
    expect(savedName("../../etc/passwd").name).toBe("passwd");
    expect(savedName("C:\\Users\\me\\note.txt").name).toBe("note.txt");
  });

  it("names a file that has nothing left", () => {
    expect(savedName("\u202E\r\n").name).toBe("download");
    expect(savedName("").name).toBe("download");
  });
});
