import { NextResponse } from "next/server";

import { MyNewsletterExportDocument } from "@/gql/graphql";
import { currentSession } from "@/lib/auth/cookies";
import { AgentTokenRefusedError, cmsAgentQuery } from "@/lib/cmsAgent";

export const dynamic = "force-dynamic";

/** RGPD, right of access: what the CMS keeps about the agent's subscription, as a JSON file. */
export async function GET(request: Request) {
  const session = await currentSession();
  const signIn = new URL("/connexion/?retour=/mon-espace/lettre/", request.url);
  if (!session) return NextResponse.redirect(signIn, 303);
  let data;
  try {
    data = await cmsAgentQuery(MyNewsletterExportDocument, {}, session.token);
  } catch (error) {
    if (error instanceof AgentTokenRefusedError) return NextResponse.redirect(signIn, 303);
    throw error;
  }
  const exported = JSON.parse(data.myNewsletterSubscription?.export ?? "{}") as unknown;
  return new NextResponse(JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mes-donnees-lettre-d-information.json"',
      "Cache-Control": "private, no-store",
    },
  });
}
