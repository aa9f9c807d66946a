import "server-only";
import { unsafeAcrossTenants, withTenant, type Tx } from "@/lib/db/tenant";
import { emailTransport, type OutgoingEmail } from "@/lib/outbox/transport";
import type { TenantCtx } from "./tenant-context";

/** Queues an e-mail in the same transaction as the write that caused it. */
export async function enqueueEmail(tx: Tx, tenantId: string, kind: string, email: OutgoingEmail): Promise<void> {
  await tx.outboxMessage.create({
    data: {
      tenantId,
      kind,
      toAddress: email.to,
      subject: email.subject,
      bodyText: email.text,
      attachmentName: email.attachment?.fileName,
      attachmentType: email.attachment?.contentType,
      attachmentText: email.attachment?.text,
    },
  });
}

/**
 * Delivers pending messages through the transport. Runs in-process after a write; a failure is
 * recorded on the message and retried on the next run (up to five attempts).
 */
export async function deliverPendingEmails(): Promise<number> {
  const pending = await unsafeAcrossTenants((tx) =>
    tx.outboxMessage.findMany({ where: { status: "PENDING", attempts: { lt: 5 } }, orderBy: { createdAt: "asc" }, take: 50 }),
  );
  let sent = 0;
  for (const message of pending) {
    try {
      const attachment =
        message.attachmentName && message.attachmentText !== null
          ? { fileName: message.attachmentName, contentType: message.attachmentType ?? "text/plain", text: message.attachmentText }
          : undefined;
      await emailTransport().send({ to: message.toAddress, subject: message.subject, text: message.bodyText, attachment });
      await withTenant(message.tenantId, (tx) =>
        tx.outboxMessage.update({
          where: { tenantId_id: { tenantId: message.tenantId, id: message.id } },
          data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 } },
        }),
      );
      sent++;
    } catch (error) {
      await withTenant(message.tenantId, (tx) =>
        tx.outboxMessage.update({
          where: { tenantId_id: { tenantId: message.tenantId, id: message.id } },
          data: { attempts: { increment: 1 }, lastError: String(error), status: message.attempts + 1 >= 5 ? "FAILED" : "PENDING" },
        }),
      );
    }
  }
  return sent;
}

export interface OutboxRow {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  attachmentName: string | null;
  kind: string;
  status: string;
  createdAt: Date;
  sentAt: Date | null;
}

export async function listOutbox(ctx: TenantCtx, limit = 100): Promise<OutboxRow[]> {
  return withTenant(ctx.tenantId, (tx) =>
    tx.outboxMessage.findMany({
      where: { tenantId: ctx.tenantId },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, toAddress: true, subject: true, bodyText: true, attachmentName: true, kind: true, status: true, createdAt: true, sentAt: true },
    }),
  );
}
