/**
 * Password hashing with argon2id (@node-rs/argon2: maintained, prebuilt for every platform,
 * no node-gyp). Parameters follow OWASP's argon2id minimum (19 MiB, 2 iterations).
 * No "server-only" here: the seed script hashes the demo passwords with it too.
 */
import { hash, verify } from "@node-rs/argon2";

const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for a malformed stored hash alike. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
