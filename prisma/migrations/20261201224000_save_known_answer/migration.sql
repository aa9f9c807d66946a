-- Autosave in one statement when the server already knows the question and the self-assessment's
-- provider from an earlier save (lib/data/self-assessments.ts keeps them): the checks that read
-- (app_answer_target) and the write (app_save_answer) in one round trip. Nothing known is trusted:
-- the self-assessment must still belong to that provider and be open, the question must still be
-- in its questionnaire with that type and those options, or the answer is 'unknown' and the
-- caller takes the two-statement way, which gives the precise error. Runs with the caller's rights.
CREATE FUNCTION app_save_known_answer(
  p_tenant_id uuid, p_self_assessment_id uuid, p_question_id uuid, p_user_id uuid,
  p_provider_id uuid, p_question_type text, p_question_options jsonb,
  p_value jsonb, p_expected_version integer, p_answer_id uuid, p_audit_id uuid)
  RETURNS TABLE (outcome text, version integer, value jsonb, "updatedAt" timestamptz)
  LANGUAGE plpgsql VOLATILE SECURITY INVOKER
  SET search_path = public, pg_temp
  AS $$
  DECLARE
    target record;
    saved integer;
  BEGIN
    PERFORM set_config('app.tenant_id', p_tenant_id::text, true);
    SELECT s.status::text AS status, a.version AS stored_version, a.value AS stored_value, a."updatedAt" AS stored_at INTO target
    FROM "SelfAssessment" s
    JOIN "FollowUpCycle" c ON c."tenantId" = s."tenantId" AND c.id = s."cycleId"
    JOIN "Question" q ON q."tenantId" = s."tenantId" AND q.id = p_question_id AND q."versionId" = c."templateVersionId"
    LEFT JOIN "Answer" a ON a."tenantId" = s."tenantId" AND a."selfAssessmentId" = s.id AND a."questionId" = q.id
    WHERE s."tenantId" = p_tenant_id AND s.id = p_self_assessment_id AND s."providerId" = p_provider_id
      -- SQL NULL and JSON null both mean "no options", as they do to the validation.
      AND q.type::text = p_question_type AND coalesce(q.options, 'null'::jsonb) = coalesce(p_question_options, 'null'::jsonb);
    IF NOT FOUND OR target.status NOT IN ('NOT_STARTED', 'DRAFT', 'REOPENED') THEN
      RETURN QUERY SELECT 'unknown'::text, NULL::integer, NULL::jsonb, NULL::timestamptz;
      RETURN;
    END IF;
    IF coalesce(target.stored_version, 0) <> p_expected_version THEN
      RETURN QUERY SELECT 'conflict'::text, coalesce(target.stored_version, 0), target.stored_value, target.stored_at;
      RETURN;
    END IF;
    -- Clearing an answer that was never given writes nothing.
    IF target.stored_version IS NULL AND p_value = 'null'::jsonb THEN
      RETURN QUERY SELECT 'saved'::text, 0, NULL::jsonb, NULL::timestamptz;
      RETURN;
    END IF;
    saved := app_save_answer(p_tenant_id, p_self_assessment_id, p_question_id, p_user_id, p_value, p_expected_version, p_answer_id, p_audit_id);
    -- NULL: someone saved between the check and the write (another tab, a colleague).
    RETURN QUERY SELECT CASE WHEN saved IS NULL THEN 'raced' ELSE 'saved' END, saved, NULL::jsonb, NULL::timestamptz;
  END
  $$;
