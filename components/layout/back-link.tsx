import Link from "next/link";
import type { ReactNode } from "react";

/** The page a sub-page belongs to, above its heading. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="text-sm">
      <Link href={href} className="text-brand-700 underline">
        {children}
      </Link>
    </p>
  );
}
