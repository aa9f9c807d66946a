"use client";

import { useEffect } from "react";

const FIVE_MINUTES = 5 * 60_000;

/**
 * Keeps an active person's session alive: on interaction, at most every five minutes, it asks
 * next-auth for the session, which re-issues the cookie with a fresh "last seen" time. Someone
 * who does nothing for 30 minutes is signed out on their next request (lib/auth/options.ts).
 */
export function ActivityHeartbeat() {
  useEffect(() => {
    let last = Date.now();
    const onActivity = () => {
      if (Date.now() - last < FIVE_MINUTES) return;
      last = Date.now();
      void fetch("/api/auth/session", { credentials: "same-origin" });
    };
    const events = ["pointerdown", "keydown"] as const;
    events.forEach((name) => window.addEventListener(name, onActivity, { passive: true }));
    return () => events.forEach((name) => window.removeEventListener(name, onActivity));
  }, []);
  return null;
}
