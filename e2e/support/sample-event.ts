import type { Page } from "@playwright/test";

/** The id of the [Sample] border-crossing event (data/demo, imported by compare.spec.ts). */
export async function sampleEventId(page: Page): Promise<string> {
  await page.goto("/events");
  const row = page.getByTestId("event-row").filter({ hasText: "[Sample]" }).first();
  const id = await row.getAttribute("data-event-id");
  if (!id) throw new Error("the sample event is not in the events list");
  return id;
}
