import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailConfigured, sendMail } from "@/lib/mail/send";
import { startSmtpCapture, type SmtpCapture } from "./support/smtp";

// Mail through nodemailer to a real SMTP server in this process (tests/support/smtp.ts).
describe("sending mail", () => {
  let smtp: SmtpCapture;
  const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM };

  beforeAll(async () => {
    smtp = await startSmtpCapture();
  });
  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await smtp.stop();
  });

  it("is configured only with both SMTP_URL and MAIL_FROM", () => {
    expect(mailConfigured({})).toBe(false);
    expect(mailConfigured({ SMTP_URL: "smtp://localhost:25" })).toBe(false);
    expect(mailConfigured({ MAIL_FROM: "a@b.gov.uk" })).toBe(false);
    expect(mailConfigured({ SMTP_URL: " ", MAIL_FROM: "a@b.gov.uk" })).toBe(false);
    expect(mailConfigured({ SMTP_URL: "smtp://localhost:25", MAIL_FROM: "a@b.gov.uk" })).toBe(true);
  });

  it("refuses to send when not configured, and sends nothing", async () => {
    delete process.env.SMTP_URL;
    process.env.MAIL_FROM = "Stocktake <stocktake@send.example.gov.uk>";
    const before = smtp.messages.length;
    await expect(sendMail({ to: "nobody@example.gov.uk", subject: "s", text: "t" })).rejects.toThrow(/not configured/);
    expect(smtp.messages.length).toBe(before);
  });

  it("delivers a message with its subject, text, HTML, headers and sender", async () => {
    process.env.SMTP_URL = smtp.url;
    process.env.MAIL_FROM = "Stocktake <stocktake@send.example.gov.uk>";
    const to = `mail-${Date.now()}@example.gov.uk`;
    await sendMail({
      to,
      subject: "You are invited to Stocktake",
      text: "Open http://localhost:3000/invite/abc to join.",
      html: '<p>Open <a href="http://localhost:3000/invite/abc">the invitation</a>.</p>',
      headers: { "X-Stocktake": "invitation" },
    });
    const mail = await smtp.next(to);
    expect(mail.to).toEqual([to]);
    expect(mail.subject).toBe("You are invited to Stocktake");
    expect(mail.text).toContain("http://localhost:3000/invite/abc");
    expect(mail.html).toContain('href="http://localhost:3000/invite/abc"');
    expect(mail.headers["x-stocktake"]).toBe("invitation");
    expect(mail.headers.from).toContain("stocktake@send.example.gov.uk");
  });
});
