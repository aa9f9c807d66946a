import Link from "next/link";
import type { NavItem } from "@/lib/auth/navigation";
import { ROLE_LABELS, type RoleCode } from "@/lib/domain/labels";
import type { FormState } from "@/lib/validation/form-state";
import { MainNav } from "./main-nav";
import { SignOutButton } from "./sign-out-button";
import { TenantSwitcher } from "./tenant-switcher";

interface AppHeaderProps {
  tenantId: string;
  tenantName: string;
  tenants: { id: string; name: string }[];
  userName: string;
  role: RoleCode;
  providerName: string | null;
  navigation: NavItem[];
  switchTenant: (state: FormState, formData: FormData) => Promise<FormState>;
}

export function AppHeader({ tenantId, tenantName, tenants, userName, role, providerName, navigation, switchTenant }: AppHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <div>
          <Link href="/" className="text-lg font-bold text-brand-700 hover:underline">
            Kvalitetsuppföljning
          </Link>
          {tenants.length > 1 ? (
            <TenantSwitcher current={tenantId} tenants={tenants} action={switchTenant} />
          ) : (
            <p className="text-sm text-slate-600">{tenantName}</p>
          )}
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
      <MainNav items={navigation} />
    </header>
  );
}
