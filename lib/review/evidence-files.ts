// Uploaded evidence: stored once per uploader and content (sha256), with a size limit and a type
// read from the bytes themselves, never from the name or the browser's claim. SVG and HTML are
// refused because they can carry script; what is kept is served back as a download
// (app/api/evidence/[id]). Not shared across uploaders: answering a second uploader with the first
// one's record would tell them who else holds the file, under what name, and its id.

import { createHash } from "node:crypto";
import { safeFileName } from "../attachment-disposition.ts";
import type { Db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { Actor } from "./authorize.ts";

export const MAX_EVIDENCE_FILE_BYTES = 10 * 1024 * 1024;

export const EVIDENCE_FILE_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain", "text/csv"] as const;
export type EvidenceFileType = (typeof EVIDENCE_FILE_TYPES)[number];

export interface StoredEvidenceFile {
  id: string;
  sha256: string;
  fileName: string;
  mimeType: EvidenceFileType;
  byteSize: number;
}

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);

/** The type the bytes are, or null. Text must be valid UTF-8 with no NUL and no markup. */
export function sniffEvidenceType(bytes: Uint8Array, fileName: string): EvidenceFileType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "image/gif";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  if (bytes.includes(0)) return null;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // a text file that is really a page or an image with script in it
  if (/<\s*(svg|html|script|!doctype|iframe|object)\b/i.test(text.slice(0, 4096))) return null;
  return /\.csv$/i.test(fileName) ? "text/csv" : "text/plain";
}

// the name is shown in verdicts and reports: an RTL override there would spoof its extension
const cleanFileName = (name: string) => safeFileName(name.replace(/"/g, ""), "evidence").slice(0, 200);

export async function storeEvidenceFile(db: Db, file: { fileName: string; bytes: Uint8Array }, actor: Pick<Actor, "id">): Promise<StoredEvidenceFile> {
  if (file.bytes.byteLength === 0) throw new AppError("EMPTY_INPUT", "The file is empty.");
  if (file.bytes.byteLength > MAX_EVIDENCE_FILE_BYTES) {
    throw new AppError("TOO_LARGE", `Evidence files are limited to ${MAX_EVIDENCE_FILE_BYTES / 1024 / 1024} MB; this one is ${(file.bytes.byteLength / 1024 / 1024).toFixed(1)} MB.`);
  }
  const mimeType = sniffEvidenceType(file.bytes, file.fileName);
  if (!mimeType) throw new AppError("UNSUPPORTED_TYPE", "Evidence files can be PDF, PNG, JPEG, GIF, WebP, plain text or CSV (SVG and HTML are refused: they can carry script).");
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const select = { id: true, sha256: true, fileName: true, mimeType: true, byteSize: true } as const;
  const key = { sha256_uploadedById: { sha256, uploadedById: actor.id } };
  const existing = await db.evidenceFile.findUnique({ where: key, select });
  if (existing) return existing as StoredEvidenceFile;
  const stored = await db.evidenceFile.upsert({
    where: key,
    create: { sha256, fileName: cleanFileName(file.fileName), mimeType, byteSize: file.bytes.byteLength, content: Buffer.from(file.bytes), uploadedById: actor.id },
    update: {},
    select,
  });
  return stored as StoredEvidenceFile;
}

export async function readEvidenceFile(db: Db, id: string): Promise<(StoredEvidenceFile & { content: Uint8Array }) | null> {
  const file = await db.evidenceFile.findUnique({ where: { id }, select: { id: true, sha256: true, fileName: true, mimeType: true, byteSize: true, content: true } });
  return file as (StoredEvidenceFile & { content: Uint8Array }) | null;
}
