import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type BlockList, type LookupFunction } from "node:net";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";
import { AppError } from "../../errors.ts";
import type { InputFormat, RawInput } from "../types.ts";
import { decodeBytes } from "./decode-bytes.ts";
import { isForbiddenAddress } from "./forbidden-addresses.ts";
import { ALLOW_PRIVATE_URLS_ENV, resolveReadOptions, tooLargeError, type ReadOptions } from "./read-options.ts";

export interface FetchUrlOptions extends ReadOptions {
  outletHint?: string;
  /** addresses refused when private URLs are not allowed, instead of isForbiddenAddress (tests narrow it to reach 127.0.0.1) */
  forbiddenAddresses?: BlockList;
}

type AddressCheck = (address: string) => boolean;

const inBlockList =
  (list: BlockList): AddressCheck =>
  (address) => {
    const family = isIP(address);
    return family === 0 || list.check(address, family === 6 ? "ipv6" : "ipv4");
  };

const MAX_REDIRECTS = 5;
const FORMAT_BY_CONTENT_TYPE: Record<string, InputFormat> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "text",
  "text/markdown": "markdown",
};
const REQUEST_HEADERS = {
  "user-agent": "Parallax/0.1 (self-hosted news comparison for fact-checkers)",
  accept: "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9",
  "accept-encoding": "gzip, deflate, br",
  "accept-language": "fr,en;q=0.8",
};

/**
 * Fetches one article page. Uses node:http rather than global fetch because only a `lookup` hook
 * checks the very address the socket connects to (no DNS-rebinding gap between check and connect),
 * on the first request and on every redirect, which are followed by hand for that reason.
 */
export async function fetchUrl(url: string, options: FetchUrlOptions = {}): Promise<RawInput> {
  const { maxBytes, allowPrivateUrls, fetchTimeoutMs } = resolveReadOptions(options);
  const forbidden: AddressCheck | null = allowPrivateUrls ? null : options.forbiddenAddresses ? inBlockList(options.forbiddenAddresses) : (address) => isForbiddenAddress(address);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), fetchTimeoutMs);
  try {
    let current = parseHttpUrl(url, url);
    for (let redirects = 0; ; redirects++) {
      const response = await sendRequest(current, forbidden, controller.signal, url);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304) {
        response.resume();
        const location = response.headers.location;
        if (!location) throw new AppError("URL_FETCH_FAILED", `${url}: the server answered ${status} without saying where to go.`);
        if (redirects >= MAX_REDIRECTS) throw new AppError("URL_FETCH_FAILED", `${url}: more than ${MAX_REDIRECTS} redirects.`);
        current = parseHttpUrl(new URL(location, current).href, url);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new AppError("URL_FETCH_FAILED", `${url}: the server answered ${status} ${response.statusMessage ?? ""}`.trimEnd() + ".");
      }
      return await readPage(response, current, url, { maxBytes, outletHint: options.outletHint });
    }
  } catch (error) {
    if (controller.signal.aborted) {
      throw new AppError("URL_TIMEOUT", `${url}: no complete answer within ${fetchTimeoutMs / 1000} s.`);
    }
    throw networkError(error, url);
  } finally {
    clearTimeout(timer);
  }
}

