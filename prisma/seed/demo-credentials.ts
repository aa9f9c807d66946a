/** The demo logins, shown in README.md. Demo data only: never used outside the demo tenants. */
export const DEMO_PASSWORD = "Kvalitet2026!";

/** The demo admin's TOTP key (admins must use two-factor sign-in); add it to an authenticator app. */
export const DEMO_ADMIN_TOTP_SECRET = "KVALITETSUPPFOLJNINGDEMOADMINABC";

/** The demo admin's recovery codes; each works once. */
export const DEMO_ADMIN_RECOVERY_CODES = Array.from({ length: 10 }, (_, i) => `demo-${String(2601 + i)}`);
