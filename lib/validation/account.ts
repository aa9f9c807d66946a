import { z } from "./zod";

/** At least 12 characters and not only letters or only digits (ASVS 6.2: length over composition). */
export const newPasswordSchema = z
  .string()
  .min(12, "Lösenordet måste ha minst 12 tecken.")
  .max(128, "Lösenordet får ha högst 128 tecken.")
  .refine((value) => !/^\d+$/.test(value) && !/^\p{L}+$/u.test(value), "Blanda gärna bokstäver med siffror eller tecken.");

export const signInLinkRequestSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Ange en giltig e-postadress.")),
});

export const activateAccountSchema = z
  .object({
    token: z.string().min(20).max(100),
    password: newPasswordSchema,
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: "Lösenorden är inte lika." });

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Ange ditt nuvarande lösenord."),
    password: newPasswordSchema,
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: "Lösenorden är inte lika." });

export const beginTwoFactorSchema = z.object({});

export const confirmTwoFactorSchema = z.object({
  code: z.string().trim().regex(/^\d{3}\s?\d{3}$/, "Ange den sexsiffriga koden från appen."),
});
