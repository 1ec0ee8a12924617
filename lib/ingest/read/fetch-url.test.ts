import { once } from "node:events";
import http from "node:http";
import os from "node:os";
import { BlockList, type AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../errors.ts";
import { fetchUrl, type FetchUrlOptions } from "./fetch-url.ts";
import { isForbiddenAddress } from "./forbidden-addresses.ts";

const ARTICLE = "<!doctype html><html><head><title>EI</title></head><body><p>Bagdad, samedi.</p></body></html>";

/** A local news site: each path is one way a real site can answer. */
function handle(request: http.IncomingMessage, response: http.ServerResponse): void {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const send = (status: number, type: string, body: string | Uint8Array, headers: http.OutgoingHttpHeaders = {}) => {
    response.writeHead(status, { "content-type": type, ...headers });
    response.end(body);
  };
  switch (url.pathname) {
    case "/article":
      return send(200, "text/html; charset=utf-8", ARTICLE);
    case "/plain":
      return send(200, "text/plain", "Téhéran, dimanche.");
    case "/markdown":
      return send(200, "text/markdown; charset=UTF-8", "# Titre\n\nTexte.");
    case "/latin-15":
      // 0xA4 is "€" only in ISO-8859-15; the header is the only place that says so.
      return send(200, 'text/html; charset="iso-8859-15"', Uint8Array.from([0x3c, 0x70, 0x3e, 0x31, 0x30, 0x20, 0xa4]));
    case "/gzip":
      return send(200, "text/html", zlib.gzipSync(ARTICLE), { "content-encoding": "gzip" });
    case "/redirect":
      response.writeHead(302, { location: "/article#top" });
      return void response.end();
    case "/loop":
      response.writeHead(301, { location: "/loop" });
      return void response.end();
    case "/to-metadata":
      response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
      return void response.end();
    case "/to-private":
      response.writeHead(307, { location: "http://10.0.0.7/admin" });
      return void response.end();
    case "/missing":
      return send(404, "text/html", "<p>Not found</p>");
    case "/pdf":
      return send(200, "application/pdf", "%PDF-1.4");
    case "/big": {
      // No content-length: the cap must hold while streaming.
      response.writeHead(200, { "content-type": "text/html" });
      for (let index = 0; index < 50; index++) response.write("<p>" + "x".repeat(1000) + "</p>");
      return void response.end();
    }
    case "/big-declared":
      return send(200, "text/html", "x".repeat(5000), { "content-length": "5000" });
    case "/gzip-bomb":
      return send(200, "text/html", zlib.gzipSync("a".repeat(1_000_000)), { "content-encoding": "gzip" });
    case "/slow":
      setTimeout(() => send(200, "text/html", ARTICLE), 2000).unref();
      return;
    case "/stalls":
      response.writeHead(200, { "content-type": "text/html" });
      return void response.write("<p>début");
    case "/empty":
      return send(200, "text/html", "");
    default:
      return send(500, "text/plain", "unexpected path");
  }
}

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer(handle);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
});

const allowed: FetchUrlOptions = { allowPrivateUrls: true, maxBytes: 100_000, fetchTimeoutMs: 3000 };

async function fetchError(url: string, options: FetchUrlOptions): Promise<AppError> {
  try {
    await fetchUrl(url, options);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`expected ${url} to be refused`);
}

