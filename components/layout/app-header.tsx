import Link from "next/link";
import { ROLE_LABELS, type RoleCode } from "@/lib/domain/labels";
import { SignOutButton } from "./sign-out-button";

interface AppHeaderProps {
  tenantName: string;
  userName: string;
  role: RoleCode;
  providerName: string | null;
}

export function AppHeader({ tenantName, userName, role, providerName }: AppHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <div>
          <Link href="/" className="text-lg font-bold text-brand-700 hover:underline">
            Kvalitetsuppföljning
          </Link>
          <p className="text-sm text-slate-600">{tenantName}</p>
        </div>
        <div className="flex items-center gap-4 text-sm">
          <p className="text-right">
            <span className="block font-medium">{userName}</span>
            <span className="block text-slate-600">
              {ROLE_LABELS[role]}
              {providerName ? `, ${providerName}` : ""}
            </span>
          </p>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
