/**
 * National-scale synthetic data for benchmarks (`npm run gen`): every municipality with its own
 * catalogue, providers, five yearly follow-up cycles with answers, assessments and grades,
 * placements, indicator values and survey responses. The bulk is made by PostgreSQL itself
 * (INSERT … SELECT over generate_series, a batch of municipalities per statement), so nothing
 * crosses the wire but the statements; only the grades of closed cycles are computed here, by the
 * real scoring engine. Plain Node + pg: a script, never part of the app.
 *
 * The id maps live in the schema `gen` (gen.tenant, gen.provider, …), which the benchmarks read
 * to find their subjects; the app never sees it.
 */
import pg from "pg";
import { gradeCycle, groupByProvider } from "../../lib/scoring/cycle";
import { DEFAULT_SCORING, type Grade, type ScoredRequirement } from "../../lib/scoring/engine";

export interface NationalOptions {
  tenants: number;
  providersPerTenant: number;
  requirements: number;
  questions: number;
  years: number;
  /** The last (current) cycle's year; earlier cycles are closed and graded. */
  lastYear: number;
  /** Children in a country of 290 municipalities; fewer tenants get their share of it. */
  children: number;
  /** Share of children placed on any one day (seed 000: about 1.5 %). */
  placedShare: number;
  /** The argon2 hash every generated login gets (the demo password), so a person can sign in to look. */
  passwordHash: string;
}

export const NATIONAL_DEFAULTS: Omit<NationalOptions, "passwordHash"> = {
  tenants: 290,
  providersPerTenant: 200,
  requirements: 80,
  questions: 40,
  years: 5,
  lastYear: 2026,
  children: 2_100_000,
  placedShare: 0.015,
};

export type Progress = (line: string) => void;

const GOAL_AREAS = ["Värdegrund", "Trygghet och säkerhet", "Hälsa", "Skola och sysselsättning", "Delaktighet", "Vägen mot ett självständigt liv"];
const SERVICE_TYPES = [
  { code: "HVB", name: "HVB", share: 0.3 },
  { code: "STODBOENDE", name: "Stödboende", share: 0.2 },
  { code: "FAMILJEHEM", name: "Familjehem", share: 0.4 },
  { code: "JOURHEM", name: "Jourhem", share: 0.1 },
];
const INDICATORS = ["Skolgång", "Hälsoundersökning", "Tandvård", "Fritidsaktivitet", "Kontakt med familj", "Genomförandeplan", "Delaktighet i planering", "Boendestöd"];
const STATEMENTS = 10;
/** Mean length of a placement in days (a year and a half, as in the demo municipality). */
const MEAN_PLACEMENT_DAYS = 580;

export interface GeneratedCounts {
  [table: string]: number;
}

/** Fills an empty, migrated database. Returns the row count per table. */
export async function generateNational(ownerUrl: string, options: NationalOptions, progress: Progress): Promise<GeneratedCounts> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const started = performance.now();
  const say = (line: string) => progress(`${line} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  try {
    await client.query("SET synchronous_commit = off");
    await client.query("SET work_mem = '256MB'");
    await client.query("SET maintenance_work_mem = '1GB'");
    // The generator makes consistent rows by construction; checking each foreign key row by row
    // would take most of the time (as pg_restore --disable-triggers). Needs a superuser.
    await client.query("SET session_replication_role = replica");
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "Tenant"`);
    if (Number(rows[0]!.count) > 0) throw new Error("Databasen innehåller redan kommuner. Kör med --fresh för att börja om.");

    await createMaps(client, options);
    say(`${options.tenants} kommuner, ${(options.tenants * options.providersPerTenant).toLocaleString("sv-SE")} utförare planerade`);
    await catalogue(client, options);
    say("kommuner, personer, utförare, krav och frågeformulär inlagda");

    // About two million assessment rows per statement.
    const batch = Math.max(1, Math.floor(2_000_000 / (options.providersPerTenant * options.requirements * options.years)));
    const batched = async (label: string, sql: string) => {
      let rowsSoFar = 0;
      for (let from = 1; from <= options.tenants; from += batch) {
        const to = Math.min(options.tenants, from + batch - 1);
        const result = await client.query(sql, [from, to]);
        rowsSoFar += result.rowCount ?? 0;
        say(`${label}: ${to}/${options.tenants} kommuner, ${rowsSoFar.toLocaleString("sv-SE")} rader`);
      }
    };
    await batched("Uppföljningar och deltagare", CYCLE_PROVIDERS_SQL);
    await batched("Egenrapporteringar", SELF_ASSESSMENTS_SQL);
    await batched("Svar", ANSWERS_SQL);
    await batched("Bedömningar", ASSESSMENTS_SQL);
    await gradeClosedCycles(client, options, say);
    await batched("Placeringar", placementsSql(options));
    await batched("Indikatorvärden", INDICATOR_VALUES_SQL);
    await batched("Enkätsvar", SURVEY_RESPONSES_SQL);
    await batched("Enkätsvar per påstående", SURVEY_ANSWERS_SQL);
    await batched("Utskickade enkäter", SURVEY_SENT_SQL);
    await client.query(REPORTS_SQL);
    say("ANALYZE");
    await client.query("ANALYZE");
    return await countRows(client);
  } finally {
    await client.end();
  }
}