describe("fetchUrl", () => {
  it("refuses a local address unless private URLs are allowed, naming the variable", async () => {
    const error = await fetchError(`${base}/article`, { allowPrivateUrls: false });
    expect(error.code).toBe("URL_FORBIDDEN");
    expect(error.message).toBe(
      `${base}/article: 127.0.0.1 is a local or private network address, which Parallax does not fetch. An administrator can allow it with PARALLAX_ALLOW_PRIVATE_URLS=1.`,
    );
    const byName = await fetchError(`${base.replace("127.0.0.1", "localhost")}/article`, { allowPrivateUrls: false });
    expect(byName.code).toBe("URL_FORBIDDEN");
    expect(byName.message).toMatch(/localhost \((127\.0\.0\.1|::1)\) is a local or private network address/);
  });

  it("reads the environment when no option is given", async () => {
    const previous = process.env.PARALLAX_ALLOW_PRIVATE_URLS;
    try {
      process.env.PARALLAX_ALLOW_PRIVATE_URLS = "1";
      await expect(fetchUrl(`${base}/plain`)).resolves.toMatchObject({ text: "Téhéran, dimanche." });
      process.env.PARALLAX_ALLOW_PRIVATE_URLS = "0";
      await expect(fetchUrl(`${base}/plain`)).rejects.toMatchObject({ code: "URL_FORBIDDEN" });
    } finally {
      if (previous === undefined) delete process.env.PARALLAX_ALLOW_PRIVATE_URLS;
      else process.env.PARALLAX_ALLOW_PRIVATE_URLS = previous;
    }
  });

  it("fetches HTML, text and Markdown with allowPrivateUrls, following redirects", async () => {
    expect(await fetchUrl(`${base}/redirect`, { ...allowed, outletHint: "AFP" })).toEqual({
      sourceKind: "url",
      label: `${base}/redirect`,
      text: ARTICLE,
      format: "html",
      encoding: "utf-8",
      url: `${base}/article`,
      outletHint: "AFP",
    });
    expect(await fetchUrl(`${base}/plain`, allowed)).toMatchObject({ format: "text", text: "Téhéran, dimanche." });
    expect(await fetchUrl(`${base}/markdown`, allowed)).toMatchObject({ format: "markdown", text: "# Titre\n\nTexte." });
    expect(await fetchUrl(`${base}/gzip`, allowed)).toMatchObject({ text: ARTICLE });
  });

  it("honours the charset of the Content-Type header", async () => {
    expect(await fetchUrl(`${base}/latin-15`, allowed)).toMatchObject({ text: "<p>10 €", encoding: "iso-8859-15" });
  });

  it("checks every redirect target: a public page may not send us into the private network", async () => {
    // Treat the test server's 127.0.0.1 as public, keep the other private ranges refused.
    const forbiddenAddresses = new BlockList();
    forbiddenAddresses.addSubnet("169.254.0.0", 16, "ipv4");
    forbiddenAddresses.addSubnet("10.0.0.0", 8, "ipv4");
    const options: FetchUrlOptions = { ...allowed, allowPrivateUrls: false, forbiddenAddresses };
    await expect(fetchUrl(`${base}/article`, options)).resolves.toMatchObject({ text: ARTICLE });
    const metadata = await fetchError(`${base}/to-metadata`, options);
    expect(metadata).toMatchObject({ code: "URL_FORBIDDEN", message: expect.stringContaining("169.254.169.254 is a local or private network address") });
    await expect(fetchUrl(`${base}/to-private`, options)).rejects.toMatchObject({ code: "URL_FORBIDDEN" });
  });

  it("stops after 5 redirects", async () => {
    expect(await fetchError(`${base}/loop`, allowed)).toMatchObject({ code: "URL_FETCH_FAILED", message: `${base}/loop: more than 5 redirects.` });
  });

  it("times out", async () => {
    const started = Date.now();
    expect(await fetchError(`${base}/slow`, { ...allowed, fetchTimeoutMs: 200 })).toMatchObject({
      code: "URL_TIMEOUT",
      message: `${base}/slow: no complete answer within 0.2 s.`,
    });
    expect(await fetchError(`${base}/stalls`, { ...allowed, fetchTimeoutMs: 200 })).toMatchObject({ code: "URL_TIMEOUT" });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("reports a 404 with its status", async () => {
    expect(await fetchError(`${base}/missing`, allowed)).toMatchObject({ code: "URL_FETCH_FAILED", message: `${base}/missing: the server answered 404 Not Found.` });
  });

  it("refuses a PDF and an empty page", async () => {
    expect(await fetchError(`${base}/pdf`, allowed)).toMatchObject({
      code: "UNSUPPORTED_TYPE",
      message: `${base}/pdf: the server sent application/pdf; Parallax reads HTML, plain text and Markdown pages.`,
    });
    expect(await fetchError(`${base}/empty`, allowed)).toMatchObject({ code: "EMPTY_INPUT" });
  });

  it("enforces the size cap while streaming, declared or not, compressed or not", async () => {
    const options = { ...allowed, maxBytes: 4096 };
    expect(await fetchError(`${base}/big`, options)).toMatchObject({ code: "TOO_LARGE", message: expect.stringContaining("is larger than 4 KB, over the 4 KB limit") });
    expect(await fetchError(`${base}/big-declared`, options)).toMatchObject({ code: "TOO_LARGE", message: expect.stringContaining("is 4.9 KB") });
    expect(await fetchError(`${base}/gzip-bomb`, options)).toMatchObject({ code: "TOO_LARGE" });
  });

  it("accepts only http and https", async () => {
    expect(await fetchError("file:///etc/passwd", allowed)).toMatchObject({ code: "URL_INVALID", message: "file:///etc/passwd: only http and https URLs can be fetched (not file)." });
    expect(await fetchError("pas une url", allowed)).toMatchObject({ code: "URL_INVALID", message: "pas une url is not a valid URL." });
  });
});

describe("isForbiddenAddress", () => {
  it("refuses loopback, private, link-local, CGNAT, unique-local, unspecified and multicast", () => {
    const refused = ["127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fd00::1", "fe80::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"];
    const accepted = ["1.1.1.1", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"];
    expect(refused.filter((address) => !isForbiddenAddress(address))).toEqual([]);
    expect(accepted.filter((address) => isForbiddenAddress(address))).toEqual([]);
  });

  it("refuses documentation and other special-purpose ranges, and IPv6 spellings of a refused IPv4", () => {
    const refused = [
      "192.0.2.1", // TEST-NET-1
      "198.51.100.7", // TEST-NET-2
      "203.0.113.9", // TEST-NET-3
      "192.88.99.1", // old 6to4 relays
      "::7f00:1", // IPv4-compatible ::127.0.0.1
      "::a9fe:a9fe", // IPv4-compatible ::169.254.169.254
      "::ffff:0:a00:1", // IPv4-translated 10.0.0.1
      "64:ff9b::7f00:1", // NAT64 of 127.0.0.1
      "64:ff9b::a9fe:a9fe", // NAT64 of the cloud metadata address
      "64:ff9b:1::a00:1", // local-use NAT64
      "2002:7f00:1::1", // 6to4 of 127.0.0.1
      "2002:c0a8:101::", // 6to4 of 192.168.1.1
      "2001:0:4136:e378:8000:63bf:80ff:fffe", // Teredo, client 127.0.0.1
      "2001:0:a00:1:8000:63bf:f7f7:f7f7", // Teredo, server 10.0.0.1
      "2001:db8::1", // documentation
      "100::1", // discard
      "fe80::1%eth0", // link-local with a zone
      "not an address",
    ];
    const accepted = ["64:ff9b::808:808", "2002:808:808::1", "2001:0:4136:e378:8000:63bf:f7f7:f7f7", "2a00:1450:4007:80f::200e"];
    expect(refused.filter((address) => !isForbiddenAddress(address))).toEqual([]);
    expect(accepted.filter((address) => isForbiddenAddress(address))).toEqual([]);
  });

  it("refuses the host's own addresses, public ones included", () => {
    const own = Object.values(os.networkInterfaces()).flatMap((entries) => (entries ?? []).map((entry) => entry.address));
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((address) => !isForbiddenAddress(address))).toEqual([]);
    // a server with a public address: fetching it reaches whatever listens on 0.0.0.0 there
    const ownAddresses = ["93.184.216.34", "2606:4700:4700::1111"];
    expect(isForbiddenAddress("93.184.216.34", { ownAddresses })).toBe(true);
    expect(isForbiddenAddress("::ffff:93.184.216.34", { ownAddresses })).toBe(true);
    expect(isForbiddenAddress("2606:4700:4700:0:0:0:0:1111", { ownAddresses })).toBe(true);
    expect(isForbiddenAddress("93.184.216.35", { ownAddresses })).toBe(false);
  });
});
