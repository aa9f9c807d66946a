"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { TENANT_COOKIE } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

const switchTenantSchema = z.object({ tenantId: z.uuid("Välj en kommun i listan.") });

/** Switches the active tenant to another one the person belongs to. */
export const switchTenant = formAction({ name: "switchTenant", permission: "tenant.switch" }, switchTenantSchema, async (input, actor) => {
  if (!actor.memberships.some((membership) => membership.tenantId === input.tenantId)) throw new AppError("NOT_FOUND");
  (await cookies()).set(TENANT_COOKIE, input.tenantId, { httpOnly: true, sameSite: "lax", secure: process.env.NODE_ENV === "production", path: "/" });
  redirect("/");
});
