import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "./password";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

const EIGHT_HOURS = 8 * 60 * 60;

/**
 * next-auth (v4) configuration. Sessions are JWTs (credentials sign-in requires it); each
 * request re-reads the user so that deactivation or a bumped sessionVersion ends the session.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: EIGHT_HOURS, updateAge: 15 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-post och lösenord",
      credentials: {
        email: { label: "E-post", type: "email" },
        password: { label: "Lösenord", type: "password" },
      },
      async authorize(credentials) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, email: true, name: true, passwordHash: true, isActive: true, sessionVersion: true },
        });
        // Verify against a hash even when the user is unknown, so timing does not reveal which e-mails exist.
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), parsed.data.password);
        if (!user || !user.isActive || !user.passwordHash || !ok) return null;
        await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        return token;
      }
      if (!token.userId) return token;
      const current = await db.user.findUnique({
        where: { id: token.userId },
        select: { isActive: true, sessionVersion: true },
      });
      if (!current?.isActive || current.sessionVersion !== token.sessionVersion) return { ...token, userId: undefined, revoked: true };
      return token;
    },
    async session({ session, token }) {
      session.userId = token.revoked ? undefined : token.userId;
      return session;
    },
  },
};

// A hash of a random string, only used to spend the same time on unknown e-mails.
const dummyHash = hashPassword(randomBytes(16).toString("hex"));
