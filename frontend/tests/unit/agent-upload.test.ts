import { describe, expect, it } from "vitest";

import { describeErrors, formField } from "@/lib/auth/forms";
import { requestBody } from "@/lib/cmsAgent";

describe("envoi des fichiers de « Mon espace » au CMS", () => {
  it("suit la spécification multipart de GraphQL quand il y a des fichiers, du JSON sinon", async () => {
    const plain = requestBody("mutation M { x }", { a: 1 });
    expect(plain.headers["Content-Type"]).toBe("application/json");
    const image = new File([new Uint8Array([1, 2, 3])], "marche.png", { type: "image/png" });
    const { body, headers } = requestBody("mutation M($input: I!) { x }", { input: { image: { file: null } } }, { "variables.input.image.file": image });
    expect(headers["Content-Type"]).toBeUndefined();
    const form = body as FormData;
    expect(JSON.parse(String(form.get("operations"))).variables.input.image.file).toBeNull();
    expect(JSON.parse(String(form.get("map")))).toEqual({ "0": ["variables.input.image.file"] });
    expect((form.get("0") as File).name).toBe("marche.png");
  });

  it("place le refus d'un fichier sous son champ", () => {
    expect(formField("documents.1.file")).toBe("documents");
    expect(formField("image.file")).toBe("image");
    expect(formField("title")).toBe("title");
    const { fields } = describeErrors([{ field: "images.0.file", code: "FILE_TYPE_NOT_ALLOWED", message: "« carte.svg » n'est pas une image acceptée." }]);
    expect(fields).toEqual([{ field: "images", message: "« carte.svg » n'est pas une image acceptée." }]);
  });
});
