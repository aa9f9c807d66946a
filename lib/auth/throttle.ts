import "server-only";
import { db } from "@/lib/db/client";

/** Failed sign-ins allowed per account and per IP address within the window. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perIp: 20 } as const;

const keys = (email: string, ip: string) => ({ account: `email:${email}`, ip: `ip:${ip}` });

/** True when either the account or the address has had too many recent failures. */
export async function isThrottled(email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const { account, ip: ipKey } = keys(email, ip);
  // Failures count until the account's next successful sign-in.
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { key: account, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const [accountFailures, ipFailures] = await Promise.all([
    db.signInAttempt.count({ where: { key: account, succeeded: false, createdAt: { gte: lastSuccess?.createdAt ?? since } } }),
    db.signInAttempt.count({ where: { key: ipKey, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return accountFailures >= THROTTLE.perAccount || ipFailures >= THROTTLE.perIp;
}

export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
  const { account, ip: ipKey } = keys(email, ip);
  await db.signInAttempt.createMany({ data: [{ key: account, succeeded }, { key: ipKey, succeeded }] });
}

/** The client's address as the proxy in front reports it; "okänd" when there is none. */
export function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return value?.split(",")[0]?.trim() || String(headers?.["x-real-ip"] ?? "okänd");
}
