import { currentSession } from "@/lib/auth/cookies";

export const dynamic = "force-dynamic";

/** What the header shows (the agent's name), read by a small client component: public pages stay cacheable. */
export async function GET(): Promise<Response> {
  const session = await currentSession();
  return Response.json(session ? { signedIn: true, name: session.name } : { signedIn: false }, {
    headers: { "Cache-Control": "private, no-store" },
  });
}
