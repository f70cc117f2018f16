// TEMPORARY: the operations of graphql/pending-operations/ (see its README), until the CMS's schema
// has signInWithProConnect, signOut, me.memberships and requestMembership. Same text as those
// files; then they move to graphql/operations/ and this module goes.
import { TypedDocumentString } from "@/gql/graphql";

type MutationError = { field?: string | null; code: string; message: string };

export const SignInWithProConnectDocument = new TypedDocumentString<
  {
    signInWithProConnect?: {
      token?: string | null;
      expiresAt?: string | null;
      me?: { username: string; firstName: string; lastName: string } | null;
      errors: MutationError[];
    } | null;
  },
  { idToken: string }
>(`mutation SignInWithProConnect($idToken: String!) {
  signInWithProConnect(idToken: $idToken) {
    token
    expiresAt
    me { username firstName lastName }
    errors { field code message }
  }
}`);

export const SignOutDocument = new TypedDocumentString<{ signOut?: { errors: MutationError[] } | null }, Record<string, never>>(
  `mutation SignOut {
  signOut { errors { field code message } }
}`,
);

export type Membership = {
  localAuthority: { id: string; name: string; kind: string };
  status: string;
  isReferent: boolean;
  requestedAt?: string | null;
  decidedAt?: string | null;
  refusalReason?: string | null;
};

export const MembershipsDocument = new TypedDocumentString<{ me?: { memberships: Membership[] } | null }, Record<string, never>>(
  `query Memberships {
  me {
    memberships { localAuthority { id name kind } status isReferent requestedAt decidedAt refusalReason }
  }
}`,
);

export const RequestMembershipDocument = new TypedDocumentString<
  { requestMembership?: { errors: MutationError[] } | null },
  { localAuthority: string; message?: string | null }
>(`mutation RequestMembership($localAuthority: ID!, $message: String) {
  requestMembership(localAuthority: $localAuthority, message: $message) {
    errors { field code message }
  }
}`);
