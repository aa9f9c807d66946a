"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type DataTableFeatures } from "@/components/tables/data-table";
import type { UserRow } from "@/lib/data/users";
import { ROLE_LABELS, type RoleCode } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/format";
import type { FormState } from "@/lib/validation/form-state";
import { UserRowActions } from "./user-row-actions";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

interface UsersTableProps {
  users: UserRow[];
  providers: { id: string; name: string }[];
  changeRole: Action;
  setActive: Action;
}

const helper = createColumnHelper<DataTableFeatures, UserRow>();

export function UsersTable({ users, providers, changeRole, setActive }: UsersTableProps) {
  const columns = helper.columns([
    helper.accessor("name", { header: "Namn", sortFn: "alphanumeric" }),
    helper.accessor("email", { header: "E-post" }),
    helper.accessor((row) => `${ROLE_LABELS[row.role as RoleCode]}${row.providerName ? `, ${row.providerName}` : ""}`, {
      id: "role",
      header: "Roll",
    }),
    helper.accessor((row) => (row.active ? "Aktiv" : "Inaktiv"), { id: "status", header: "Status" }),
    helper.accessor("lastSignInAt", {
      header: "Senast inloggad",
      sortFn: "datetime",
      cell: (info) => formatDateTime(info.getValue()),
      enableGlobalFilter: false,
    }),
    helper.display({
      id: "actions",
      header: "Ändra",
      cell: ({ row }) => (
        <UserRowActions
          membershipId={row.original.membershipId}
          name={row.original.name}
          role={row.original.role as RoleCode}
          providerId={row.original.providerId}
          active={row.original.active}
          providers={providers}
          changeRole={changeRole}
          setActive={setActive}
        />
      ),
    }),
  ]);
  return <DataTable label="Användare" columns={columns} data={users} searchLabel="Sök person" emptyMessage="Inga användare matchar sökningen." />;
}
