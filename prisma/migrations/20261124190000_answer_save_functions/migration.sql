-- Autosave in two statements instead of an interactive transaction of six: the questionnaire saves
-- on every pause in typing. Each function sets the tenant for row-level security itself, for its
-- own statement only, and runs with the caller's rights (SECURITY INVOKER), so the policies apply.
-- The write needs no transaction around both: it is conditional on the version the read saw.

-- What saving one answer checks and compares with: the self-assessment, the question (only if it
-- belongs to that questionnaire) and the stored answer.
CREATE FUNCTION app_answer_target(p_tenant_id uuid, p_self_assessment_id uuid, p_question_id uuid)
  RETURNS TABLE (
    status text,
    "providerId" uuid,
    "questionId" uuid,
    type text,
    options jsonb,
    "answerId" uuid,
    value jsonb,
    version integer,
    "updatedAt" timestamptz
  )
  LANGUAGE plpgsql STABLE SECURITY INVOKER
  SET search_path = public, pg_temp
  AS $$
  BEGIN
    PERFORM set_config('app.tenant_id', p_tenant_id::text, true);
    RETURN QUERY
      SELECT s.status::text, s."providerId", q.id, q.type::text, q.options, a.id, a.value, a.version, a."updatedAt"
      FROM "SelfAssessment" s
      JOIN "FollowUpCycle" c ON c."tenantId" = s."tenantId" AND c.id = s."cycleId"
      LEFT JOIN "Question" q ON q."tenantId" = s."tenantId" AND q.id = p_question_id AND q."versionId" = c."templateVersionId"
      LEFT JOIN "Answer" a ON a."tenantId" = s."tenantId" AND a."selfAssessmentId" = s.id AND a."questionId" = q.id
      WHERE s."tenantId" = p_tenant_id AND s.id = p_self_assessment_id;
  END
  $$;

-- Writes the answer if it is still at p_expected_version (0: not there yet), moves a self-assessment
-- that was not started to draft, and records the audit entry. Returns the new version, or NULL when
-- someone saved first (nothing is written then).
CREATE FUNCTION app_save_answer(
  p_tenant_id uuid, p_self_assessment_id uuid, p_question_id uuid, p_user_id uuid,
  p_value jsonb, p_expected_version integer, p_answer_id uuid, p_audit_id uuid)
  RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY INVOKER
  SET search_path = public, pg_temp
  AS $$
  DECLARE
    saved integer;
    previous jsonb;
  BEGIN
    PERFORM set_config('app.tenant_id', p_tenant_id::text, true);
    IF p_expected_version = 0 THEN
      INSERT INTO "Answer" ("tenantId", id, "selfAssessmentId", "questionId", value, version, "updatedById", "updatedAt")
      VALUES (p_tenant_id, p_answer_id, p_self_assessment_id, p_question_id, p_value, 1, p_user_id, now())
      ON CONFLICT ("tenantId", "selfAssessmentId", "questionId") DO NOTHING
      RETURNING version INTO saved;
    ELSE
      SELECT jsonb_build_object('value', a.value, 'version', a.version) INTO previous
      FROM "Answer" a
      WHERE a."tenantId" = p_tenant_id AND a."selfAssessmentId" = p_self_assessment_id AND a."questionId" = p_question_id;
      UPDATE "Answer" SET value = p_value, version = version + 1, "updatedById" = p_user_id, "updatedAt" = now()
      WHERE "tenantId" = p_tenant_id AND "selfAssessmentId" = p_self_assessment_id AND "questionId" = p_question_id AND version = p_expected_version
      RETURNING version INTO saved;
    END IF;
    IF saved IS NULL THEN
      RETURN NULL;
    END IF;
    UPDATE "SelfAssessment" SET status = 'DRAFT', "updatedAt" = now()
    WHERE "tenantId" = p_tenant_id AND id = p_self_assessment_id AND status = 'NOT_STARTED';
    INSERT INTO "AuditLog" ("tenantId", id, "actorUserId", entity, "entityId", action, before, after, "createdAt")
    VALUES (p_tenant_id, p_audit_id, p_user_id, 'Answer', p_self_assessment_id::text || ':' || p_question_id::text, 'save',
      previous, jsonb_build_object('value', p_value, 'version', saved), now());
    RETURN saved;
  END
  $$;
