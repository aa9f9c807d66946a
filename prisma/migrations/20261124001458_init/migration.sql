-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'QUALITY_DEVELOPER', 'SOCIAL_SECRETARY', 'PROVIDER', 'READER');

-- CreateEnum
CREATE TYPE "OrgUnitKind" AS ENUM ('ADMINISTRATION', 'DEPARTMENT', 'GROUP');

-- CreateEnum
CREATE TYPE "ProviderOwnership" AS ENUM ('PRIVATE', 'MUNICIPAL', 'NON_PROFIT');

-- CreateEnum
CREATE TYPE "ContractForm" AS ENUM ('LOU', 'LOV', 'AGREEMENT', 'DIRECT_AWARD');

-- CreateEnum
CREATE TYPE "ServiceCategory" AS ENUM ('RESIDENTIAL', 'OUTPATIENT', 'INSTITUTIONAL');

-- CreateEnum
CREATE TYPE "AgeBand" AS ENUM ('AGE_0_15', 'AGE_16_17', 'AGE_18_20', 'AGE_21_PLUS');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('GIRL', 'BOY', 'OTHER');

-- CreateEnum
CREATE TYPE "AsylumStatus" AS ENUM ('PERMANENT_PERMIT', 'TEMPORARY_PERMIT', 'ASYLUM_SEEKER', 'REJECTED');

-- CreateEnum
CREATE TYPE "NeedsLevel" AS ENUM ('STANDARD', 'EXTENSIVE');

-- CreateEnum
CREATE TYPE "RequirementSource" AS ENUM ('LAW', 'CONTRACT', 'MUNICIPAL_GOAL');

-- CreateEnum
CREATE TYPE "QualityArea" AS ENUM ('SELF_DETERMINATION_INTEGRITY', 'HOLISTIC_COORDINATION', 'SAFETY_SECURITY', 'KNOWLEDGE_BASED', 'ACCESSIBILITY', 'EFFICIENCY');

-- CreateEnum
CREATE TYPE "AssessmentScale" AS ENUM ('ACTIVITY', 'SUPERVISION');

-- CreateEnum
CREATE TYPE "TemplateVersionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "QuestionType" AS ENUM ('STATUS', 'YES_NO', 'TEXT', 'NUMBER', 'PERCENT', 'DATE', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'FILE');

-- CreateEnum
CREATE TYPE "CycleStatus" AS ENUM ('PLANNING', 'OPEN', 'REVIEW', 'CLOSED');

-- CreateEnum
CREATE TYPE "SelectionReason" AS ENUM ('RISK_SIGNALS', 'LARGE_SHARE', 'YOUNG_CHILDREN', 'EXTENSIVE_NEEDS', 'RANDOM', 'COVERAGE', 'MANUAL');

-- CreateEnum
CREATE TYPE "SelfAssessmentStatus" AS ENUM ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'REOPENED', 'LOCKED');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'FINALISED');

-- CreateEnum
CREATE TYPE "AssessmentOutcome" AS ENUM ('ACHIEVED', 'PARTIALLY_ACHIEVED', 'NOT_ACHIEVED');

