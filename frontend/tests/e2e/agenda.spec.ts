import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";
import ICAL from "ical.js";

import { demo } from "./support/demo";

test("ouvrir un événement et ajouter son .ics à mon agenda", async ({ page }) => {
  await page.goto(demo.agenda);
  await page.getByRole("main").getByRole("link", { name: new RegExp(demo.event.title.replace(/[()]/g, "\\$&")) }).first().click();
  await expect(page).toHaveURL(new RegExp(`${demo.event.path}$`));
  await expect(page.getByRole("heading", { level: 1, name: demo.event.title })).toBeVisible();
  // The date in French, in Paris time.
  await expect(page.getByRole("main").getByText(/15 juin 2021/).first()).toBeVisible();
  await expect(page.getByRole("main").getByText(/11\s?h\s?30|11:30/).first()).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /ajouter à mon agenda/i }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const text = await readFile((await download.path())!, "utf8");

  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent("vevent");
  expect(event, "un VEVENT").toBeTruthy();
  expect(event!.getFirstPropertyValue("summary")).toBe(demo.event.title);
  const dtstart = event!.getFirstProperty("dtstart")!;
  expect(dtstart.getParameter("tzid")).toBe("Europe/Paris");
  const start = dtstart.getFirstValue() as ICAL.Time;
  expect({ year: start.year, month: start.month, day: start.day, hour: start.hour, minute: start.minute }).toEqual(demo.event.start);
  const zone = calendar.getAllSubcomponents("vtimezone").map((component) => component.getFirstPropertyValue("tzid"));
  expect(zone).toContain("Europe/Paris");
});
