-- The session check moves into the one query every signed-in request makes: the lookup now also
-- returns the person's sessionVersion, so findActor compares it with the cookie's instead of
-- reading the user once more (a round trip less on every request, docs/scaling.md). An active
-- person without an active membership gets one row with empty membership columns, so a revoked
-- session is told apart from a missing membership; an inactive or unknown person gets no row.

DROP FUNCTION app_active_memberships(uuid);

CREATE FUNCTION app_active_memberships(p_user_id uuid)
  RETURNS TABLE (
    "sessionVersion" integer,
    "userName" text,
    "userEmail" text,
    "totpEnabledAt" timestamptz,
    "tenantId" uuid,
    "membershipId" uuid,
    role text,
    "providerId" uuid,
    "tenantName" text,
    "tenantSettings" jsonb,
    "providerName" text
  )
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$
    SELECT u."sessionVersion", u.name, u.email, u."totpEnabledAt", m."tenantId", m.id, m.role::text, m."providerId", t.name, t.settings, p.name
    FROM "User" u
    LEFT JOIN ("Membership" m
      JOIN "Tenant" t ON t.id = m."tenantId"
      LEFT JOIN "Provider" p ON p."tenantId" = m."tenantId" AND p.id = m."providerId")
      ON m."userId" = u.id AND m."isActive"
    WHERE u.id = p_user_id AND u."isActive"
    ORDER BY t.name, m."tenantId"
  $$;
