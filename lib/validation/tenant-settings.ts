import { z } from "./zod";
import { DEFAULT_SCORING, type ScoringConfig } from "@/lib/scoring/engine";

const share = z.number().min(0).max(1);

/** Points per result and the grade thresholds; an inconsistent stored value falls back to the defaults. */
export const scoringConfigSchema: z.ZodType<ScoringConfig> = z
  .object({
    points: z.object({ ACHIEVED: share, PARTIALLY_ACHIEVED: share, NOT_ACHIEVED: share, YES: share, IN_PROGRESS: share, NO: share }),
    thresholds: z.object({ notablyMature: share, adequate: share }),
  })
  .refine((config) => config.thresholds.adequate < config.thresholds.notablyMature);

/** A tenant's settings, stored as JSON on the tenant; unknown or broken values fall back to defaults. */
export const tenantSettingsSchema = z.object({
  suppressionThreshold: z.number().int().min(1).max(50).catch(5).default(5),
  requireTwoFactorForAll: z.boolean().catch(false).default(false),
  scoring: scoringConfigSchema.catch(DEFAULT_SCORING).default(DEFAULT_SCORING),
});
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

export function parseTenantSettings(value: unknown): TenantSettings {
  return tenantSettingsSchema.parse(value && typeof value === "object" ? value : {});
}

/** The admin's form for the security settings. */
export const securitySettingsSchema = z.object({
  requireTwoFactorForAll: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
});

const percentField = (label: string) =>
  z.coerce
    .number(`${label}: skriv ett tal mellan 0 och 100.`)
    .min(0, `${label}: skriv ett tal mellan 0 och 100.`)
    .max(100, `${label}: skriv ett tal mellan 0 och 100.`);

/** The form for the scoring rules, in percent as people think of them. */
export const scoringSettingsSchema = z
  .object({
    achieved: percentField("Uppnått"),
    partiallyAchieved: percentField("Delvis uppnått"),
    notAchieved: percentField("Ej uppnått"),
    yes: percentField("Ja"),
    inProgress: percentField("Pågår"),
    no: percentField("Nej"),
    notablyMature: percentField("Gräns för särskilt kvalitetsmogen"),
    adequate: percentField("Gräns för fullgod kvalitetsmognad"),
  })
  .refine((form) => form.adequate < form.notablyMature, {
    message: "Gränsen för fullgod kvalitetsmognad måste vara lägre än gränsen för särskilt kvalitetsmogen.",
    path: ["adequate"],
  })
  .refine((form) => form.partiallyAchieved <= form.achieved && form.notAchieved <= form.partiallyAchieved, {
    message: "Uppnått ska ge minst lika mycket som Delvis uppnått, och Delvis uppnått minst lika mycket som Ej uppnått.",
    path: ["partiallyAchieved"],
  })
  .refine((form) => form.inProgress <= form.yes && form.no <= form.inProgress, {
    message: "Ja ska ge minst lika mycket som Pågår, och Pågår minst lika mycket som Nej.",
    path: ["inProgress"],
  });
export type ScoringSettingsInput = z.infer<typeof scoringSettingsSchema>;

export function toScoringConfig(form: ScoringSettingsInput): ScoringConfig {
  const ratio = (percent: number) => Math.round(percent * 10) / 1000;
  return {
    points: {
      ACHIEVED: ratio(form.achieved),
      PARTIALLY_ACHIEVED: ratio(form.partiallyAchieved),
      NOT_ACHIEVED: ratio(form.notAchieved),
      YES: ratio(form.yes),
      IN_PROGRESS: ratio(form.inProgress),
      NO: ratio(form.no),
    },
    thresholds: { notablyMature: ratio(form.notablyMature), adequate: ratio(form.adequate) },
  };
}
