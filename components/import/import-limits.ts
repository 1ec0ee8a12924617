// One web import request, checked in the browser before upload and again by the server action.
// next.config.ts caps a server action body at 56 MB (a 50 MB JSONL feed must fit); staying under it keeps the refusal a clear
// message instead of a framework error. Each item is also capped by importInputs
// (PARALLAX_MAX_INPUT_BYTES).
export const IMPORT_LIMITS = {
  maxFiles: 100,
  maxTotalBytes: 55 * 1024 * 1024,
  maxUrlLength: 2048,
  maxOutletLength: 200,
} as const;

export const ACCEPTED_FILE_TYPES = ".txt,.md,.markdown,.html,.htm,.jsonl";
