import { Forbidden, type ServerProps } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { UnreadNotifications } from '@/notifications/admin/UnreadNotifications'
import type { NewsItem, Notification } from '@/payload-types'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtp'
import { transitionAs } from '../helpers/workflow'

let ctx: TestPayload
let fx: Fixtures
let smtp: SmtpCapture

beforeAll(async () => {
  smtp = await startSmtpCapture()
  // The config reads SMTP_* when it is imported, so they are set before Payload starts.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.SMTP_SECURE = 'false'
  ctx = await startTestPayload('notifications')
  fx = await seedFixtures(ctx.payload)
})
afterAll(async () => {
  await stopTestPayload(ctx)
  await smtp.close()
})

const as = (prefix: string) => ({ user: fx.user(prefix), overrideAccess: false as const })
const email = (prefix: string) => `${prefix}@demo.newsroom`
const link = (id: number | string) => `http://localhost:3000/admin/collections/news-items/${id}`

/** Written by the editor through the Local API, as the admin does, so `createdBy` is the editor. */
async function draftBy(prefix: string, organization: string, title: string): Promise<NewsItem> {
  return ctx.payload.create({
    collection: 'news-items',
    data: { title, organization: fx.org(organization).id },
    draft: true,
    ...as(prefix),
  })
}

/** What a user was told about one document, read as the system. */
async function notificationsOf(prefix: string, doc: NewsItem): Promise<Notification[]> {
  const found = await ctx.payload.find({
    collection: 'notifications',
    where: {
      and: [
        { recipient: { equals: fx.user(prefix).id } },
        { 'document.relationTo': { equals: 'news-items' } },
        { 'document.value': { equals: doc.id } },
      ],
    },
    sort: 'createdAt',
    depth: 0,
    overrideAccess: true,
  })
  return found.docs
}

const mailsTo = (prefix: string, doc: NewsItem) =>
  smtp.messages.filter((mail) => mail.to.includes(email(prefix)) && mail.text.includes(link(doc.id)))

describe('through the workflow', () => {
  let doc: NewsItem

  it('a submission notifies and emails the supervisors covering the document, and nobody else', async () => {
    doc = await draftBy('editor.tehran', 'tehran', 'افتتاح کتابخانه')
    await transitionAs(ctx.payload, fx.user('editor.tehran'), 'news-items', doc.id, 'in_review')

    const [notice, ...more] = await notificationsOf('supervisor.tehran', doc)
    expect(more).toHaveLength(0)
    expect(notice).toMatchObject({
      event: 'submitted',
      read: false,
      message: '«افتتاح کتابخانه» برای بررسی ارسال شد. / "افتتاح کتابخانه" was submitted for review.',
    })
    for (const other of ['supervisor.isfahan', 'supervisor.fars', 'editor.tehran', 'admin']) {
      expect(await notificationsOf(other, doc)).toHaveLength(0)
    }
    await smtp.waitFor(() => mailsTo('supervisor.tehran', doc).length === 1)
    const [mail] = mailsTo('supervisor.tehran', doc)
    expect(mail.subject).toBe(notice.message)
    expect(mail.from).toBe('newsroom@localhost')
  })

  it('a submission from a county office reaches its province’s supervisors', async () => {
    const countyDoc = await draftBy('editor.shemiranat', 'shemiranat', 'خبر شمیرانات')
    await transitionAs(ctx.payload, fx.user('editor.shemiranat'), 'news-items', countyDoc.id, 'in_review')
    expect(await notificationsOf('supervisor.tehran', countyDoc)).toHaveLength(1)
    expect(await notificationsOf('supervisor.isfahan', countyDoc)).toHaveLength(0)
  })

  it('requested changes are sent to the author with the comment, not to the supervisor who asked', async () => {
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'changes_requested', {
      comment: 'نام سخنران را اضافه کنید.',
    })
    const notices = await notificationsOf('editor.tehran', doc)
    expect(notices.map((n) => n.event)).toEqual(['changes_requested'])
    expect(notices[0].message).toBe('برای «افتتاح کتابخانه» درخواست اصلاح ثبت شد. / Changes were requested on "افتتاح کتابخانه".')
    await smtp.waitFor(() => mailsTo('editor.tehran', doc).length === 1)
    expect(mailsTo('editor.tehran', doc)[0].text).toContain('نام سخنران را اضافه کنید.')
    expect(await notificationsOf('supervisor.tehran', doc)).toHaveLength(1)
  })

  it('approval and publication are sent to the author', async () => {
    await transitionAs(ctx.payload, fx.user('editor.tehran'), 'news-items', doc.id, 'in_review')
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'approved')
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'published')
    const notices = await notificationsOf('editor.tehran', doc)
    expect(notices.map((n) => n.event)).toEqual(['changes_requested', 'approved', 'published'])
    expect(notices[2].message).toBe('«افتتاح کتابخانه» منتشر شد. / "افتتاح کتابخانه" was published.')
    expect((await notificationsOf('supervisor.tehran', doc)).map((n) => n.event)).toEqual(['submitted', 'submitted'])
    await smtp.waitFor(() => mailsTo('editor.tehran', doc).length === 3)
    expect(mailsTo('editor.tehran', doc).map((mail) => mail.subject)).toEqual(notices.map((n) => n.message))
  })

  it('a mail server that fails is logged and does not fail the transition', async () => {
    const failing = vi.spyOn(ctx.payload, 'sendEmail').mockRejectedValue(new Error('mail server down'))
    const logged = vi.spyOn(ctx.payload.logger, 'error')
    try {
      const other = await draftBy('editor.tehran', 'tehran', 'خبر بی‌ایمیل')
      const moved = await transitionAs(ctx.payload, fx.user('editor.tehran'), 'news-items', other.id, 'in_review')
      expect(moved.workflowStatus).toBe('in_review')
      expect(await notificationsOf('supervisor.tehran', other)).toHaveLength(1)
      await vi.waitFor(() =>
        expect(logged).toHaveBeenCalledWith(expect.objectContaining({ msg: `Notification email to ${email('supervisor.tehran')} failed` })),
      )
    } finally {
      failing.mockRestore()
      logged.mockRestore()
    }
  })
})

