import { describe, expect, it } from "vitest";

import { formatEventPeriod, ianaTimeZone } from "@/lib/agenda";
import { afterCursor, countLabel, parsePage } from "@/lib/listing";

describe("formatEventPeriod", () => {
  it("gives a one-day event its day and hours in Paris time", () => {
    expect(formatEventPeriod("2021-06-30T14:00:00+02:00", "2021-06-30T15:30:00+02:00", "EUROPE_PARIS")).toBe(
      "Mercredi 30 juin 2021, de 14 h 00 à 15 h 30 (heure de Paris)",
    );
  });

  it("spans several days with both ends", () => {
    expect(formatEventPeriod("2021-09-13T07:00:00+00:00", "2021-09-17T16:00:00+00:00", "EUROPE_PARIS")).toBe(
      "Du lundi 13 septembre 2021 à 9 h 00 au vendredi 17 septembre 2021 à 18 h 00 (heure de Paris)",
    );
  });

  it("keeps an overseas event in its own time zone", () => {
    expect(ianaTimeZone("INDIAN_REUNION")).toBe("Indian/Reunion");
    expect(formatEventPeriod("2021-04-01T06:00:00+00:00", "2021-04-01T08:00:00+00:00", "INDIAN_REUNION")).toBe(
      "Jeudi 1er avril 2021, de 10 h 00 à 12 h 00 (heure de La Réunion)",
    );
  });
});

describe("pagination from the URL", () => {
  it("reads ?page strictly and flags garbage", () => {
    expect(parsePage({})).toEqual({ page: 1 });
    expect(parsePage({ page: "3" })).toEqual({ page: 3 });
    expect(parsePage({ page: "abc" }).page).toBe(1);
    expect(parsePage({ page: "abc" }).notice).toContain("n'est pas valide");
    expect(parsePage({ page: "0" }).notice).toBeDefined();
    expect(parsePage({ page: ["2", "5"] }).page).toBe(2);
  });

  it("starts page N after the last item of page N-1, as the CMS's cursors count", () => {
    expect(afterCursor(1, 10)).toBeUndefined();
    // base64url("offset:9") with its padding, as Python's urlsafe_b64encode writes it
    expect(afterCursor(2, 10)).toBe("b2Zmc2V0Ojk=");
  });


  it("says counts in French", () => {
    expect(countLabel(0, "événement", "événements")).toBe("0 événement");
    expect(countLabel(1, "événement", "événements")).toBe("1 événement");
    expect(countLabel(12, "lettre", "lettres")).toBe("12 lettres");
  });
});
