import type { AppError } from "../../errors.ts";
import type { RawInput } from "../types.ts";

/** One thing read from a source: an input ready for ingest, or why that piece could not be read. */
export type SourceItem = { ok: true; input: RawInput } | { ok: false; label: string; error: AppError };
