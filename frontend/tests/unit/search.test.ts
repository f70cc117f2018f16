import { describe, expect, it } from "vitest";

import { autocompletePrefix, parseSearchParams, safeHighlight, safeHref, searchHref, toSearchFilter } from "@/lib/search";
import { offsetCursor } from "@/lib/listing";

describe("parseSearchParams", () => {
  it("reads the words, the facets, the sort and the page from the URL", () => {
    const { params, notices } = parseSearchParams({
      q: "  budget   participatif ",
      type: "inspiration.ExperiencePage",
      theme: ["democratie-participative", "culture"],
      territoire: "qpv",
      departement: ["2a", "2A"],
      niveau: "6",
      annee: "2021",
      tri: "date",
      page: "3",
    });
    expect(notices).toEqual([]);
    expect(params).toEqual({
      q: "budget participatif",
      filters: {
        contentType: ["inspiration.ExperiencePage"],
        theme: ["democratie-participative", "culture"],
        territoryType: ["qpv"],
        department: ["2A"],
        participationLevel: ["6"],
        year: ["2021"],
      },
      sort: "date",
      page: 3,
      exact: false,
    });
  });

  it("drops malformed values, each with a French notice, and keeps the good ones", () => {
    const { params, notices } = parseSearchParams({
      q: "culture",
      theme: ["culture", "<script>alert(1)</script>"],
      niveau: ["9", "abc", "2"],
      annee: "l'an dernier",
      departement: "999999",
      type: "javascript:alert(1)",
      tri: "hasard",
      page: "abc",
    });
    expect(params.filters).toEqual({ theme: ["culture"], participationLevel: ["2"] });
    expect(params.sort).toBe("pertinence");
    expect(params.page).toBe(1);
    expect(notices).toContain("Le filtre « Niveau de participation » contenait des valeurs invalides (« 9 », « abc ») : elles ont été ignorées.");
    expect(notices).toContain("Le filtre « Année » contenait une valeur invalide (« l'an dernier ») : elle a été ignorée.");
    expect(notices).toContain("Le tri « hasard » n'existe pas : les résultats sont classés par pertinence.");
    expect(notices).toContain("Le numéro de page « abc » n'est pas valide : la première page est affichée.");
    expect(notices.some((notice) => notice.includes("Thématique") && notice.includes("<script>"))).toBe(true);
    expect(notices.some((notice) => notice.includes("Département"))).toBe(true);
    expect(notices.some((notice) => notice.includes("Type de contenu"))).toBe(true);
  });

  it("refuses page numbers out of range and shortens overlong words", () => {
    for (const page of ["0", "-1", "1.5", "99999", "1e3"]) {
      const { params, notices } = parseSearchParams({ q: "culture", page });
      expect(params.page).toBe(1);
      expect(notices).toHaveLength(1);
    }
    const { params, notices } = parseSearchParams({ q: "a".repeat(500) });
    expect(params.q).toHaveLength(200);
    expect(notices).toEqual(["La recherche a été raccourcie à 200 caractères."]);
  });

  it("caps the number of values of a facet", () => {
    const years = Array.from({ length: 30 }, (_, index) => String(1990 + index));
    const { params, notices } = parseSearchParams({ q: "culture", annee: years });
    expect(params.filters.year).toHaveLength(20);
    expect(notices).toHaveLength(1);
  });

  it("round-trips through the URL", () => {
    const raw = { q: "démocratie", theme: ["culture", "sante"], niveau: "6", tri: "date", page: "2", exact: "1" };
    const { params } = parseSearchParams(raw);
    const href = searchHref(params);
    expect(href).toBe("/recherche/?q=d%C3%A9mocratie&theme=culture&theme=sante&niveau=6&tri=date&exact=1&page=2");
    const again = parseSearchParams(Object.fromEntries([...new URL(href, "http://site").searchParams.keys()].map((key) => [key, new URL(href, "http://site").searchParams.getAll(key)])));
    expect(again.params).toEqual(params);
  });

  it("sends numbers where the API takes numbers", () => {
    const { params } = parseSearchParams({ q: "x", niveau: ["6", "7"], annee: "2021", theme: "culture" });
    expect(toSearchFilter(params.filters)).toEqual({ theme: ["culture"], participationLevel: [6, 7], year: [2021] });
    expect(toSearchFilter({})).toBeNull();
  });
});

describe("safeHighlight", () => {
  it("keeps <mark> and nothing else", () => {
    expect(safeHighlight("La <mark>démocratie</mark> culturelle")).toBe("La <mark>démocratie</mark> culturelle");
    expect(safeHighlight('<mark>x</mark><img src=x onerror="alert(1)"><script>alert(1)</script>')).toBe(
      "<mark>x</mark>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
    );
    expect(safeHighlight('<mark class="x">a</mark>')).toBe("&lt;mark class=&quot;x&quot;&gt;a</mark>");
    expect(safeHighlight("<MARK>a</MARK>")).toBe("&lt;MARK&gt;a&lt;/MARK&gt;");
  });

  it("keeps the entities the CMS escaped, without escaping them twice", () => {
    expect(safeHighlight("groupes locaux d&#x27;orientation &amp; <mark>culture</mark> &lt;b&gt;")).toBe(
      "groupes locaux d&#x27;orientation &amp; <mark>culture</mark> &lt;b&gt;",
    );
    expect(safeHighlight("R&D & co")).toBe("R&amp;D &amp; co");
  });
});

describe("links and cursors", () => {
  it("only renders site paths and http(s) addresses", () => {
    expect(safeHref("/experiences/sene/")).toBe("/experiences/sene/");
    expect(safeHref("https://www.anct.gouv.fr/")).toBe("https://www.anct.gouv.fr/");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("//evil.example/")).toBeNull();
    expect(safeHref("")).toBeNull();
  });

  it("builds the CMS's offset cursors with Python's padding", () => {
    // base64.urlsafe_b64encode(b"offset:9") == b"b2Zmc2V0Ojk="
    expect(offsetCursor(10)).toBe("b2Zmc2V0Ojk=");
    expect(offsetCursor(0)).toBeUndefined();
    expect(Buffer.from(offsetCursor(980) ?? "", "base64").toString()).toBe("offset:979");
  });

  it("asks suggestions from 2 to 200 characters", () => {
    expect(autocompletePrefix("c")).toBeNull();
    expect(autocompletePrefix("  cu ")).toBe("cu");
    expect(autocompletePrefix("x".repeat(201))).toBeNull();
    expect(autocompletePrefix(null)).toBeNull();
  });
});
