import { AppError } from "../../errors.ts";

export interface ReadOptions {
  /** largest input accepted, in bytes; default PARALLAX_MAX_INPUT_BYTES or 5 MB */
  maxBytes?: number;
  /** fetch URLs that resolve to loopback or private networks; default PARALLAX_ALLOW_PRIVATE_URLS === "1" */
  allowPrivateUrls?: boolean;
  fetchTimeoutMs?: number;
}

export type ResolvedReadOptions = Required<ReadOptions>;

export const MAX_INPUT_BYTES_ENV = "PARALLAX_MAX_INPUT_BYTES";
export const ALLOW_PRIVATE_URLS_ENV = "PARALLAX_ALLOW_PRIVATE_URLS";
export const DEFAULT_MAX_INPUT_BYTES = 5 * 1024 * 1024;
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;

/** Options win over the environment, read at call time so a server picks up a changed .env on restart only. */
export function resolveReadOptions(options: ReadOptions = {}, env: NodeJS.ProcessEnv = process.env): ResolvedReadOptions {
  return {
    maxBytes: options.maxBytes ?? maxBytesFromEnv(env),
    allowPrivateUrls: options.allowPrivateUrls ?? env[ALLOW_PRIVATE_URLS_ENV] === "1",
    fetchTimeoutMs: options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
  };
}

function maxBytesFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env[MAX_INPUT_BYTES_ENV]?.trim();
  if (!raw) return DEFAULT_MAX_INPUT_BYTES;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new AppError("INVALID_ARGUMENT", `${MAX_INPUT_BYTES_ENV} must be a positive whole number of bytes, not "${raw}".`);
  }
  return value;
}

/** `size` is null when a stream was cut at the cap before its real size was known. */
export function tooLargeError(label: string, size: number | null, maxBytes: number): AppError {
  const actual = size === null ? `is larger than ${formatBytes(maxBytes)}` : `is ${formatBytes(size)}`;
  const exact = maxBytes < 1024 ? "" : ` (${maxBytes} bytes)`;
  return new AppError(
    "TOO_LARGE",
    `${label} ${actual}, over the ${formatBytes(maxBytes)} limit${exact}. ` +
      `To accept it, set ${MAX_INPUT_BYTES_ENV} to a larger number of bytes.`,
  );
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${trimDecimal(bytes / 1024)} KB`;
  return `${trimDecimal(bytes / (1024 * 1024))} MB`;
}

function trimDecimal(value: number): string {
  return value.toFixed(1).replace(/\.0$/, "");
}
