import { z } from "zod";

// Empty strings count as missing, so `FOO=` in a shell does not pass for a value.
const optional = z.preprocess((value) => (value === "" ? undefined : value), z.string().optional());

const serverEnvSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL saknas: starta appen med `npm run dev` eller sätt DATABASE_URL."),
  NEXTAUTH_SECRET: optional,
  NEXTAUTH_URL: optional,
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

/** The public address of the app, for links in e-mail. */
export function appUrl(path: string): string {
  return new URL(path, env().NEXTAUTH_URL ?? "http://localhost:3000").toString();
}

/** The validated process environment; the only reader of process.env in the app. */
export function env(): ServerEnv {
  cached ??= serverEnvSchema.parse(process.env);
  return cached;
}

const ssoEnvSchema = z.object({
  OIDC_ISSUER: optional.pipe(z.url("OIDC_ISSUER måste vara en adress").optional()),
  OIDC_CLIENT_ID: optional,
  OIDC_CLIENT_SECRET: optional,
  OIDC_NAME: optional,
});

/** Single sign-on settings; read on their own, since `next build` loads the auth route without a database. */
export function ssoEnv(): z.infer<typeof ssoEnvSchema> {
  return ssoEnvSchema.parse(process.env);
}
