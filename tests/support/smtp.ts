// A real SMTP server, in this process, that keeps what it is sent: mail is
// tested by sending it through nodemailer to this server and reading it back
// with mailparser, never by mocking nodemailer.
import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CapturedMail = { to: string[]; subject: string; text: string; html: string | null; headers: Record<string, string> };

export type SmtpCapture = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  messages: CapturedMail[];
  /** The next message to this address (one already received and not yet taken, or the next to arrive). */
  next(to: string, timeoutMs?: number): Promise<CapturedMail>;
  stop(): Promise<void>;
};

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value.map((entry) => (entry.address ?? "").toLowerCase()));

export async function startSmtpCapture(): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  const taken = new Set<CapturedMail>();
  const waiting: { to: string; resolve: (mail: CapturedMail) => void }[] = [];

  const deliver = (mail: CapturedMail) => {
    messages.push(mail);
    const waiter = waiting.find((w) => mail.to.includes(w.to));
    if (!waiter) return;
    waiting.splice(waiting.indexOf(waiter), 1);
    taken.add(mail);
    waiter.resolve(mail);
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const headers: Record<string, string> = {};
          for (const [key, value] of parsed.headers) headers[key] = typeof value === "string" ? value : JSON.stringify(value);
          deliver({ to: addresses(parsed.to), subject: parsed.subject ?? "", text: parsed.text ?? "", html: typeof parsed.html === "string" ? parsed.html : null, headers });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    next(to, timeoutMs = 10_000) {
      const address = to.toLowerCase();
      const ready = messages.find((mail) => !taken.has(mail) && mail.to.includes(address));
      if (ready) {
        taken.add(ready);
        return Promise.resolve(ready);
      }
      return new Promise((resolve, reject) => {
        const waiter = { to: address, resolve };
        waiting.push(waiter);
        setTimeout(() => {
          const at = waiting.indexOf(waiter);
          if (at === -1) return;
          waiting.splice(at, 1);
          reject(new Error(`No mail to ${to} within ${timeoutMs} ms (received: ${messages.map((m) => m.to.join(",")).join("; ") || "none"}).`));
        }, timeoutMs);
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
