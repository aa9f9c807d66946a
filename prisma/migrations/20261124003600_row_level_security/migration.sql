-- Row-level security on every tenant-owned table: defence in depth under the data layer's own
-- tenant filter. The app connects as a role that is not the tables' owner, so the policies apply;
-- lib/db/tenant.ts sets app.tenant_id per transaction. A query outside such a transaction sees
-- and writes nothing. app.bypass_rls is set only by the deliberately cross-tenant functions named
-- unsafe… (sign-in, choosing the tenant).

CREATE FUNCTION app_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;

CREATE FUNCTION app_bypass_rls() RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT coalesce(current_setting('app.bypass_rls', true), '') = 'on' $$;

ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Membership"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "OrgUnit" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OrgUnit"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "Provider" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Provider"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "ProviderUnit" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ProviderUnit"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "ServiceType" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ServiceType"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "Contract" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Contract"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "ContractServiceType" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ContractServiceType"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "Placement" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Placement"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "GoalArea" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "GoalArea"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "Requirement" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Requirement"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "QuestionnaireTemplate" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "QuestionnaireTemplate"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "QuestionnaireVersion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "QuestionnaireVersion"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "QuestionSection" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "QuestionSection"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "Question" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Question"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "QuestionRequirement" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "QuestionRequirement"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "FollowUpCycle" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "FollowUpCycle"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "CycleProvider" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CycleProvider"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "SelfAssessment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SelfAssessment"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "Answer" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Answer"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "Attachment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Attachment"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "ReviewComment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ReviewComment"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "Assessment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Assessment"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "GradeSnapshot" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "GradeSnapshot"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "Indicator" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Indicator"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "IndicatorValue" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "IndicatorValue"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "Survey" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Survey"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "SurveyStatement" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SurveyStatement"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "SurveyItem" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SurveyItem"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "SurveyResponse" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SurveyResponse"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "SurveyAnswer" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SurveyAnswer"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "DeviationRecord" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DeviationRecord"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "QualityDialogue" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "QualityDialogue"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "DialogueParticipant" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DialogueParticipant"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "AgendaItem" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AgendaItem"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "ActionPlan" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ActionPlan"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "ActionItem" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ActionItem"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "ActionUpdate" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ActionUpdate"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "QualityPlan" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "QualityPlan"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "QualityProcess" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "QualityProcess"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "QualityRisk" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "QualityRisk"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "SelfCheck" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SelfCheck"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "Report" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Report"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "ReportSection" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ReportSection"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "AuditLog" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AuditLog"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());

ALTER TABLE "OutboxMessage" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OutboxMessage"
  USING ("tenantId" = app_current_tenant() OR app_bypass_rls())
  WITH CHECK ("tenantId" = app_current_tenant() OR app_bypass_rls());