/** Municipality sizes: the n-th largest has children ∝ 1/n^0.9, at least 600. */
export function municipalityChildren(tenants: number, children: number): number[] {
  const weights = Array.from({ length: tenants }, (_, index) => 1 / (index + 1) ** 0.9);
  const sum = weights.reduce((total, weight) => total + weight, 0);
  return weights.map((weight) => Math.max(600, Math.round((children * weight) / sum)));
}

async function createMaps(client: pg.Client, options: NationalOptions) {
  await client.query(`
    CREATE SCHEMA gen;
    CREATE TABLE gen.tenant (n int PRIMARY KEY, id uuid NOT NULL, slug text NOT NULL, children int NOT NULL,
      quality_user uuid, social_membership uuid, org_unit uuid, template_version uuid);
    CREATE TABLE gen.provider (tenant_n int, k int, tenant_id uuid NOT NULL, id uuid NOT NULL, quality real NOT NULL, PRIMARY KEY (tenant_n, k));
    CREATE TABLE gen.requirement (tenant_n int, k int, tenant_id uuid NOT NULL, id uuid NOT NULL, scale text NOT NULL, PRIMARY KEY (tenant_n, k));
    CREATE TABLE gen.question (tenant_n int, k int, tenant_id uuid NOT NULL, id uuid NOT NULL, type text NOT NULL, PRIMARY KEY (tenant_n, k));
    CREATE TABLE gen.cycle (tenant_n int, year int, tenant_id uuid NOT NULL, id uuid NOT NULL, closed boolean NOT NULL, PRIMARY KEY (tenant_n, year));
    CREATE TABLE gen.run (options jsonb NOT NULL, started_at timestamptz NOT NULL DEFAULT now(), seconds real, counts jsonb);
  `);
  // The options as run, without the password hash.
  await client.query("INSERT INTO gen.run (options) VALUES ($1)", [JSON.stringify({ ...options, passwordHash: undefined })]);
  const sizes = municipalityChildren(options.tenants, Math.round((options.children * options.tenants) / NATIONAL_DEFAULTS.tenants));
  await client.query(
    `INSERT INTO gen.tenant (n, id, slug, children)
     SELECT n, uuidv7(), 'kommun-' || lpad(n::text, 3, '0'), children FROM unnest($1::int[]) WITH ORDINALITY AS s(children, n)`,
    [sizes],
  );
  await client.query(
    `INSERT INTO gen.provider SELECT t.n, k, t.id, uuidv7(), random() FROM gen.tenant t, generate_series(1, $1) k ORDER BY t.n, k`,
    [options.providersPerTenant],
  );
  // A tenth of the requirements are supervision items (Ja/Nej/Pågår/Inte aktuellt).
  await client.query(
    `INSERT INTO gen.requirement SELECT t.n, k, t.id, uuidv7(), CASE WHEN k % 10 = 0 THEN 'SUPERVISION' ELSE 'ACTIVITY' END FROM gen.tenant t, generate_series(1, $1) k`,
    [options.requirements],
  );
  await client.query(
    `INSERT INTO gen.question SELECT t.n, k, t.id, uuidv7(), (ARRAY['TEXT', 'STATUS', 'YES_NO', 'NUMBER'])[1 + k % 4] FROM gen.tenant t, generate_series(1, $1) k`,
    [options.questions],
  );
  await client.query(
    `INSERT INTO gen.cycle SELECT t.n, y, t.id, uuidv7(), y < $1::int FROM gen.tenant t, generate_series($1::int - $2::int + 1, $1::int) y`,
    [options.lastYear, options.years],
  );
}

