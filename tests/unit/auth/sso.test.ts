import { describe, expect, it } from "vitest";
import { ssoEmail, ssoProvider, ssoUsedMfa, SSO_PROVIDER_ID } from "@/lib/auth/sso";

describe("single sign-on configuration", () => {
  it("is off unless issuer, client id and secret are all set", () => {
    expect(ssoProvider({})).toBeNull();
    expect(ssoProvider({ OIDC_ISSUER: "https://login.example/t/v2.0", OIDC_CLIENT_ID: "id" })).toBeNull();
  });

  it("describes an OIDC provider with discovery, PKCE, state and nonce when configured", () => {
    const provider = ssoProvider({
      OIDC_ISSUER: "https://login.microsoftonline.com/abc/v2.0/",
      OIDC_CLIENT_ID: "client",
      OIDC_CLIENT_SECRET: "secret",
    });
    expect(provider).toMatchObject({
      id: SSO_PROVIDER_ID,
      name: "Kommunens inloggning",
      type: "oauth",
      wellKnown: "https://login.microsoftonline.com/abc/v2.0/.well-known/openid-configuration",
      idToken: true,
      checks: ["pkce", "state", "nonce"],
    });
    expect(provider!.profile!({ sub: "s1", preferred_username: "Karin@Kommun.se", name: "Karin" }, {} as never)).toEqual({
      id: "s1",
      email: "karin@kommun.se",
      name: "Karin",
    });
  });

  it("reads the e-mail from the claims Entra ID uses, and whether the IdP used MFA", () => {
    expect(ssoEmail({ sub: "x", upn: "a@b.se" })).toBe("a@b.se");
    expect(ssoUsedMfa({ sub: "x", amr: ["pwd", "mfa"] })).toBe(true);
    expect(ssoUsedMfa({ sub: "x", amr: ["pwd"] })).toBe(false);
    expect(ssoUsedMfa({ sub: "x" })).toBe(false);
  });
});
