import "server-only";
import { randomBytes } from "node:crypto";
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { unsafeResolveSsoUser } from "@/lib/data/accounts";
import { db } from "@/lib/db/client";
import { ssoEnv } from "@/lib/env";
import { decodeSessionToken, encodeSessionToken } from "./jwt";
import { hashPassword, verifyPassword } from "./password";
import { SESSION_MAX_AGE_SECONDS, sessionHolder } from "./session-rules";
import { clientIp, isThrottled, recordSignInAttempt } from "./throttle";
import { ssoEmail, ssoProvider, ssoUsedMfa, SSO_PROVIDER_ID, type SsoProfile } from "./sso";
import { consumeToken } from "./tokens";
import { verifySecondFactor } from "@/lib/data/two-factor";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
  code: z.string().trim().max(20).optional(),
});

/** Error codes the sign-in form turns into Swedish messages (components/auth/login-form.tsx). */
export const SIGN_IN_ERRORS = {
  rateLimited: "RATE_LIMITED",
  linkInvalid: "LINK_INVALID",
  codeRequired: "TOTP_REQUIRED",
  codeInvalid: "TOTP_INVALID",
} as const;

const userSelect = {
  id: true,
  email: true,
  name: true,
  passwordHash: true,
  isActive: true,
  sessionVersion: true,
  totpSecret: true,
  totpEnabledAt: true,
} as const;

const toSessionUser = (user: { id: string; email: string; name: string; sessionVersion: number }): User & { sessionVersion: number } => ({
  id: user.id,
  email: user.email,
  name: user.name,
  sessionVersion: user.sessionVersion,
});

/**
 * next-auth (v4). Sessions are JWTs (credentials sign-in requires it) with an absolute maximum of
 * eight hours and an idle timeout of 30 minutes (lib/auth/session-rules.ts). Every request checks
 * the token's sessionVersion against the person's (findActor, in the one query that also reads the
 * memberships), so deactivation, a role or password change and signing out (which bump it) end
 * every session at once.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 5 * 60 },
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-post och lösenord",
      credentials: {
        email: { label: "E-post", type: "email" },
        password: { label: "Lösenord", type: "password" },
        code: { label: "Kod", type: "text" },
      },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password, code } = parsed.data;
        const ip = clientIp(request?.headers);
        if (await isThrottled(email, ip)) throw new Error(SIGN_IN_ERRORS.rateLimited);
        const user = await db.user.findUnique({ where: { email }, select: userSelect });
        // Verify against a hash even for unknown e-mails, so timing does not reveal which exist.
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
        const passwordOk = Boolean(user?.isActive && user.passwordHash && ok);
        if (!user || !passwordOk) {
          await recordSignInAttempt(email, ip, false);
          return null;
        }
        if (user.totpEnabledAt && user.totpSecret) {
          // The password was right; the form now asks for the code and sends both again.
          if (!code) throw new Error(SIGN_IN_ERRORS.codeRequired);
          if (!(await verifySecondFactor(user.id, user.totpSecret, code))) {
            await recordSignInAttempt(email, ip, false);
            throw new Error(SIGN_IN_ERRORS.codeInvalid);
          }
        }
        await recordSignInAttempt(email, ip, true);
        await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        return toSessionUser(user);
      },
    }),
    CredentialsProvider({
      id: "magic-link",
      name: "Inloggningslänk",
      credentials: { token: { label: "Länk", type: "text" } },
      async authorize(credentials) {
        const email = await consumeToken(String(credentials?.token ?? ""), "SIGN_IN");
        if (!email) throw new Error(SIGN_IN_ERRORS.linkInvalid);
        const user = await db.user.findUnique({ where: { email }, select: userSelect });
        if (!user?.isActive) throw new Error(SIGN_IN_ERRORS.linkInvalid);
        await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        return toSessionUser(user);
      },
    }),
    ...optionalSsoProvider(),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== SSO_PROVIDER_ID) return true;
      const decision = await unsafeResolveSsoUser(ssoEmail(profile as SsoProfile), ssoUsedMfa(profile as SsoProfile));
      return decision.ok ? true : `/login?error=${decision.reason === "MFA_REQUIRED" ? "SsoMfaRequired" : "SsoNoAccount"}`;
    },
    async jwt({ token, user, account, profile }) {
      const now = Math.floor(Date.now() / 1000);
      if (user && account?.provider === SSO_PROVIDER_ID) {
        // The IdP's subject is not our user id: map by e-mail, as the signIn callback just allowed.
        const decision = await unsafeResolveSsoUser(ssoEmail(profile as SsoProfile), ssoUsedMfa(profile as SsoProfile));
        if (!decision.ok) return { ...token, userId: undefined, revoked: true };
        await db.user.update({ where: { id: decision.userId }, data: { lastSignInAt: new Date() } });
        return { ...token, userId: decision.userId, sessionVersion: decision.sessionVersion, lastSeen: now };
      }
      if (user) {
        return { ...token, userId: user.id, sessionVersion: (user as { sessionVersion?: number }).sessionVersion ?? 0, lastSeen: now };
      }
      if (!token.userId) return token;
      // Refreshing (the activity heartbeat): an idle session stays ended. Whether the person is
      // still active is checked on every request by findActor, not here, so no database is needed.
      if (!sessionHolder(token, now)) return { ...token, userId: undefined, revoked: true };
      return { ...token, lastSeen: now };
    },
    async session({ session, token }) {
      session.userId = token.revoked ? undefined : token.userId;
      return session;
    },
  },
  events: {
    // Signing out ends every session of the person, not only this browser's cookie.
    async signOut({ token }) {
      if (token?.userId) await db.user.update({ where: { id: token.userId }, data: { sessionVersion: { increment: 1 } } });
    },
  },
};

function optionalSsoProvider() {
  const provider = ssoProvider(ssoEnv());
  return provider ? [provider] : [];
}

// A hash of a random string, only used to spend the same time on unknown e-mails.
const dummyHash = hashPassword(randomBytes(16).toString("hex"));
