/** Only a path of this site may be a return address: "//evil.example" or "https://…" would be an open redirect. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/events";
  return value;
}