async function catalogue(client: pg.Client, options: NationalOptions) {
  await client.query(`
    INSERT INTO "Tenant" (id, slug, name, "orgNumber", settings)
    SELECT id, slug, 'Kommun ' || lpad(n::text, 3, '0'), '212000-' || lpad(n::text, 4, '0'), '{"suppressionThreshold": 5}'::jsonb FROM gen.tenant;
    UPDATE gen.tenant SET org_unit = uuidv7(), quality_user = uuidv7(), social_membership = uuidv7(), template_version = uuidv7();
    INSERT INTO "OrgUnit" ("tenantId", id, name, kind) SELECT id, org_unit, 'Socialförvaltningen', 'DEPARTMENT'::"OrgUnitKind" FROM gen.tenant;`);
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash")
     SELECT quality_user, 'kvalitet@' || slug || '.gen', 'Kvalitetsutvecklare ' || n, $1 FROM gen.tenant
     UNION ALL SELECT uuidv7(), 'socialsekreterare@' || slug || '.gen', 'Socialsekreterare ' || n, $1 FROM gen.tenant
     UNION ALL SELECT uuidv7(), 'utforare-' || p.k || '@' || t.slug || '.gen', 'Utförare ' || t.n || '-' || p.k, $1 FROM gen.tenant t JOIN gen.provider p ON p.tenant_n = t.n`,
    [options.passwordHash],
  );
  await client.query(`
    INSERT INTO "ServiceType" ("tenantId", id, code, name, category, "sortOrder")
    SELECT t.id, uuidv7(), s.code, s.name, 'RESIDENTIAL'::"ServiceCategory", s.ord FROM gen.tenant t, jsonb_to_recordset($1::jsonb) AS s(code text, name text, ord int)`,
    [JSON.stringify(SERVICE_TYPES.map((type, index) => ({ ...type, ord: index + 1 })))],
  );
  await client.query(`
    INSERT INTO "Provider" ("tenantId", id, name, ownership, "contactEmail", "createdAt")
    SELECT tenant_id, id, 'Utförare ' || tenant_n || '-' || lpad(k::text, 3, '0'),
      (CASE WHEN k % 10 = 0 THEN 'MUNICIPAL' WHEN k % 7 = 0 THEN 'NON_PROFIT' ELSE 'PRIVATE' END)::"ProviderOwnership",
      'kvalitet@utforare-' || tenant_n || '-' || k || '.gen', timestamptz '2020-01-01'
    FROM gen.provider;
    INSERT INTO "Contract" ("tenantId", id, "providerId", form, reference, title, "startsOn", "endsOn", "coveredMunicipalities")
    SELECT tenant_id, uuidv7(), id, 'LOU'::"ContractForm", 'SN ' || tenant_n || '/' || k, 'Avtal om boende', date '2021-01-01', date '2027-12-31', '{}' FROM gen.provider;
    INSERT INTO "Membership" ("tenantId", id, "userId", role, "orgUnitId")
    SELECT t.id, uuidv7(), t.quality_user, 'QUALITY_DEVELOPER'::"Role", t.org_unit FROM gen.tenant t;
    INSERT INTO "Membership" ("tenantId", id, "userId", role, "orgUnitId")
    SELECT t.id, t.social_membership, u.id, 'SOCIAL_SECRETARY'::"Role", t.org_unit FROM gen.tenant t JOIN "User" u ON u.email = 'socialsekreterare@' || t.slug || '.gen';
    INSERT INTO "Membership" ("tenantId", id, "userId", role, "providerId")
    SELECT p.tenant_id, uuidv7(), u.id, 'PROVIDER'::"Role", p.id FROM gen.provider p JOIN gen.tenant t ON t.n = p.tenant_n
      JOIN "User" u ON u.email = 'utforare-' || p.k || '@' || t.slug || '.gen';`);
  await client.query(
    `INSERT INTO "GoalArea" ("tenantId", id, name, "municipalGoal", "sortOrder")
     SELECT t.id, uuidv7(), g.name, 'Kommunens mål för ' || lower(g.name), g.ord FROM gen.tenant t, unnest($1::text[]) WITH ORDINALITY AS g(name, ord)`,
    [GOAL_AREAS],
  );
  // Every tenth requirement (the supervision items) and every 13th activity are critical.
  await client.query(
    `INSERT INTO "Requirement" ("tenantId", id, code, source, reference, title, text, "goalAreaId", scale, "isCritical", weight, "sortOrder")
     SELECT r.tenant_id, r.id, 'K' || lpad(r.k::text, 3, '0'),
       (CASE WHEN r.k % 3 = 0 THEN 'LAW' WHEN r.k % 3 = 1 THEN 'CONTRACT' ELSE 'MUNICIPAL_GOAL' END)::"RequirementSource",
       CASE WHEN r.k % 3 = 0 THEN 'SoL 3 kap. 3 §' END, 'Krav ' || r.k, 'Utföraren ska uppfylla krav ' || r.k || '.',
       g.id, r.scale::"AssessmentScale", r.k % 13 = 0, 1 + (r.k % 3 = 0)::int, r.k
     FROM gen.requirement r JOIN "GoalArea" g ON g."tenantId" = r.tenant_id AND g."sortOrder" = 1 + r.k % $1`,
    [GOAL_AREAS.length],
  );
  await client.query(`
    INSERT INTO "QuestionnaireTemplate" ("tenantId", id, name) SELECT id, template_version, 'Egenrapportering boende' FROM gen.tenant;
    INSERT INTO "QuestionnaireVersion" ("tenantId", id, "templateId", number, status, "publishedAt")
    SELECT id, template_version, template_version, 1, 'PUBLISHED'::"TemplateVersionStatus", timestamptz '2021-12-01' FROM gen.tenant;
    INSERT INTO "QuestionSection" ("tenantId", id, "versionId", title, "sortOrder")
    SELECT t.id, uuidv7(), t.template_version, 'Avsnitt ' || s, s FROM gen.tenant t, generate_series(1, 4) s;
    INSERT INTO "Question" ("tenantId", id, "versionId", "sectionId", key, type, text, "sortOrder")
    SELECT q.tenant_id, q.id, t.template_version, s.id, 'q' || q.k, q.type::"QuestionType", 'Fråga ' || q.k || ': hur arbetar ni med detta?', q.k
    FROM gen.question q JOIN gen.tenant t ON t.n = q.tenant_n
      JOIN "QuestionSection" s ON s."tenantId" = q.tenant_id AND s."sortOrder" = 1 + q.k % 4;
    INSERT INTO "QuestionRequirement" ("tenantId", "questionId", "requirementId")
    SELECT q.tenant_id, q.id, r.id FROM gen.question q JOIN gen.requirement r ON r.tenant_n = q.tenant_n
      AND (r.k - 1) % (SELECT count(*) FROM gen.question WHERE tenant_n = 1) = q.k - 1;
    INSERT INTO "FollowUpCycle" ("tenantId", id, name, year, "serviceArea", "periodStart", "periodEnd", "templateVersionId", status,
      "selfAssessmentDueOn", "assessmentDueOn", "selectionConfirmedAt", "providerCountAtSelection")
    SELECT c.tenant_id, c.id, 'Boende ' || c.year, c.year, 'Boende för barn och unga', make_date(c.year, 1, 1), make_date(c.year, 12, 31),
      t.template_version, (CASE WHEN c.closed THEN 'CLOSED' ELSE 'REVIEW' END)::"CycleStatus",
      make_date(c.year, 4, 30), make_date(c.year, 9, 30), make_date(c.year, 1, 15), (SELECT count(*) FROM gen.provider WHERE tenant_n = 1)
    FROM gen.cycle c JOIN gen.tenant t ON t.n = c.tenant_n;
    INSERT INTO "SurveyStatement" ("tenantId", id, code, text)
    SELECT t.id, uuidv7(), 'P' || s, 'Påstående ' || s FROM gen.tenant t, generate_series(1, ${STATEMENTS}) s;
    INSERT INTO "Survey" ("tenantId", id, "cycleId", name, year, "sentCount", "conductedOn")
    SELECT c.tenant_id, uuidv7(), c.id, 'Enkät ' || c.year, c.year, 0, make_date(c.year, 10, 1) FROM gen.cycle c;
    INSERT INTO "SurveyItem" ("tenantId", "surveyId", "statementId", "sortOrder")
    SELECT s."tenantId", s.id, st.id, substr(st.code, 2)::int FROM "Survey" s JOIN "SurveyStatement" st ON st."tenantId" = s."tenantId";`);
  await client.query(
    `INSERT INTO "Indicator" ("tenantId", id, code, name, kind, "ageBands", "sortOrder")
     SELECT t.id, uuidv7(), 'I' || i.ord, i.name, 'SHARE'::"IndicatorValueKind", '{}'::"AgeBand"[], i.ord FROM gen.tenant t, unnest($1::text[]) WITH ORDINALITY AS i(name, ord)`,
    [INDICATORS],
  );
}

/** Every provider takes part in every cycle; the current cycle is under review. */
const CYCLE_PROVIDERS_SQL = `
  INSERT INTO "CycleProvider" ("tenantId", id, "cycleId", "providerId", reasons, "reviewStatus", "finalisedAt")
  SELECT c.tenant_id, uuidv7(), c.id, p.id, ARRAY['COVERAGE']::"SelectionReason"[],
    (CASE WHEN c.closed THEN 'FINALISED' ELSE 'IN_PROGRESS' END)::"ReviewStatus", CASE WHEN c.closed THEN make_timestamptz(c.year, 10, 15, 0, 0, 0) END
  FROM gen.cycle c JOIN gen.provider p ON p.tenant_n = c.tenant_n WHERE c.tenant_n BETWEEN $1 AND $2`;

const SELF_ASSESSMENTS_SQL = `
  INSERT INTO "SelfAssessment" ("tenantId", id, "cycleId", "providerId", status, "submittedAt", "updatedAt")
  SELECT c.tenant_id, uuidv7(), c.id, p.id, (CASE WHEN c.closed THEN 'LOCKED' ELSE 'SUBMITTED' END)::"SelfAssessmentStatus",
    make_timestamptz(c.year, 4, 20, 12, 0, 0), make_timestamptz(c.year, 4, 20, 12, 0, 0)
  FROM gen.cycle c JOIN gen.provider p ON p.tenant_n = c.tenant_n WHERE c.tenant_n BETWEEN $1 AND $2`;

const ANSWERS_SQL = `
  INSERT INTO "Answer" ("tenantId", id, "selfAssessmentId", "questionId", value, version, "updatedAt")
  SELECT s."tenantId", uuidv7(), s.id, q.id,
    CASE q.type
      WHEN 'TEXT' THEN to_jsonb('Vi följer vår rutin för fråga ' || q.k || ' och följer upp den varje kvartal.')
      WHEN 'STATUS' THEN to_jsonb((ARRAY['YES', 'YES', 'YES', 'IN_PROGRESS', 'NO', 'NOT_APPLICABLE'])[1 + floor(random() * 6)::int])
      WHEN 'YES_NO' THEN to_jsonb((ARRAY['YES', 'YES', 'YES', 'NO'])[1 + floor(random() * 4)::int])
      ELSE to_jsonb(floor(random() * 40)::int)
    END, 1, s."updatedAt"
  FROM "SelfAssessment" s JOIN gen.question q ON q.tenant_id = s."tenantId"
  WHERE s."tenantId" IN (SELECT id FROM gen.tenant WHERE n BETWEEN $1 AND $2)`;

/**
 * A provider's quality (0–1, drawn once) sets the odds of each result, so grades spread as in seed
 * 000: most adequate, some notably mature, some low.
 */
const ASSESSMENTS_SQL = `
  INSERT INTO "Assessment" ("tenantId", id, "cycleId", "providerId", "requirementId", outcome, "supervisionAnswer", motivation, version, "assessedById", "updatedAt")
  SELECT tenant_id, uuidv7(), cycle_id, provider_id, requirement_id,
    CASE WHEN scale = 'ACTIVITY' THEN (CASE WHEN x < 0.6 + 0.39 * quality THEN 'ACHIEVED' WHEN x < 0.9 + 0.1 * quality THEN 'PARTIALLY_ACHIEVED' ELSE 'NOT_ACHIEVED' END)::"AssessmentOutcome" END,
    CASE WHEN scale = 'SUPERVISION' THEN (CASE WHEN x < 0.8 + 0.19 * quality THEN 'YES' WHEN x < 0.9 THEN 'IN_PROGRESS' WHEN x < 0.97 THEN 'NOT_APPLICABLE' ELSE 'NO' END)::"SupervisionAnswer" END,
    CASE WHEN x >= 0.6 + 0.39 * quality AND scale = 'ACTIVITY' THEN 'Rutinen finns men följs inte upp.' END,
    1, quality_user, make_timestamptz(year, 9, 1, 12, 0, 0)
  FROM (
    -- One draw per assessment. In a subquery's select list random() runs for every row; in a
    -- LATERAL that names only the provider, PostgreSQL may cache one draw per provider (Memoize).
    SELECT c.tenant_id, c.id AS cycle_id, c.year, p.id AS provider_id, p.quality, r.id AS requirement_id, r.scale, t.quality_user, random() AS x
    FROM gen.cycle c JOIN gen.tenant t ON t.n = c.tenant_n JOIN gen.provider p ON p.tenant_n = c.tenant_n JOIN gen.requirement r ON r.tenant_n = c.tenant_n
    WHERE c.tenant_n BETWEEN $1 AND $2
  ) draw`;

/**
 * Placements over the cycles' years: as many as keep the share placed on a day near
 * options.placedShare, each 60–1100 days long, at a provider and in a form drawn at random.
 */
function placementsSql(options: NationalOptions): string {
  const firstDay = `make_date(${options.lastYear - options.years}, 1, 1)`;
  const days = (options.years + 1) * 365 - 60;
  const perChild = (options.placedShare * days) / MEAN_PLACEMENT_DAYS;
  return `
  INSERT INTO "Placement" ("tenantId", id, code, "providerId", "serviceTypeId", "ageBand", gender, "asylumStatus", "needsLevel", "startsOn", "endsOn",
    "responsibleMembershipId", "orgUnitId", "createdAt")
  SELECT t.id, uuidv7(), 'G-' || lpad(i::text, 6, '0'), p.id,
    (SELECT st.id FROM "ServiceType" st WHERE st."tenantId" = t.id AND st."sortOrder" = CASE WHEN f < 0.3 THEN 1 WHEN f < 0.5 THEN 2 WHEN f < 0.9 THEN 3 ELSE 4 END),
    (ARRAY['AGE_0_15', 'AGE_16_17', 'AGE_16_17', 'AGE_18_20'])[1 + floor(random() * 4)::int]::"AgeBand",
    (ARRAY['BOY', 'BOY', 'GIRL', 'GIRL', 'BOY', 'OTHER'])[1 + floor(random() * 6)::int]::"Gender",
    (ARRAY['PERMANENT_PERMIT', 'TEMPORARY_PERMIT', 'ASYLUM_SEEKER', NULL])[1 + floor(random() * 4)::int]::"AsylumStatus",
    (CASE WHEN random() < 0.15 THEN 'EXTENSIVE' ELSE 'STANDARD' END)::"NeedsLevel",
    ${firstDay} + start, CASE WHEN ${firstDay} + start + length < current_date THEN ${firstDay} + start + length END,
    t.social_membership, t.org_unit, now()
  FROM (
    -- Draws per placement in a subquery's select list, so that each row gets its own (see ASSESSMENTS_SQL).
    SELECT t.*, i, random() AS f, floor(random() * ${days})::int AS start, 60 + floor(random() * ${2 * MEAN_PLACEMENT_DAYS - 120})::int AS length,
      1 + floor(random() * ${options.providersPerTenant})::int AS provider_k
    FROM gen.tenant t CROSS JOIN LATERAL generate_series(1, greatest(1, round(t.children * ${perChild})::int)) i
    WHERE t.n BETWEEN $1 AND $2
  ) t
    JOIN gen.provider p ON p.tenant_n = t.n AND p.k = t.provider_k`;
}

/** For each year a placement was active in, each indicator met or not (seven in ten are). */
const INDICATOR_VALUES_SQL = `
  INSERT INTO "IndicatorValue" ("tenantId", id, "indicatorId", "placementId", year, met, "reportedById", "reportedAt")
  SELECT pl."tenantId", uuidv7(), ind.id, pl.id, y, random() < 0.7, t.quality_user, make_timestamptz(y, 12, 15, 12, 0, 0)
  FROM gen.tenant t JOIN "Placement" pl ON pl."tenantId" = t.id
    CROSS JOIN LATERAL generate_series(extract(year FROM pl."startsOn")::int, extract(year FROM coalesce(pl."endsOn", current_date))::int) y
    JOIN "Indicator" ind ON ind."tenantId" = t.id
  WHERE t.n BETWEEN $1 AND $2 AND y < extract(year FROM current_date)`;

/** Half the young people placed on 1 October answer that year's survey. */
const SURVEY_RESPONSES_SQL = `
  INSERT INTO "SurveyResponse" ("tenantId", id, "surveyId", "serviceTypeId", "providerId", gender, "ageBand", "respondedOn")
  SELECT s."tenantId", uuidv7(), s.id, pl."serviceTypeId", pl."providerId", pl.gender,
    (CASE pl."ageBand" WHEN 'AGE_0_15' THEN 'UNDER_16' WHEN 'AGE_16_17' THEN 'AGE_16_17' WHEN 'AGE_18_20' THEN 'AGE_18_19' ELSE 'AGE_20_PLUS' END)::"SurveyAgeBand",
    s."conductedOn"
  FROM gen.tenant t JOIN "Survey" s ON s."tenantId" = t.id
    JOIN "Placement" pl ON pl."tenantId" = t.id AND pl."startsOn" <= s."conductedOn" AND (pl."endsOn" IS NULL OR pl."endsOn" >= s."conductedOn")
  WHERE t.n BETWEEN $1 AND $2 AND random() < 0.5`;

const SURVEY_ANSWERS_SQL = `
  INSERT INTO "SurveyAnswer" ("tenantId", id, "responseId", "statementId", score)
  SELECT r."tenantId", uuidv7(), r.id, st.id, (ARRAY[1, 2, 3, 3, 3, 2])[1 + floor(random() * 6)::int]
  FROM gen.tenant t JOIN "SurveyResponse" r ON r."tenantId" = t.id JOIN "SurveyStatement" st ON st."tenantId" = t.id
  WHERE t.n BETWEEN $1 AND $2`;

const SURVEY_SENT_SQL = `
  UPDATE "Survey" s SET "sentCount" = 2 * (SELECT count(*) FROM "SurveyResponse" r WHERE r."tenantId" = s."tenantId" AND r."surveyId" = s.id)
  WHERE s."tenantId" IN (SELECT id FROM gen.tenant WHERE n BETWEEN $1 AND $2)`;

/** Each municipality's annual report of its last closed cycle, as a draft. */
const REPORTS_SQL = `
  INSERT INTO "Report" ("tenantId", id, "cycleId", template, title, year, "countDay")
  SELECT c.tenant_id, uuidv7(), c.id, 'ANNUAL_QUALITY_REPORT'::"ReportTemplate", 'Kvalitetsrapport ' || c.year, c.year, make_date(c.year, 8, 31)
  FROM gen.cycle c WHERE c.year = (SELECT max(year) FROM gen.cycle WHERE closed)`;

interface AssessmentRow {
  providerId: string;
  requirementId: string;
  outcome: "ACHIEVED" | "PARTIALLY_ACHIEVED" | "NOT_ACHIEVED" | null;
  supervisionAnswer: "YES" | "NO" | "IN_PROGRESS" | "NOT_APPLICABLE" | null;
}

/** Grade snapshots for the closed cycles by the app's own grading, oldest first so each knows the one before. */
async function gradeClosedCycles(client: pg.Client, options: NationalOptions, say: Progress) {
  const { rows: tenants } = await client.query<{ n: number; id: string; quality_user: string }>("SELECT n, id, quality_user FROM gen.tenant ORDER BY n");
  const config = JSON.stringify(DEFAULT_SCORING);
  let written = 0;
  for (const tenant of tenants) {
    const { rows: requirements } = await client.query<ScoredRequirement>(
      `SELECT r.id, r.code, r.title, g.name AS "goalArea", r.scale, r."isCritical", r.weight FROM "Requirement" r LEFT JOIN "GoalArea" g ON g."tenantId" = r."tenantId" AND g.id = r."goalAreaId" WHERE r."tenantId" = $1`,
      [tenant.id],
    );
    const { rows: cycles } = await client.query<{ id: string; year: number }>("SELECT id, year FROM gen.cycle WHERE tenant_n = $1 AND closed ORDER BY year", [tenant.n]);
    const previousOf = new Map<string, { grade: Grade; total: number }>();
    for (const cycle of cycles) {
      const { rows } = await client.query<AssessmentRow>(
        `SELECT "providerId", "requirementId", outcome, "supervisionAnswer" FROM "Assessment" WHERE "tenantId" = $1 AND "cycleId" = $2`,
        [tenant.id, cycle.id],
      );
      const grades = gradeCycle({
        assessmentsOf: groupByProvider(rows),
        requirements: new Map(requirements.map((requirement) => [requirement.id, requirement])),
        previousOf,
        config: DEFAULT_SCORING,
      });
      const snapshots = [...grades].map(([providerId, result]) => {
        previousOf.set(providerId, { grade: result.grade, total: result.total });
        return { providerId, grade: result.grade, total: result.total, areaScores: result.areaScores, explanation: { reasons: result.reasons, change: result.change } };
      });
      await client.query(
        `INSERT INTO "GradeSnapshot" ("tenantId", id, "cycleId", "providerId", grade, "totalScore", "areaScores", explanation, config, "isPublished", "createdById", "createdAt")
         SELECT $1, uuidv7(), $2, s."providerId", s.grade::"MaturityGrade", s.total, s."areaScores", s.explanation, $3::jsonb, true, $4, make_timestamptz($5, 10, 15, 0, 0, 0)
         FROM jsonb_to_recordset($6::jsonb) AS s("providerId" uuid, grade text, total numeric, "areaScores" jsonb, explanation jsonb)`,
        [tenant.id, cycle.id, config, tenant.quality_user, cycle.year, JSON.stringify(snapshots)],
      );
      written += snapshots.length;
    }
    if (tenant.n % 10 === 0 || tenant.n === options.tenants) say(`Fastställda kvalitetsmognader: ${tenant.n}/${options.tenants} kommuner, ${written.toLocaleString("sv-SE")} rader`);
  }
}

async function countRows(client: pg.Client): Promise<GeneratedCounts> {
  const { rows } = await client.query<{ table: string }>(
    `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY c.relname`,
  );
  const counts: GeneratedCounts = {};
  for (const { table } of rows) {
    const result = await client.query<{ count: string }>(`SELECT count(*) FROM ${pg.escapeIdentifier(table)}`);
    counts[table] = Number(result.rows[0]!.count);
  }
  return counts;
}
