-- A cycle belongs to one tenant, so "tenantId = … AND cycleId = …" on Assessment selects as many
-- rows as the cycle alone; without this the planner multiplies the two selectivities and expects
-- about one row where a 200-provider cycle has 16 000. With it, grading reads a cycle through the
-- (tenantId, cycleId, providerId, requirementId) key in provider order, with no sort before
-- grouping by provider (docs/scaling.md).
CREATE STATISTICS IF NOT EXISTS "Assessment_tenantId_cycleId_stats" (dependencies, ndistinct) ON "tenantId", "cycleId" FROM "Assessment";
ANALYZE "Assessment";