async function readPage(response: http.IncomingMessage, finalUrl: URL, label: string, options: { maxBytes: number; outletHint?: string }): Promise<RawInput> {
  const [mediaType = "", ...parameters] = (response.headers["content-type"] ?? "").split(";").map((part) => part.trim());
  const format = FORMAT_BY_CONTENT_TYPE[mediaType.toLowerCase()];
  if (!format) {
    response.resume();
    const given = mediaType ? `sent ${mediaType}` : "did not say what type the page is";
    throw new AppError("UNSUPPORTED_TYPE", `${label}: the server ${given}; Parallax reads HTML, plain text and Markdown pages.`);
  }
  const declaredLength = Number(response.headers["content-length"]);
  if (Number.isFinite(declaredLength) && declaredLength > options.maxBytes) {
    response.destroy();
    throw tooLargeError(label, declaredLength, options.maxBytes);
  }
  const bytes = await readBody(response, label, options.maxBytes);
  const charset = parameters.find((parameter) => /^charset=/i.test(parameter))?.slice("charset=".length).replace(/^["']|["']$/g, "");
  const { text, encoding } = decodeBytes(bytes, label, { maxBytes: options.maxBytes, declaredCharset: charset });
  return {
    sourceKind: "url",
    label,
    text,
    format,
    encoding,
    url: finalUrl.href,
    ...(options.outletHint ? { outletHint: options.outletHint } : {}),
  };
}

/** Reads the (decompressed) body, stopping as soon as it passes the cap: a compressed bomb stops too. */
async function readBody(response: http.IncomingMessage, label: string, maxBytes: number): Promise<Uint8Array> {
  const body = decompressed(response);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      body.destroy();
      response.destroy();
      throw tooLargeError(label, null, maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function decompressed(response: http.IncomingMessage): Readable {
  const coding = (response.headers["content-encoding"] ?? "").trim().toLowerCase();
  const decoder =
    coding === "gzip" || coding === "x-gzip"
      ? zlib.createGunzip()
      : coding === "deflate"
        ? zlib.createInflate()
        : coding === "br"
          ? zlib.createBrotliDecompress()
          : null;
  if (!decoder) return response;
  // pipeline destroys the decoder with the response's error, so the reader sees aborts too.
  return pipeline(response, decoder, () => {});
}

function sendRequest(url: URL, forbidden: AddressCheck | null, signal: AbortSignal, label: string): Promise<http.IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // A literal IP never goes through `lookup`, so it is checked here.
  if (forbidden && isIP(host) && forbidden(host)) throw forbiddenError(label, host, host);
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(url, {
      method: "GET",
      headers: REQUEST_HEADERS,
      signal,
      // No pooled sockets: a kept-alive socket would skip the address check of this request.
      agent: false,
      ...(forbidden ? { lookup: guardedLookup(forbidden, label) } : {}),
    });
    request.on("response", resolve);
    request.on("error", reject);
    request.end();
  });
}

/** Resolves like the default lookup, and refuses the host if any of its addresses is forbidden. */
function guardedLookup(forbidden: AddressCheck, label: string): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "");
      const refused = addresses.find((entry) => forbidden(entry.address));
      if (refused) return callback(forbiddenError(label, hostname, refused.address) as NodeJS.ErrnoException, "");
      const first = addresses[0];
      if (options.all) return callback(null, addresses);
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), "");
      return callback(null, first.address, first.family);
    });
  };
}

function parseHttpUrl(value: string, label: string): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new AppError("URL_INVALID", `${label} is not a valid URL.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new AppError("URL_INVALID", `${label}: only http and https URLs can be fetched (not ${url.protocol.replace(/:$/, "")}).`);
  }
  url.hash = "";
  return url;
}

function forbiddenError(label: string, host: string, address: string): AppError {
  const where = host === address ? address : `${host} (${address})`;
  return new AppError(
    "URL_FORBIDDEN",
    `${label}: ${where} is a local or private network address, which Parallax does not fetch. ` +
      `An administrator can allow it with ${ALLOW_PRIVATE_URLS_ENV}=1.`,
  );
}

function networkError(error: unknown, label: string): AppError {
  if (error instanceof AppError) return error;
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const reason: Record<string, string> = {
    ENOTFOUND: "the host name was not found",
    EAI_AGAIN: "the host name could not be resolved (no network or DNS?)",
    ECONNREFUSED: "the server refused the connection",
    ECONNRESET: "the server closed the connection",
    EHOSTUNREACH: "the server cannot be reached",
    ENETUNREACH: "the network cannot be reached",
    CERT_HAS_EXPIRED: "the site's TLS certificate has expired",
    DEPTH_ZERO_SELF_SIGNED_CERT: "the site's TLS certificate is self-signed",
    ERR_TLS_CERT_ALTNAME_INVALID: "the site's TLS certificate is for another name",
    Z_DATA_ERROR: "the server sent a corrupt compressed body",
  };
  return new AppError("URL_FETCH_FAILED", `${label}: ${reason[code] ?? `could not fetch the page${code ? ` (${code})` : ""}`}.`, { cause: error });
}
