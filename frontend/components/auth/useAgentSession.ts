"use client";

import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";

export type AgentSessionState = { signedIn: false } | { signedIn: true; name: string };

/**
 * The header's sign-in state, asked of /api/auth/session in the browser: the server-rendered (and
 * cached) public pages never contain an agent's name.
 */
export function useAgentSession(): AgentSessionState {
  const pathname = usePathname();
  const [state, setState] = useState<AgentSessionState>({ signedIn: false });
  useEffect(() => {
    let cancelled = false;
    fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" })
      .then((response) => (response.ok ? (response.json() as Promise<AgentSessionState>) : { signedIn: false as const }))
      .then((next) => {
        if (!cancelled) setState(next);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [pathname]);
  return state;
}
