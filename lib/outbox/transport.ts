/**
 * How e-mail leaves the system. The outbox table is the queue; a transport delivers one message.
 * In development and tests the console transport prints it (and the admin's outbox page shows it);
 * a deployment plugs in SMTP or an e-mail API here.
 */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** A text attachment, e.g. a calendar invitation (text/calendar). */
  attachment?: { fileName: string; contentType: string; text: string };
}

export interface EmailTransport {
  readonly name: string;
  send(email: OutgoingEmail): Promise<void>;
}

export const consoleTransport: EmailTransport = {
  name: "console",
  async send(email) {
    const attachment = email.attachment ? `[e-post] Bilaga: ${email.attachment.fileName} (${email.attachment.contentType})\n` : "";
    console.log(`\n[e-post] Till: ${email.to}\n[e-post] Ämne: ${email.subject}\n${attachment}${email.text}\n`);
  },
};

let active: EmailTransport = consoleTransport;

export function emailTransport(): EmailTransport {
  return active;
}

/** Replaces the transport, e.g. with an SMTP one at start-up, or a recording one in tests. */
export function setEmailTransport(transport: EmailTransport): void {
  active = transport;
}
