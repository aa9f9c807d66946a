"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { createContext, use } from "react";
import { DataTable, type DataTableFeatures } from "@/components/tables/data-table";
import type { UserRow } from "@/lib/data/users";
import { ROLE_LABELS, type RoleCode } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/format";
import type { FormState } from "@/lib/validation/form-state";
import { UserRowActions } from "./user-row-actions";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

interface RowActionsContext {
  providers: { id: string; name: string }[];
  changeRole: Action;
  setActive: Action;
}

// The row actions read their props from context so the column definitions can stay at module
// level: columns rebuilt on every render would remount the cells and lose each form's message.
const RowActions = createContext<RowActionsContext | null>(null);

function RowActionsCell({ row }: { row: UserRow }) {
  const context = use(RowActions);
  if (!context) return null;
  return (
    <UserRowActions
      membershipId={row.membershipId}
      name={row.name}
      role={row.role as RoleCode}
      providerId={row.providerId}
      active={row.active}
      providers={context.providers}
      changeRole={context.changeRole}
      setActive={context.setActive}
    />
  );
}

const helper = createColumnHelper<DataTableFeatures, UserRow>();

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
  helper.display({ id: "actions", header: "Ändra", cell: ({ row }) => <RowActionsCell row={row.original} /> }),
]);

interface UsersTableProps extends RowActionsContext {
  users: UserRow[];
}

export function UsersTable({ users, providers, changeRole, setActive }: UsersTableProps) {
  return (
    <RowActions value={{ providers, changeRole, setActive }}>
      <DataTable
        label="Användare"
        columns={columns}
        data={users}
        searchLabel="Sök person"
        emptyMessage="Inga användare matchar sökningen."
        getRowId={(row) => row.membershipId}
      />
    </RowActions>
  );
}
