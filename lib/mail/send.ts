import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

// Email goes out through one SMTP server named by SMTP_URL
// ("smtp://user:pass@mail.example.org:587", or smtps:// for implicit TLS),
// from MAIL_FROM ("Stocktake <stocktake@council.gov.uk>"). Without both, the
// app sends nothing and the people who would have been mailed are shown the
// link instead (an invitation, a password reset).

export type MailMessage = { to: string; subject: string; text: string; html?: string; headers?: Record<string, string> };

export function mailConfigured(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim() && env.MAIL_FROM?.trim());
}

const globalForMail = globalThis as unknown as { stocktakeMail?: { url: string; transport: Transporter } };

/** One pooled transport per SMTP_URL, made on first use (a test may point SMTP_URL elsewhere). */
function transport(url: string): Transporter {
  if (globalForMail.stocktakeMail?.url !== url) {
    globalForMail.stocktakeMail?.transport.close();
    globalForMail.stocktakeMail = { url, transport: nodemailer.createTransport(url) };
  }
  return globalForMail.stocktakeMail.transport;
}

/** Sends one message and returns its Message-ID (the one given in its headers, or the transport's); throws when mail is not configured or the server refuses it. */
export async function sendMail(message: MailMessage): Promise<string> {
  if (!mailConfigured()) throw new Error("Mail is not configured: set SMTP_URL and MAIL_FROM.");
  const info = await transport(process.env.SMTP_URL!.trim()).sendMail({
    from: process.env.MAIL_FROM!.trim(),
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: message.headers,
  });
  if (info.rejected.length > 0) throw new Error(`The mail server refused ${info.rejected.join(", ")}.`);
  return info.messageId;
}
