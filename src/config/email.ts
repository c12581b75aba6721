import nodemailer from 'nodemailer'
import type { PayloadEmailAdapter } from 'payload'

/**
 * Payload's email adapter over SMTP (nodemailer), made only when SMTP_HOST is set; without it
 * Payload writes each email to the log instead. Written here because @payloadcms/email-nodemailer
 * pins another Payload version. The transport connects only when a message is sent.
 *
 * SMTP_PORT (587), SMTP_SECURE ('true' for TLS from the first byte, as on 465; otherwise STARTTLS
 * when the server offers it), SMTP_USER and SMTP_PASS (no login when unset), SMTP_FROM and
 * SMTP_FROM_NAME (the sender).
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env): PayloadEmailAdapter | undefined {
  const host = env.SMTP_HOST?.trim()
  if (!host) return undefined
  const defaultFromAddress = env.SMTP_FROM?.trim() || 'newsroom@localhost'
  const defaultFromName = env.SMTP_FROM_NAME?.trim() || 'PR Newsroom'
  const transport = nodemailer.createTransport({
    host,
    port: Number(env.SMTP_PORT) || 587,
    secure: env.SMTP_SECURE === 'true',
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
  })
  return () => ({
    name: 'smtp',
    defaultFromAddress,
    defaultFromName,
    sendEmail: (message) =>
      transport.sendMail({ ...message, from: message.from ?? { name: defaultFromName, address: defaultFromAddress } }),
  })
}
