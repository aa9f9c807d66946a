import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { tenantCtxOf } from "@/lib/auth/session";
import { listOutbox } from "@/lib/data/outbox";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Utskick" };

const STATUS = { PENDING: "Väntar", SENT: "Skickat", FAILED: "Misslyckades" } as const;

export default async function OutboxPage() {
  const actor = await requirePermission("outbox.read");
  const messages = await listOutbox(tenantCtxOf(actor));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Utskick</h1>
        <p className="text-slate-600">E-post som systemet har skickat eller ska skicka, de senaste 100. I utvecklingsläge skrivs breven också ut i terminalen.</p>
      </div>
      {messages.length === 0 ? (
        <p className="text-slate-600">Inga utskick ännu.</p>
      ) : (
        <ul className="space-y-3">
          {messages.map((message) => (
            <li key={message.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="font-semibold">{message.subject}</p>
              <p className="text-sm text-slate-600">
                Till {message.toAddress} · {STATUS[message.status as keyof typeof STATUS]} · {formatDateTime(message.sentAt ?? message.createdAt)}
              </p>
              <pre className="mt-2 text-sm break-words whitespace-pre-wrap">{message.bodyText}</pre>
              {message.attachmentName ? <p className="mt-1 text-sm text-slate-600">Bilaga: {message.attachmentName}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
