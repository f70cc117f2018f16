import { NextResponse } from "next/server";

import { currentSession } from "@/lib/auth/cookies";
import { CMS_URL } from "@/lib/config";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; id: string; name: string }> };

/**
 * A file joined to a message of the exchange. The CMS gives it only to whom reads the thread,
 * with the agent's token: the browser never sees the token nor the CMS's address, and a link
 * passed on to someone else opens nothing without their own session.
 */
export async function GET(request: Request, { params }: Context) {
  const { slug, id, name } = await params;
  const session = await currentSession();
  if (!session) {
    const back = `/mon-espace/projets/${encodeURIComponent(slug)}/echanges/`;
    return NextResponse.redirect(new URL(`/connexion/?retour=${encodeURIComponent(back)}`, request.url), 303);
  }
  if (!/^[1-9][0-9]{0,18}$/.test(id)) return new NextResponse("Pièce jointe introuvable.", { status: 404 });
  const upstream = await fetch(`${CMS_URL}/echanges/pieces-jointes/${id}/${encodeURIComponent(name)}`, {
    cache: "no-store",
    headers: { Authorization: `Bearer ${session.token}` },
  });
  if (!upstream.ok || !upstream.body) {
    return new NextResponse("Pièce jointe introuvable, ou réservée aux membres qui lisent ce fil.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  }
  const headers = new Headers({ "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" });
  for (const header of ["Content-Type", "Content-Length", "Content-Disposition"]) {
    const value = upstream.headers.get(header);
    if (value) headers.set(header, value);
  }
  return new NextResponse(upstream.body, { status: 200, headers });
}
