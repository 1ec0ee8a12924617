// Where the sign-in page sends a user back to. Prefix checks ("starts with / but not //") lose to
// the browser's own URL rules: it drops tabs and newlines and reads "\" as "/", so "/\t/evil.example"
// became "//evil.example". Parsing with the same WHATWG URL rules the browser uses closes that class.

const BASE = new URL("http://parallax.invalid");

/** A path of this site (path + query + fragment), or "/events" for anything that could leave it. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value) return "/events";
  let target: URL;
  try {
    target = new URL(value, BASE);
  } catch {
    return "/events";
  }
  if (target.origin !== BASE.origin) return "/events";
  const path = `${target.pathname}${target.search}${target.hash}`;
  // dot segments can leave a path that itself reads as another host ("/.//evil" → "//evil")
  return new URL(path, BASE).origin === BASE.origin ? path : "/events";
}