describe('the inbox', () => {
  it('shows each user only their own notifications, admins included', async () => {
    for (const prefix of ['editor.tehran', 'supervisor.tehran', 'editor.isfahan', 'admin']) {
      const own = await ctx.payload.find({ collection: 'notifications', limit: 0, pagination: false, depth: 0, ...as(prefix) })
      const all = await ctx.payload.count({
        collection: 'notifications',
        where: { recipient: { equals: fx.user(prefix).id } },
        overrideAccess: true,
      })
      expect(own.docs.length).toBe(all.totalDocs)
      expect(own.docs.every((n) => n.recipient === fx.user(prefix).id)).toBe(true)
    }
    const [supervisorsNotice] = await ctx.payload
      .find({
        collection: 'notifications',
        where: { recipient: { equals: fx.user('supervisor.tehran').id } },
        overrideAccess: true,
      })
      .then((found) => found.docs)
    await expect(ctx.payload.findByID({ collection: 'notifications', id: supervisorsNotice.id, ...as('editor.tehran') })).rejects.toThrow()
    await expect(ctx.payload.find({ collection: 'notifications', overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
  })

  it('lets the recipient mark a notification read and change nothing else', async () => {
    const editor = fx.user('editor.tehran')
    const [notice] = await ctx.payload
      .find({ collection: 'notifications', where: { recipient: { equals: editor.id } }, depth: 0, overrideAccess: true })
      .then((found) => found.docs)
    const updated = await ctx.payload.update({
      collection: 'notifications',
      id: notice.id,
      data: { read: true, message: 'پیام جعلی / forged', event: 'published', recipient: fx.user('editor.isfahan').id },
      depth: 0,
      ...as('editor.tehran'),
    })
    expect(updated).toMatchObject({ read: true, message: notice.message, event: notice.event, recipient: editor.id })

    const [othersNotice] = await ctx.payload
      .find({ collection: 'notifications', where: { recipient: { equals: fx.user('supervisor.tehran').id } }, overrideAccess: true })
      .then((found) => found.docs)
    await expect(
      ctx.payload.update({ collection: 'notifications', id: othersNotice.id, data: { read: true }, ...as('editor.tehran') }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(ctx.payload.delete({ collection: 'notifications', id: notice.id, ...as('editor.tehran') })).rejects.toBeInstanceOf(
      Forbidden,
    )
    await expect(
      ctx.payload.create({ collection: 'notifications', data: { recipient: editor.id, message: 'x', event: 'approved' }, ...as('admin') }),
    ).rejects.toBeInstanceOf(Forbidden)
  })

  it('are counted on the dashboard, the latest five linking to their documents', async () => {
    const supervisor = fx.user('supervisor.tehran')
    const unread = await ctx.payload.find({
      collection: 'notifications',
      where: { and: [{ recipient: { equals: supervisor.id } }, { read: { equals: false } }] },
      sort: '-createdAt',
      depth: 0,
      overrideAccess: true,
    })
    expect(unread.totalDocs).toBeGreaterThan(0)
    const props = { payload: ctx.payload, user: supervisor, i18n: { language: 'en' } } as unknown as ServerProps
    const html = renderToStaticMarkup(await UnreadNotifications(props))
    expect(html).toContain(`data-unread-count="${unread.totalDocs}"`)
    expect(html.match(/data-notification=/g)).toHaveLength(Math.min(5, unread.totalDocs))
    const latest = unread.docs[0]
    expect(html).toContain(`href="/admin/collections/news-items/${latest.document?.value}"`)
  })

  it('emails nobody but the recipients, once per notification', async () => {
    const all = await ctx.payload.find({ collection: 'notifications', limit: 0, pagination: false, depth: 1, overrideAccess: true })
    // The notification written while the mail server "failed" was never handed to SMTP.
    const mailed = all.totalDocs - 1
    await smtp.waitFor((messages) => messages.length >= mailed)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.messages).toHaveLength(mailed)
    const recipients = new Set(all.docs.map((n) => (typeof n.recipient === 'object' ? n.recipient.email : '')))
    expect(smtp.messages.every((mail) => mail.to.length === 1 && recipients.has(mail.to[0]))).toBe(true)
  })
})
