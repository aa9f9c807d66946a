import { z } from "./zod";

const optionalText = z.preprocess((value) => (value === "" ? undefined : value), z.string().max(100).optional());
const optionalDate = z.preprocess(
  (value) => (value === "" ? undefined : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ange datum som ÅÅÅÅ-MM-DD.").optional(),
);

/** The audit log's filter, read from the page's search parameters. */
export const auditFilterSchema = z.object({
  entity: optionalText,
  action: optionalText,
  from: optionalDate,
  to: optionalDate,
});
export type AuditFilterInput = z.infer<typeof auditFilterSchema>;
