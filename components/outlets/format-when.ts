const whenFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Review dates as the event history shows them: "3 Mar 2025, 14:05 UTC". */
export function formatWhen(iso: string): string {
  return `${whenFormat.format(new Date(iso))} UTC`;
}
