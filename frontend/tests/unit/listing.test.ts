import { describe, expect, it } from "vitest";

import { dropUnknown, hasUnknown, parseExperienceFilters, toExperienceFilter, type FacetOptions } from "@/lib/experienceFilters";
import type { Taxonomy } from "@/lib/taxonomy";

// Slugs in the URL, global ids for the API (base64 of "Theme:1").
const taxonomy: Taxonomy = {
  themeId: (slug) => ({ culture: "VGhlbWU6MQ==" })[slug],
  territoryTypeId: (slug) => ({ rural: "VGVycml0b3J5VHlwZTox" })[slug],
};
import { afterCursor, countLabel, listingHref, nodesOf, parsePage, pastLastPage } from "@/lib/listing";

const OPTIONS: FacetOptions = {
  theme: [{ value: "culture", label: "Culture" }],
  territoire: [{ value: "ruralites", label: "Ruralités" }],
  departement: [{ value: "56", label: "56 — Morbihan" }, { value: "2A", label: "2A — Corse-du-Sud" }],
  niveau: [{ value: "6", label: "6 — Partenariat" }],
};

describe("experience facets in the URL", () => {
  it("keeps well-formed values and builds the API filter", () => {
    const parsed = parseExperienceFilters({ theme: "culture", departement: "2a", niveau: "6", page: "2" });
    expect(parsed.notices).toEqual([]);
    expect(parsed.page).toBe(2);
    expect(toExperienceFilter(parsed.values, taxonomy)).toEqual({ theme: "VGhlbWU6MQ==", department: "2A", participationLevel: 6 });
  });

  it("ignores malformed values with a French notice, never sends them", () => {
    const parsed = parseExperienceFilters({ theme: "<script>", niveau: "9", departement: "Paris", page: "abc" });
    expect(toExperienceFilter(parsed.values, taxonomy)).toBeUndefined();
    expect(parsed.page).toBe(1);
    expect(parsed.notices).toHaveLength(4);
    expect(parsed.notices[0]).toContain("« <script> » n'est pas valide");
    expect(parsed.notices.at(-1)).toContain("« abc »");
  });

  it("keeps the first of repeated values and says so", () => {
    const parsed = parseExperienceFilters({ theme: ["culture", "sante"] });
    expect(parsed.values.theme).toBe("culture");
    expect(parsed.notices[0]).toContain("une seule valeur");
  });

  it("drops values the CMS does not know", () => {
    const parsed = parseExperienceFilters({ theme: "inconnue", territoire: "ruralites" });
    expect(hasUnknown(parsed, OPTIONS)).toBe(true);
    const known = dropUnknown(parsed, OPTIONS);
    expect(known.values).toEqual({ territoire: "ruralites" });
    expect(known.notices[0]).toContain("« inconnue » ne correspond à aucune valeur connue");
    expect(hasUnknown(known, OPTIONS)).toBe(false);
  });

  it("reads no filter at all as no filter", () => {
    expect(toExperienceFilter(parseExperienceFilters({}).values, taxonomy)).toBeUndefined();
    expect(toExperienceFilter({ theme: "inconnue" }, taxonomy)).toBeUndefined();
  });
});

describe("pagination", () => {
  it("accepts whole page numbers from 1 only", () => {
    expect(parsePage({})).toEqual({ page: 1 });
    expect(parsePage({ page: "3" })).toEqual({ page: 3 });
    for (const bad of ["0", "-1", "1.5", "abc", "99999999"]) {
      const parsed = parsePage({ page: bad });
      expect(parsed.page).toBe(1);
      expect(parsed.notice).toContain(`« ${bad} »`);
    }
  });

  it("starts page n after the last item of page n − 1 (the CMS's offset cursors, padded base64url)", () => {
    expect(afterCursor(1)).toBeUndefined();
    expect(Buffer.from(afterCursor(2, 12)!, "base64").toString()).toBe("offset:11");
    expect(Buffer.from(afterCursor(3, 12)!, "base64").toString()).toBe("offset:23");
    expect(afterCursor(2, 12)).toMatch(/^[A-Za-z0-9_-]+=*$/);
  });

  it("says when a page is past the last one", () => {
    expect(pastLastPage(2, 13)).toBeUndefined();
    expect(pastLastPage(2, 12)).toContain("une seule page");
    expect(pastLastPage(3, 3)).toContain("une seule page");
    expect(pastLastPage(5, 30)).toContain("3 pages");
    expect(pastLastPage(2, 0)).toBeUndefined();
  });

  it("builds listing links without empty values nor page 1", () => {
    expect(listingHref("/experiences/", { theme: "culture", niveau: undefined, page: 1 })).toBe("/experiences/?theme=culture");
    expect(listingHref("/experiences/", { theme: "culture", page: 2 })).toBe("/experiences/?theme=culture&page=2");
    expect(listingHref("/experiences/", {})).toBe("/experiences/");
  });
});

describe("words", () => {
  it("counts in French", () => {
    expect(countLabel(0, "expérience", "expériences", "Aucune expérience")).toBe("Aucune expérience");
    expect(countLabel(1, "expérience", "expériences", "Aucune expérience")).toBe("1 expérience");
    expect(countLabel(1200, "expérience", "expériences", "Aucune expérience")).toMatch(/^1\s200 expériences$/);
  });

  it("keeps the nodes of edges, skipping nulls", () => {
    expect(nodesOf([{ node: 1 }, null, { node: null }, { node: 2 }])).toEqual([1, 2]);
  });
});

describe("event times", () => {
  it("shows an event at its own wall-clock time", async () => {
    const { formatLocalDateTime } = await import("@/lib/labels");
    expect(formatLocalDateTime("2021-06-15T09:30:00+02:00")).toBe("15 juin 2021 à 9 h 30");
    expect(formatLocalDateTime("2021-07-01T18:00:00-04:00")).toBe("1er juillet 2021 à 18 h 00");
    expect(formatLocalDateTime("garbage")).toBe("");
  });
});
