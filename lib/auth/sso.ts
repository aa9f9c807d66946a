/**
 * Municipal single sign-on over OpenID Connect (e.g. Microsoft Entra ID), configured by
 * environment variables and off unless all three are set:
 *   OIDC_ISSUER         e.g. https://login.microsoftonline.com/<tenant-id>/v2.0
 *   OIDC_CLIENT_ID, OIDC_CLIENT_SECRET
 *   OIDC_NAME           optional button label, default "Kommunens inloggning"
 * Only people who already have an active municipal membership can sign in this way; the IdP
 * proves who they are, the memberships here decide what they may do.
 */
import type { OAuthConfig } from "next-auth/providers/oauth";

export const SSO_PROVIDER_ID = "kommun-sso";

export interface SsoEnv {
  OIDC_ISSUER?: string;
  OIDC_CLIENT_ID?: string;
  OIDC_CLIENT_SECRET?: string;
  OIDC_NAME?: string;
}

export interface SsoProfile {
  sub: string;
  email?: string;
  preferred_username?: string;
  upn?: string;
  name?: string;
  /** Authentication methods; "mfa" when the IdP used more than one factor. */
  amr?: string[];
}

/** The next-auth provider, or null when single sign-on is not configured. */
export function ssoProvider(env: SsoEnv): OAuthConfig<SsoProfile> | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  const issuer = env.OIDC_ISSUER.replace(/\/$/, "");
  return {
    id: SSO_PROVIDER_ID,
    name: env.OIDC_NAME || "Kommunens inloggning",
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    issuer,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    profile: (profile) => ({ id: profile.sub, email: ssoEmail(profile), name: profile.name ?? ssoEmail(profile) }),
  };
}

/** The e-mail address an IdP gives; Entra ID often has it only as preferred_username or upn. */
export function ssoEmail(profile: SsoProfile): string {
  return (profile.email ?? profile.preferred_username ?? profile.upn ?? "").trim().toLowerCase();
}

export function ssoUsedMfa(profile: SsoProfile): boolean {
  return Array.isArray(profile.amr) && profile.amr.includes("mfa");
}
