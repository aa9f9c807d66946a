import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    userId?: string;
    /** The session could not be checked against the database (an outage): neither valid nor revoked. */
    databaseUnavailable?: boolean;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    sessionVersion?: number;
    revoked?: boolean;
    lastSeen?: number;
    databaseUnavailable?: boolean;
  }
}
