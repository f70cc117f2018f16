import type { CodegenConfig } from "@graphql-codegen/cli";

// Types and documents generated from the committed contract only (graphql/schema.graphql and
// graphql/operations): the site never runs a query that is not committed there.
const config: CodegenConfig = {
  schema: "../graphql/schema.graphql",
  documents: ["../graphql/operations/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    [process.env.CODEGEN_OUT ?? "./gql/"]: {
      preset: "client",
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: "string", Date: "string", JSONString: "string", Decimal: "string" },
      },
    },
  },
};

export default config;
