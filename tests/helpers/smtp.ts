import type { AddressInfo } from 'net'
import { SMTPServer } from 'smtp-server'

export type CapturedMail = { from: string; to: string[]; subject: string; text: string }

export type SmtpCapture = {
  port: number
  messages: CapturedMail[]
  /** Resolves once `predicate` holds for the captured messages; fails after `timeoutMs`. */
  waitFor: (predicate: (messages: CapturedMail[]) => boolean, timeoutMs?: number) => Promise<void>
  close: () => Promise<void>
}

/** A real SMTP server on a free loopback port that keeps every message in memory, decoded. */
export async function startSmtpCapture(): Promise<SmtpCapture> {
  const messages: CapturedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    // No TLS in tests: with STARTTLS offered, the client would upgrade to a self-signed certificate.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          ...decode(raw),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    port,
    messages,
    waitFor: async (predicate, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs
      while (!predicate(messages)) {
        if (Date.now() > deadline) throw new Error(`SMTP capture: condition not met in ${timeoutMs} ms (${messages.length} messages)`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Enough MIME for the single-part text messages nodemailer builds: the subject and the text, decoded. */
function decode(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ')
  const body = raw.slice(split + 4)
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1] ?? ''
  const encoding = header('Content-Transfer-Encoding').toLowerCase()
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? fromQuotedPrintable(body)
        : Buffer.from(body)
  return { subject: decodeWords(header('Subject')), text: bytes.toString('utf8').trim() }
}

/** RFC 2047 encoded words; adjacent words are joined as bytes, since a character may be split between them. */
function decodeWords(value: string): string {
  const words = [...value.matchAll(/=\?[^?]+\?([BQ])\?([^?]*)\?=/gi)]
  if (words.length === 0) return value
  return Buffer.concat(
    words.map(([, kind, text]) =>
      kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : fromQuotedPrintable(text.replace(/_/g, ' ')),
    ),
  ).toString('utf8')
}

function fromQuotedPrintable(text: string): Buffer {
  const joined = text.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16))
      i += 2
    } else {
      bytes.push(joined.charCodeAt(i))
    }
  }
  return Buffer.from(bytes)
}
