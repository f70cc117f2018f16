import type { PageByPathQuery } from "@/gql/graphql";

export type AnyPage = NonNullable<PageByPathQuery["page"]>;
export type PageOf<T extends AnyPage["__typename"]> = Extract<AnyPage, { __typename: T }>;
/** Query-string values of the request (filters, pagination), as Next gives them. */
export type SearchParams = Record<string, string | string[] | undefined>;
export type PageProps<T extends AnyPage["__typename"]> = { page: PageOf<T>; searchParams: SearchParams };