-- CreateEnum
CREATE TYPE "SupervisionAnswer" AS ENUM ('YES', 'NO', 'IN_PROGRESS', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "MaturityGrade" AS ENUM ('NOTABLY_MATURE', 'ADEQUATE', 'LOW');

-- CreateEnum
CREATE TYPE "IndicatorValueKind" AS ENUM ('SHARE');

-- CreateEnum
CREATE TYPE "SurveyAgeBand" AS ENUM ('UNDER_16', 'AGE_16_17', 'AGE_18_19', 'AGE_20_PLUS');

-- CreateEnum
CREATE TYPE "DeviationKind" AS ENUM ('DEVIATION', 'COMPLAINT', 'LEX_SARAH_REPORT', 'LEX_SARAH_INVESTIGATION', 'IVO_DECISION', 'IVO_INSPECTION');

-- CreateEnum
CREATE TYPE "DialogueStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ParticipantSide" AS ENUM ('PROVIDER', 'MUNICIPALITY');

-- CreateEnum
CREATE TYPE "AgendaItemSource" AS ENUM ('ASSESSMENT', 'UNANSWERED', 'IMPROVEMENT_AREA', 'OPEN_ACTION', 'MANUAL');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DELAYED');

-- CreateEnum
CREATE TYPE "ActionPlanStatus" AS ENUM ('REQUESTED', 'SUBMITTED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "ReportTemplate" AS ENUM ('ANNUAL_QUALITY_REPORT', 'ACTIVITY_REPORT');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "Tenant" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "orgNumber" TEXT,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "totpSecret" TEXT,
    "totpEnabledAt" TIMESTAMPTZ(3),
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "VerificationToken_pkey" PRIMARY KEY ("identifier","tokenHash")
);

-- CreateTable
CREATE TABLE "Membership" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "providerId" UUID,
    "orgUnitId" UUID,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "OrgUnit" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "parentId" UUID,
    "name" TEXT NOT NULL,
    "kind" "OrgUnitKind" NOT NULL,

    CONSTRAINT "OrgUnit_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Provider" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "orgNumber" TEXT,
    "ownership" "ProviderOwnership" NOT NULL DEFAULT 'PRIVATE',
    "contactEmail" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Provider_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ProviderUnit" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "serviceTypeId" UUID,
    "name" TEXT NOT NULL,
    "capacity" INTEGER,
    "ivoPermitRef" TEXT,

    CONSTRAINT "ProviderUnit_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ServiceType" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" "ServiceCategory" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServiceType_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "form" "ContractForm" NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "coveredMunicipalities" TEXT[],

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ContractServiceType" (
    "tenantId" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "serviceTypeId" UUID NOT NULL,

    CONSTRAINT "ContractServiceType_pkey" PRIMARY KEY ("tenantId","contractId","serviceTypeId")
);

-- CreateTable
CREATE TABLE "Placement" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "providerId" UUID NOT NULL,
    "unitId" UUID,
    "serviceTypeId" UUID NOT NULL,
    "ageBand" "AgeBand" NOT NULL,
    "gender" "Gender" NOT NULL,
    "asylumStatus" "AsylumStatus",
    "needsLevel" "NeedsLevel" NOT NULL DEFAULT 'STANDARD',
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "responsibleMembershipId" UUID,
    "orgUnitId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "GoalArea" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "municipalGoal" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GoalArea_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Requirement" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "source" "RequirementSource" NOT NULL,
    "reference" TEXT,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "goalAreaId" UUID,
    "qualityAreas" "QualityArea"[],
    "scale" "AssessmentScale" NOT NULL DEFAULT 'ACTIVITY',
    "isCritical" BOOLEAN NOT NULL DEFAULT false,
    "weight" INTEGER NOT NULL DEFAULT 1,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "isActive" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Requirement_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "QuestionnaireTemplate" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionnaireTemplate_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "QuestionnaireVersion" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "TemplateVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionnaireVersion_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "QuestionSection" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "QuestionSection_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Question" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "sectionId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "type" "QuestionType" NOT NULL,
    "text" TEXT NOT NULL,
    "helpText" TEXT,
    "isRequired" BOOLEAN NOT NULL DEFAULT true,
    "options" JSONB,
    "conditionQuestionId" UUID,
    "conditionValue" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "QuestionRequirement" (
    "tenantId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "requirementId" UUID NOT NULL,

    CONSTRAINT "QuestionRequirement_pkey" PRIMARY KEY ("tenantId","questionId","requirementId")
);

