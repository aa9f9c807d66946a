import { z } from "./zod";

export const ROLE_CODES = ["ADMIN", "QUALITY_DEVELOPER", "SOCIAL_SECRETARY", "PROVIDER", "READER"] as const;

const providerForRole = <T extends { role: string; providerId?: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.role === "PROVIDER" && !value.providerId) {
    ctx.addIssue({ code: "custom", path: ["providerId"], message: "Välj vilken utförare personen företräder." });
  }
};

const optionalUuid = z.preprocess((value) => (value === "" ? undefined : value), z.uuid("Ogiltigt val.").optional());

export const inviteUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email("Ange en giltig e-postadress.")),
    name: z.string().trim().min(2, "Ange personens namn.").max(120, "Namnet får vara högst 120 tecken."),
    role: z.enum(ROLE_CODES, "Välj en roll."),
    providerId: optionalUuid,
  })
  .superRefine(providerForRole);
export type InviteUserInput = z.infer<typeof inviteUserSchema>;

export const changeRoleSchema = z
  .object({
    membershipId: z.uuid(),
    role: z.enum(ROLE_CODES, "Välj en roll."),
    providerId: optionalUuid,
  })
  .superRefine(providerForRole);
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const setActiveSchema = z.object({
  membershipId: z.uuid(),
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});
