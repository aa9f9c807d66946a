-- Who is this person, in every tenant: the one query behind each signed-in request (findActor).
-- Runs as the owner of the tables (SECURITY DEFINER), so it needs no transaction lifting row-level
-- security around it. It returns nothing but the active memberships of the one active user asked for.

CREATE FUNCTION app_active_memberships(p_user_id uuid)
  RETURNS TABLE (
    "tenantId" uuid,
    "membershipId" uuid,
    role text,
    "providerId" uuid,
    "tenantName" text,
    "tenantSettings" jsonb,
    "providerName" text,
    "userName" text,
    "userEmail" text,
    "totpEnabledAt" timestamptz
  )
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$
    SELECT m."tenantId", m.id, m.role::text, m."providerId", t.name, t.settings, p.name, u.name, u.email, u."totpEnabledAt"
    FROM "Membership" m
    JOIN "User" u ON u.id = m."userId"
    JOIN "Tenant" t ON t.id = m."tenantId"
    LEFT JOIN "Provider" p ON p."tenantId" = m."tenantId" AND p.id = m."providerId"
    WHERE m."userId" = p_user_id AND m."isActive" AND u."isActive"
    ORDER BY t.name, m."tenantId"
  $$;