-- CreateTable
CREATE TABLE "FollowUpCycle" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "serviceArea" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "templateVersionId" UUID,
    "status" "CycleStatus" NOT NULL DEFAULT 'PLANNING',
    "selfAssessmentDueOn" DATE,
    "assessmentDueOn" DATE,
    "selectionSeed" TEXT,
    "selectionConfirmedAt" TIMESTAMPTZ(3),
    "providerCountAtSelection" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpCycle_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "CycleProvider" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "reasons" "SelectionReason"[],
    "reasonNote" TEXT,
    "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "strengths" TEXT,
    "improvementAreas" TEXT,
    "finalisedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CycleProvider_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SelfAssessment" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "status" "SelfAssessmentStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" UUID,
    "reopenReason" TEXT,
    "copiedFromId" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SelfAssessment_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "selfAssessmentId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "value" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "selfAssessmentId" UUID,
    "answerId" UUID,
    "actionItemId" UUID,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "selfAssessmentId" UUID NOT NULL,
    "questionId" UUID,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "requirementId" UUID NOT NULL,
    "outcome" "AssessmentOutcome",
    "supervisionAnswer" "SupervisionAnswer",
    "motivation" TEXT,
    "strengths" TEXT,
    "improvementAreas" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "assessedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "GradeSnapshot" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "grade" "MaturityGrade" NOT NULL,
    "totalScore" DECIMAL(6,3) NOT NULL,
    "areaScores" JSONB NOT NULL,
    "explanation" JSONB NOT NULL,
    "config" JSONB NOT NULL,
    "isPublished" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMPTZ(3),

    CONSTRAINT "GradeSnapshot_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "kind" "IndicatorValueKind" NOT NULL DEFAULT 'SHARE',
    "ageBands" "AgeBand"[],
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "isActive" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "placementId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "met" BOOLEAN NOT NULL,
    "reportedById" UUID,
    "reportedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Survey" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "cycleId" UUID,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sentCount" INTEGER NOT NULL,
    "conductedOn" DATE,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SurveyStatement" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "SurveyStatement_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SurveyItem" (
    "tenantId" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "statementId" UUID NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SurveyItem_pkey" PRIMARY KEY ("tenantId","surveyId","statementId")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "serviceTypeId" UUID,
    "providerId" UUID,
    "gender" "Gender",
    "ageBand" "SurveyAgeBand",
    "respondedOn" DATE,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SurveyAnswer" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "responseId" UUID NOT NULL,
    "statementId" UUID NOT NULL,
    "score" SMALLINT NOT NULL,

    CONSTRAINT "SurveyAnswer_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "DeviationRecord" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "DeviationKind" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "occurredOn" DATE,
    "category" TEXT,
    "summary" TEXT,
    "hasFindings" BOOLEAN,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeviationRecord_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "QualityDialogue" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 90,
    "meetingUrl" TEXT,
    "status" "DialogueStatus" NOT NULL DEFAULT 'PLANNED',
    "summary" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QualityDialogue_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "DialogueParticipant" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "dialogueId" UUID NOT NULL,
    "userId" UUID,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "side" "ParticipantSide" NOT NULL,
    "roleTitle" TEXT,

    CONSTRAINT "DialogueParticipant_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "dialogueId" UUID NOT NULL,
    "source" "AgendaItemSource" NOT NULL,
    "title" TEXT NOT NULL,
    "requirementId" UUID,
    "questionId" UUID,
    "notes" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ActionPlan" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "status" "ActionPlanStatus" NOT NULL DEFAULT 'REQUESTED',
    "dueOn" DATE NOT NULL,
    "note" TEXT,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "providerId" UUID,
    "cycleId" UUID,
    "dialogueId" UUID,
    "agendaItemId" UUID,
    "actionPlanId" UUID,
    "riskId" UUID,
    "requirementId" UUID,
    "description" TEXT NOT NULL,
    "ownerSide" "ParticipantSide" NOT NULL,
    "ownerName" TEXT,
    "ownerUserId" UUID,
    "dueOn" DATE,
    "status" "ActionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ActionUpdate" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "actionItemId" UUID NOT NULL,
    "authorId" UUID,
    "note" TEXT NOT NULL,
    "newStatus" "ActionStatus",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionUpdate_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "QualityPlan" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "QualityPlan_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "QualityProcess" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "QualityProcess_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "QualityRisk" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "processId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "qualityAreas" "QualityArea"[],
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "QualityRisk_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SelfCheck" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "riskId" UUID NOT NULL,
    "measure" TEXT NOT NULL,
    "target" TEXT,
    "result" TEXT,
    "method" TEXT,

    CONSTRAINT "SelfCheck_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Report" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "cycleId" UUID,
    "template" "ReportTemplate" NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "publicSlug" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "publishedData" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ReportSection" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReportSection_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "actorUserId" UUID,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "bodyText" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_slug_key" ON "Tenant"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_tokenHash_key" ON "VerificationToken"("tokenHash");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_tenantId_userId_key" ON "Membership"("tenantId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Provider_tenantId_name_key" ON "Provider"("tenantId", "name");

-- CreateIndex
CREATE INDEX "ProviderUnit_tenantId_providerId_idx" ON "ProviderUnit"("tenantId", "providerId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceType_tenantId_code_key" ON "ServiceType"("tenantId", "code");

-- CreateIndex
CREATE INDEX "Contract_tenantId_providerId_idx" ON "Contract"("tenantId", "providerId");

-- CreateIndex
CREATE INDEX "Placement_tenantId_providerId_idx" ON "Placement"("tenantId", "providerId");

-- CreateIndex
CREATE INDEX "Placement_tenantId_startsOn_endsOn_idx" ON "Placement"("tenantId", "startsOn", "endsOn");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_tenantId_code_key" ON "Placement"("tenantId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "GoalArea_tenantId_name_key" ON "GoalArea"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Requirement_tenantId_code_key" ON "Requirement"("tenantId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireVersion_tenantId_templateId_number_key" ON "QuestionnaireVersion"("tenantId", "templateId", "number");

-- CreateIndex
CREATE INDEX "QuestionSection_tenantId_versionId_idx" ON "QuestionSection"("tenantId", "versionId");

-- CreateIndex
CREATE INDEX "Question_tenantId_sectionId_idx" ON "Question"("tenantId", "sectionId");

-- CreateIndex
CREATE UNIQUE INDEX "Question_tenantId_versionId_key_key" ON "Question"("tenantId", "versionId", "key");

-- CreateIndex
CREATE INDEX "QuestionRequirement_tenantId_requirementId_idx" ON "QuestionRequirement"("tenantId", "requirementId");

-- CreateIndex
CREATE INDEX "FollowUpCycle_tenantId_year_idx" ON "FollowUpCycle"("tenantId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpCycle_tenantId_name_key" ON "FollowUpCycle"("tenantId", "name");

-- CreateIndex
CREATE INDEX "CycleProvider_tenantId_providerId_idx" ON "CycleProvider"("tenantId", "providerId");

-- CreateIndex
CREATE UNIQUE INDEX "CycleProvider_tenantId_cycleId_providerId_key" ON "CycleProvider"("tenantId", "cycleId", "providerId");

-- CreateIndex
CREATE INDEX "SelfAssessment_tenantId_providerId_idx" ON "SelfAssessment"("tenantId", "providerId");

-- CreateIndex
CREATE UNIQUE INDEX "SelfAssessment_tenantId_cycleId_providerId_key" ON "SelfAssessment"("tenantId", "cycleId", "providerId");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_tenantId_selfAssessmentId_questionId_key" ON "Answer"("tenantId", "selfAssessmentId", "questionId");

-- CreateIndex
CREATE INDEX "Attachment_tenantId_selfAssessmentId_idx" ON "Attachment"("tenantId", "selfAssessmentId");

-- CreateIndex
CREATE INDEX "ReviewComment_tenantId_selfAssessmentId_idx" ON "ReviewComment"("tenantId", "selfAssessmentId");

-- CreateIndex
CREATE INDEX "Assessment_tenantId_providerId_idx" ON "Assessment"("tenantId", "providerId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_tenantId_cycleId_providerId_requirementId_key" ON "Assessment"("tenantId", "cycleId", "providerId", "requirementId");

-- CreateIndex
CREATE INDEX "GradeSnapshot_tenantId_providerId_createdAt_idx" ON "GradeSnapshot"("tenantId", "providerId", "createdAt");

-- CreateIndex
CREATE INDEX "GradeSnapshot_tenantId_cycleId_idx" ON "GradeSnapshot"("tenantId", "cycleId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_tenantId_code_key" ON "Indicator"("tenantId", "code");

-- CreateIndex
CREATE INDEX "IndicatorValue_tenantId_year_idx" ON "IndicatorValue"("tenantId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_tenantId_indicatorId_placementId_year_key" ON "IndicatorValue"("tenantId", "indicatorId", "placementId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Survey_tenantId_name_key" ON "Survey"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyStatement_tenantId_code_key" ON "SurveyStatement"("tenantId", "code");

-- CreateIndex
CREATE INDEX "SurveyResponse_tenantId_surveyId_idx" ON "SurveyResponse"("tenantId", "surveyId");

-- CreateIndex
CREATE INDEX "SurveyAnswer_tenantId_statementId_idx" ON "SurveyAnswer"("tenantId", "statementId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyAnswer_tenantId_responseId_statementId_key" ON "SurveyAnswer"("tenantId", "responseId", "statementId");

-- CreateIndex
CREATE INDEX "DeviationRecord_tenantId_providerId_year_idx" ON "DeviationRecord"("tenantId", "providerId", "year");

-- CreateIndex
CREATE INDEX "QualityDialogue_tenantId_cycleId_idx" ON "QualityDialogue"("tenantId", "cycleId");

-- CreateIndex
CREATE INDEX "QualityDialogue_tenantId_providerId_idx" ON "QualityDialogue"("tenantId", "providerId");

-- CreateIndex
CREATE INDEX "DialogueParticipant_tenantId_dialogueId_idx" ON "DialogueParticipant"("tenantId", "dialogueId");

-- CreateIndex
CREATE INDEX "AgendaItem_tenantId_dialogueId_idx" ON "AgendaItem"("tenantId", "dialogueId");

-- CreateIndex
CREATE INDEX "ActionPlan_tenantId_providerId_idx" ON "ActionPlan"("tenantId", "providerId");

-- CreateIndex
CREATE INDEX "ActionItem_tenantId_providerId_idx" ON "ActionItem"("tenantId", "providerId");

-- CreateIndex
CREATE INDEX "ActionItem_tenantId_ownerUserId_idx" ON "ActionItem"("tenantId", "ownerUserId");

-- CreateIndex
CREATE INDEX "ActionItem_tenantId_status_dueOn_idx" ON "ActionItem"("tenantId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "ActionUpdate_tenantId_actionItemId_idx" ON "ActionUpdate"("tenantId", "actionItemId");

-- CreateIndex
CREATE UNIQUE INDEX "QualityPlan_tenantId_year_title_key" ON "QualityPlan"("tenantId", "year", "title");

-- CreateIndex
CREATE INDEX "QualityProcess_tenantId_planId_idx" ON "QualityProcess"("tenantId", "planId");

-- CreateIndex
CREATE INDEX "QualityRisk_tenantId_processId_idx" ON "QualityRisk"("tenantId", "processId");

-- CreateIndex
CREATE INDEX "SelfCheck_tenantId_riskId_idx" ON "SelfCheck"("tenantId", "riskId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_tenantId_publicSlug_key" ON "Report"("tenantId", "publicSlug");

-- CreateIndex
CREATE UNIQUE INDEX "ReportSection_tenantId_reportId_key_key" ON "ReportSection"("tenantId", "reportId", "key");

-- CreateIndex
CREATE INDEX "AuditLog_tenantId_createdAt_idx" ON "AuditLog"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_tenantId_entity_entityId_idx" ON "AuditLog"("tenantId", "entity", "entityId");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_createdAt_idx" ON "OutboxMessage"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_tenantId_providerId_fkey" FOREIGN KEY ("tenantId", "providerId") REFERENCES "Provider"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_tenantId_orgUnitId_fkey" FOREIGN KEY ("tenantId", "orgUnitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_tenantId_parentId_fkey" FOREIGN KEY ("tenantId", "parentId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provider" ADD CONSTRAINT "Provider_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderUnit" ADD CONSTRAINT "ProviderUnit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderUnit" ADD CONSTRAINT "ProviderUnit_tenantId_providerId_fkey" FOREIGN KEY ("tenantId", "providerId") REFERENCES "Provider"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderUnit" ADD CONSTRAINT "ProviderUnit_tenantId_serviceTypeId_fkey" FOREIGN KEY ("tenantId", "serviceTypeId") REFERENCES "ServiceType"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceType" ADD CONSTRAINT "ServiceType_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_tenantId_providerId_fkey" FOREIGN KEY ("tenantId", "providerId") REFERENCES "Provider"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractServiceType" ADD CONSTRAINT "ContractServiceType_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractServiceType" ADD CONSTRAINT "ContractServiceType_tenantId_contractId_fkey" FOREIGN KEY ("tenantId", "contractId") REFERENCES "Contract"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractServiceType" ADD CONSTRAINT "ContractServiceType_tenantId_serviceTypeId_fkey" FOREIGN KEY ("tenantId", "serviceTypeId") REFERENCES "ServiceType"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_tenantId_providerId_fkey" FOREIGN KEY ("tenantId", "providerId") REFERENCES "Provider"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_tenantId_unitId_fkey" FOREIGN KEY ("tenantId", "unitId") REFERENCES "ProviderUnit"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_tenantId_serviceTypeId_fkey" FOREIGN KEY ("tenantId", "serviceTypeId") REFERENCES "ServiceType"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_tenantId_responsibleMembershipId_fkey" FOREIGN KEY ("tenantId", "responsibleMembershipId") REFERENCES "Membership"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_tenantId_orgUnitId_fkey" FOREIGN KEY ("tenantId", "orgUnitId") REFERENCES "OrgUnit"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalArea" ADD CONSTRAINT "GoalArea_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requirement" ADD CONSTRAINT "Requirement_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requirement" ADD CONSTRAINT "Requirement_tenantId_goalAreaId_fkey" FOREIGN KEY ("tenantId", "goalAreaId") REFERENCES "GoalArea"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireTemplate" ADD CONSTRAINT "QuestionnaireTemplate_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireVersion" ADD CONSTRAINT "QuestionnaireVersion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireVersion" ADD CONSTRAINT "QuestionnaireVersion_tenantId_templateId_fkey" FOREIGN KEY ("tenantId", "templateId") REFERENCES "QuestionnaireTemplate"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionSection" ADD CONSTRAINT "QuestionSection_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionSection" ADD CONSTRAINT "QuestionSection_tenantId_versionId_fkey" FOREIGN KEY ("tenantId", "versionId") REFERENCES "QuestionnaireVersion"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_tenantId_versionId_fkey" FOREIGN KEY ("tenantId", "versionId") REFERENCES "QuestionnaireVersion"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_tenantId_sectionId_fkey" FOREIGN KEY ("tenantId", "sectionId") REFERENCES "QuestionSection"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_tenantId_conditionQuestionId_fkey" FOREIGN KEY ("tenantId", "conditionQuestionId") REFERENCES "Question"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionRequirement" ADD CONSTRAINT "QuestionRequirement_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionRequirement" ADD CONSTRAINT "QuestionRequirement_tenantId_questionId_fkey" FOREIGN KEY ("tenantId", "questionId") REFERENCES "Question"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionRequirement" ADD CONSTRAINT "QuestionRequirement_tenantId_requirementId_fkey" FOREIGN KEY ("tenantId", "requirementId") REFERENCES "Requirement"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpCycle" ADD CONSTRAINT "FollowUpCycle_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpCycle" ADD CONSTRAINT "FollowUpCycle_tenantId_templateVersionId_fkey" FOREIGN KEY ("tenantId", "templateVersionId") REFERENCES "QuestionnaireVersion"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CycleProvider" ADD CONSTRAINT "CycleProvider_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CycleProvider" ADD CONSTRAINT "CycleProvider_tenantId_cycleId_fkey" FOREIGN KEY ("tenantId", "cycleId") REFERENCES "FollowUpCycle"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CycleProvider" ADD CONSTRAINT "CycleProvider_tenantId_providerId_fkey" FOREIGN KEY ("tenantId", "providerId") REFERENCES "Provider"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_tenantId_cycleId_fkey" FOREIGN KEY ("tenantId", "cycleId") REFERENCES "FollowUpCycle"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_tenantId_providerId_fkey" FOREIGN KEY ("tenantId", "providerId") REFERENCES "Provider"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_tenantId_copiedFromId_fkey" FOREIGN KEY ("tenantId", "copiedFromId") REFERENCES "SelfAssessment"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_tenantId_selfAssessmentId_fkey" FOREIGN KEY ("tenantId", "selfAssessmentId") REFERENCES "SelfAssessment"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_tenantId_questionId_fkey" FOREIGN KEY ("tenantId", "questionId") REFERENCES "Question"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_tenantId_selfAssessmentId_fkey" FOREIGN KEY ("tenantId", "selfAssessmentId") REFERENCES "SelfAssessment"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_tenantId_answerId_fkey" FOREIGN KEY ("tenantId", "answerId") REFERENCES "Answer"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_tenantId_actionItemId_fkey" FOREIGN KEY ("tenantId", "actionItemId") REFERENCES "ActionItem"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_tenantId_selfAssessmentId_fkey" FOREIGN KEY ("tenantId", "selfAssessmentId") REFERENCES "SelfAssessment"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_tenantId_questionId_fkey" FOREIGN KEY ("tenantId", "questionId") REFERENCES "Question"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_tenantId_cycleId_fkey" FOREIGN KEY ("tenantId", "cycleId") REFERENCES "FollowUpCycle"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_tenantId_providerId_fkey" FOREIGN KEY ("tenantId", "providerId") REFERENCES "Provider"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_tenantId_requirementId_fkey" FOREIGN KEY ("tenantId", "requirementId") REFERENCES "Requirement"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradeSnapshot" ADD CONSTRAINT "GradeSnapshot_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradeSnapshot" ADD CONSTRAINT "GradeSnapshot_tenantId_cycleId_fkey" FOREIGN KEY ("tenantId", "cycleId") REFERENCES "FollowUpCycle"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradeSnapshot" ADD CONSTRAINT "GradeSnapshot_tenantId_providerId_fkey" FOREIGN KEY ("tenantId", "providerId") REFERENCES "Provider"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_tenantId_indicatorId_fkey" FOREIGN KEY ("tenantId", "indicatorId") REFERENCES "Indicator"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_tenantId_placementId_fkey" FOREIGN KEY ("tenantId", "placementId") REFERENCES "Placement"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_tenantId_cycleId_fkey" FOREIGN KEY ("tenantId", "cycleId") REFERENCES "FollowUpCycle"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyStatement" ADD CONSTRAINT "SurveyStatement_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyItem" ADD CONSTRAINT "SurveyItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyItem" ADD CONSTRAINT "SurveyItem_tenantId_surveyId_fkey" FOREIGN KEY ("tenantId", "surveyId") REFERENCES "Survey"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyItem" ADD CONSTRAINT "SurveyItem_tenantId_statementId_fkey" FOREIGN KEY ("tenantId", "statementId") REFERENCES "SurveyStatement"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_tenantId_surveyId_fkey" FOREIGN KEY ("tenantId", "surveyId") REFERENCES "Survey"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_tenantId_serviceTypeId_fkey" FOREIGN KEY ("tenantId", "serviceTypeId") REFERENCES "ServiceType"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_tenantId_providerId_fkey" FOREIGN KEY ("tenantId", "providerId") REFERENCES "Provider"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_tenantId_responseId_fkey" FOREIGN KEY ("tenantId", "responseId") REFERENCES "SurveyResponse"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_tenantId_statementId_fkey" FOREIGN KEY ("tenantId", "statementId") REFERENCES "SurveyStatement"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeviationRecord" ADD CONSTRAINT "DeviationRecord_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeviationRecord" ADD CONSTRAINT "DeviationRecord_tenantId_providerId_fkey" FOREIGN KEY ("tenantId", "providerId") REFERENCES "Provider"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityDialogue" ADD CONSTRAINT "QualityDialogue_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityDialogue" ADD CONSTRAINT "QualityDialogue_tenantId_cycleId_fkey" FOREIGN KEY ("tenantId", "cycleId") REFERENCES "FollowUpCycle"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityDialogue" ADD CONSTRAINT "QualityDialogue_tenantId_providerId_fkey" FOREIGN KEY ("tenantId", "providerId") REFERENCES "Provider"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueParticipant" ADD CONSTRAINT "DialogueParticipant_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogueParticipant" ADD CONSTRAINT "DialogueParticipant_tenantId_dialogueId_fkey" FOREIGN KEY ("tenantId", "dialogueId") REFERENCES "QualityDialogue"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_tenantId_dialogueId_fkey" FOREIGN KEY ("tenantId", "dialogueId") REFERENCES "QualityDialogue"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_tenantId_requirementId_fkey" FOREIGN KEY ("tenantId", "requirementId") REFERENCES "Requirement"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_tenantId_questionId_fkey" FOREIGN KEY ("tenantId", "questionId") REFERENCES "Question"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_tenantId_cycleId_fkey" FOREIGN KEY ("tenantId", "cycleId") REFERENCES "FollowUpCycle"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_tenantId_providerId_fkey" FOREIGN KEY ("tenantId", "providerId") REFERENCES "Provider"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_tenantId_providerId_fkey" FOREIGN KEY ("tenantId", "providerId") REFERENCES "Provider"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_tenantId_cycleId_fkey" FOREIGN KEY ("tenantId", "cycleId") REFERENCES "FollowUpCycle"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_tenantId_dialogueId_fkey" FOREIGN KEY ("tenantId", "dialogueId") REFERENCES "QualityDialogue"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_tenantId_agendaItemId_fkey" FOREIGN KEY ("tenantId", "agendaItemId") REFERENCES "AgendaItem"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_tenantId_actionPlanId_fkey" FOREIGN KEY ("tenantId", "actionPlanId") REFERENCES "ActionPlan"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_tenantId_riskId_fkey" FOREIGN KEY ("tenantId", "riskId") REFERENCES "QualityRisk"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_tenantId_requirementId_fkey" FOREIGN KEY ("tenantId", "requirementId") REFERENCES "Requirement"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_tenantId_actionItemId_fkey" FOREIGN KEY ("tenantId", "actionItemId") REFERENCES "ActionItem"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityPlan" ADD CONSTRAINT "QualityPlan_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityProcess" ADD CONSTRAINT "QualityProcess_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityProcess" ADD CONSTRAINT "QualityProcess_tenantId_planId_fkey" FOREIGN KEY ("tenantId", "planId") REFERENCES "QualityPlan"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityRisk" ADD CONSTRAINT "QualityRisk_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityRisk" ADD CONSTRAINT "QualityRisk_tenantId_processId_fkey" FOREIGN KEY ("tenantId", "processId") REFERENCES "QualityProcess"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfCheck" ADD CONSTRAINT "SelfCheck_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfCheck" ADD CONSTRAINT "SelfCheck_tenantId_riskId_fkey" FOREIGN KEY ("tenantId", "riskId") REFERENCES "QualityRisk"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_tenantId_cycleId_fkey" FOREIGN KEY ("tenantId", "cycleId") REFERENCES "FollowUpCycle"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSection" ADD CONSTRAINT "ReportSection_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSection" ADD CONSTRAINT "ReportSection_tenantId_reportId_fkey" FOREIGN KEY ("tenantId", "reportId") REFERENCES "Report"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
