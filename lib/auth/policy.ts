/**
 * The one place that decides who may do what. A pure role × permission table plus the two
 * isolation rules: a resource in another tenant does not exist for the actor, and neither does a
 * provider's resource for a user of another provider. Used by every page, action and route handler.
 */
import type { RoleCode } from "@/lib/domain/labels";

const MUNICIPAL: RoleCode[] = ["ADMIN", "QUALITY_DEVELOPER", "SOCIAL_SECRETARY", "READER"];
const EVERYONE: RoleCode[] = [...MUNICIPAL, "PROVIDER"];

export const PERMISSIONS = {
  "dashboard.view": EVERYONE,
  "account.manage": EVERYONE,
  "tenant.switch": EVERYONE,
  "provider.read": EVERYONE,
  "provider.list": MUNICIPAL,
  "cycle.read": MUNICIPAL,
  "cycle.manage": ["QUALITY_DEVELOPER"],
  "requirement.read": MUNICIPAL,
  "requirement.manage": ["QUALITY_DEVELOPER"],
  "questionnaire.read": MUNICIPAL,
  "questionnaire.manage": ["QUALITY_DEVELOPER"],
  "selfAssessment.read": EVERYONE,
  "selfAssessment.write": ["PROVIDER"],
  "selfAssessment.reopen": ["QUALITY_DEVELOPER"],
  "assessment.read": MUNICIPAL,
  "assessment.write": ["QUALITY_DEVELOPER"],
  "grade.finalise": ["QUALITY_DEVELOPER"],
  "reviewComment.read": MUNICIPAL,
  "reviewComment.write": ["QUALITY_DEVELOPER", "SOCIAL_SECRETARY"],
  "scoring.configure": ["QUALITY_DEVELOPER", "ADMIN"],
  "indicator.read": MUNICIPAL,
  "indicator.manage": ["QUALITY_DEVELOPER"],
  "indicator.report": ["QUALITY_DEVELOPER", "SOCIAL_SECRETARY"],
  "deviation.read": MUNICIPAL,
  "deviation.manage": ["QUALITY_DEVELOPER"],
  "survey.read": MUNICIPAL,
  "survey.manage": ["QUALITY_DEVELOPER"],
  "placement.read": ["ADMIN", "QUALITY_DEVELOPER", "SOCIAL_SECRETARY"],
  "placement.manage": ["QUALITY_DEVELOPER", "SOCIAL_SECRETARY"],
  "grade.read": EVERYONE,
  "dialogue.read": EVERYONE,
  "dialogue.manage": ["QUALITY_DEVELOPER"],
  "action.read": EVERYONE,
  "action.update": ["ADMIN", "QUALITY_DEVELOPER", "SOCIAL_SECRETARY", "PROVIDER"],
  "action.manage": ["QUALITY_DEVELOPER"],
  "actionPlan.submit": ["PROVIDER"],
  "qualityPlan.read": MUNICIPAL,
  "report.read": MUNICIPAL,
  "report.manage": ["QUALITY_DEVELOPER"],
  "qualityPlan.manage": ["QUALITY_DEVELOPER"],
  "audit.read": ["ADMIN", "QUALITY_DEVELOPER"],
  "user.read": ["ADMIN"],
  "user.manage": ["ADMIN"],
  "tenant.configure": ["ADMIN"],
  "outbox.read": ["ADMIN"],
} as const satisfies Record<string, readonly RoleCode[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Permissions whose resource belongs to one provider: provider users get their own only. */
const PROVIDER_SCOPED: ReadonlySet<Permission> = new Set([
  "provider.read",
  "selfAssessment.read",
  "selfAssessment.write",
  "grade.read",
  "dialogue.read",
  "action.read",
  "action.update",
  "actionPlan.submit",
]);

export interface PolicySubject {
  role: RoleCode;
  tenantId: string;
  /** Set for provider users. */
  providerId: string | null;
}

export interface PolicyResource {
  tenantId: string;
  providerId?: string | null;
  /** For grades: published ones only are visible to providers. */
  published?: boolean;
}

/** "not_found" when the resource is outside the actor's reach, so its existence is not revealed. */
export type Decision = "allow" | "forbidden" | "not_found";

/**
 * Without a resource this only decides whether the role may attempt the action at all (the gate
 * every server action passes first); the data layer then decides for the resource it loads.
 */
export function decide(subject: PolicySubject, permission: Permission, resource?: PolicyResource): Decision {
  if (resource && resource.tenantId !== subject.tenantId) return "not_found";
  const roles: readonly RoleCode[] = PERMISSIONS[permission];
  if (!roles.includes(subject.role)) return resource ? "not_found" : "forbidden";
  if (subject.role === "PROVIDER" && PROVIDER_SCOPED.has(permission) && resource) {
    if (!subject.providerId || resource.providerId !== subject.providerId) return "not_found";
    if (permission === "grade.read" && !resource.published) return "not_found";
  }
  return "allow";
}

export function can(subject: PolicySubject, permission: Permission, resource?: PolicyResource): boolean {
  return decide(subject, permission, resource) === "allow";
}
