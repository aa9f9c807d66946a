"use client";

import { signIn } from "next-auth/react";

export function SsoButton({ providerId, name, callbackUrl }: { providerId: string; name: string; callbackUrl: string }) {
  return (
    <button
      type="button"
      onClick={() => void signIn(providerId, { callbackUrl })}
      className="mt-4 w-full rounded-md border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-50"
    >
      Logga in med {name}
    </button>
  );
}
