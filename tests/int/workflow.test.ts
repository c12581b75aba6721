import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '@/access/relationId'
import { TransitionError } from '@/workflow/applyTransition'
import { WORKFLOW_STATUSES, type WorkflowStatus } from '@/config/editorial'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'
import { newsItemIn, transitionAs } from '../helpers/workflow'

let ctx: TestPayload
let fx: Fixtures

beforeAll(async () => {
  ctx = await startTestPayload('workflow')
  fx = await seedFixtures(ctx.payload)
})
afterAll(() => stopTestPayload(ctx))

type Role = 'editor' | 'supervisor' | 'admin'
const REVIEWERS: Role[] = ['supervisor', 'admin']
const EVERYONE: Role[] = ['editor', ...REVIEWERS]

/** The table, written out independently of the implementation: from → to → who. */
const LEGAL: Array<[WorkflowStatus, WorkflowStatus, Role[]]> = [
  ['draft', 'in_review', EVERYONE],
  ['changes_requested', 'in_review', EVERYONE],
  ['in_review', 'changes_requested', REVIEWERS],
  ['in_review', 'approved', REVIEWERS],
  ['approved', 'published', REVIEWERS],
  ['draft', 'published', REVIEWERS],
  ['in_review', 'published', REVIEWERS],
  ['changes_requested', 'published', REVIEWERS],
  ['approved', 'scheduled', REVIEWERS],
  ['scheduled', 'approved', REVIEWERS],
  ['published', 'archived', REVIEWERS],
]

const ACTORS: Record<Role, string> = { editor: 'editor.tehran', supervisor: 'supervisor.tehran', admin: 'admin' }

function expected(from: WorkflowStatus, to: WorkflowStatus, role: Role): 'ok' | 403 | 409 {
  const row = LEGAL.find(([f, t]) => f === from && t === to)
  if (!row) return 409
  return row[2].includes(role) ? 'ok' : 403
}

async function outcome(from: WorkflowStatus, to: WorkflowStatus, role: Role): Promise<'ok' | number> {
  const doc = await newsItemIn(ctx.payload, from, fx.org('tehran').id)
  try {
    await transitionAs(ctx.payload, fx.user(ACTORS[role]), 'news-items', doc.id, to, {
      comment: 'لطفاً منبع خبر را اضافه کنید.',
      publishAt: new Date(Date.now() + 3_600_000),
    })
    const after = await ctx.payload.findByID({ collection: 'news-items', id: doc.id, draft: true, overrideAccess: true })
    expect(after.workflowStatus).toBe(to)
    return 'ok'
  } catch (error) {
    if (error instanceof TransitionError) return error.status
    throw error
  }
}

describe('every transition, legal and illegal, for every role', () => {
  const cases = WORKFLOW_STATUSES.flatMap((from) =>
    WORKFLOW_STATUSES.filter((to) => to !== from).flatMap((to) => EVERYONE.map((role) => [from, to, role] as const)),
  )
  it.each(cases)('%s → %s as %s', async (from, to, role) => {
    expect(await outcome(from, to, role)).toBe(expected(from, to, role))
  })
})

describe('transition rules', () => {
  it('names the allowed targets when a move does not exist', async () => {
    const doc = await newsItemIn(ctx.payload, 'draft', fx.org('tehran').id)
    const error = await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'archived').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransitionError)
    expect((error as TransitionError).status).toBe(409)
    expect((error as TransitionError).allowed?.sort()).toEqual(['in_review', 'published'])
  })

  it('requires a comment to request changes, and a future date to schedule', async () => {
    const inReview = await newsItemIn(ctx.payload, 'in_review', fx.org('tehran').id)
    const noComment = await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', inReview.id, 'changes_requested', {
      comment: '  ',
    }).catch((e: unknown) => e)
    expect((noComment as TransitionError).status).toBe(400)
    const approved = await newsItemIn(ctx.payload, 'approved', fx.org('tehran').id)
    const past = await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', approved.id, 'scheduled', {
      publishAt: new Date(Date.now() - 1000),
    }).catch((e: unknown) => e)
    expect((past as TransitionError).status).toBe(400)
    const unchanged = await ctx.payload.findByID({ collection: 'news-items', id: approved.id, draft: true, overrideAccess: true })
    expect(unchanged.workflowStatus).toBe('approved')
  })

  it('keeps supervisors and editors inside their scope', async () => {
    const tehranDraft = await newsItemIn(ctx.payload, 'draft', fx.org('tehran').id)
    // A draft of another province is not even visible: 404.
    const foreignEditor = await transitionAs(ctx.payload, fx.user('editor.isfahan'), 'news-items', tehranDraft.id, 'in_review').catch(
      (e: unknown) => e,
    )
    expect((foreignEditor as TransitionError).status).toBe(404)
    // A published item of another province is visible, but not theirs to unpublish: 403.
    const tehranLive = await newsItemIn(ctx.payload, 'published', fx.org('tehran').id)
    const foreignSupervisor = await transitionAs(ctx.payload, fx.user('supervisor.isfahan'), 'news-items', tehranLive.id, 'archived').catch(
      (e: unknown) => e,
    )
    expect((foreignSupervisor as TransitionError).status).toBe(403)
    // The Tehran supervisor's scope includes the Shemiranat county office under Tehran.
    const countyDraft = await newsItemIn(ctx.payload, 'in_review', fx.org('shemiranat').id)
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', countyDraft.id, 'approved')
    // The county editor cannot act on the province's own items.
    const provinceDraft = await newsItemIn(ctx.payload, 'draft', fx.org('tehran').id)
    const countyEditor = await transitionAs(ctx.payload, fx.user('editor.shemiranat'), 'news-items', provinceDraft.id, 'in_review').catch(
      (e: unknown) => e,
    )
    expect((countyEditor as TransitionError).status).toBe(404)
  })

  it('publishing makes the document public with publishedAt, unpublishing hides it again', async () => {
    const doc = await newsItemIn(ctx.payload, 'approved', fx.org('tehran').id)
    const anonymous = { collection: 'news-items' as const, where: { id: { equals: doc.id } }, overrideAccess: false }
    expect((await ctx.payload.find(anonymous)).totalDocs).toBe(0)
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'published')
    const live = await ctx.payload.find(anonymous)
    expect(live.totalDocs).toBe(1)
    expect(live.docs[0]!.publishedAt).toBeTruthy()
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'archived')
    expect((await ctx.payload.find(anonymous)).totalDocs).toBe(0)
  })

  it('records actor, from, to, comment and time for every transition', async () => {
    const doc = await newsItemIn(ctx.payload, 'draft', fx.org('tehran').id)
    await transitionAs(ctx.payload, fx.user('editor.tehran'), 'news-items', doc.id, 'in_review')
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'changes_requested', {
      comment: 'تیتر طولانی است.',
    })
    const history = await ctx.payload.find({
      collection: 'workflow-transitions',
      where: { 'document.value': { equals: doc.id } },
      sort: 'createdAt',
      depth: 0,
      user: fx.user('editor.tehran'),
      overrideAccess: false,
    })
    expect(history.docs.map((row) => [row.from, row.to, row.actor, row.comment ?? null])).toEqual([
      ['draft', 'in_review', fx.user('editor.tehran').id, null],
      ['in_review', 'changes_requested', fx.user('supervisor.tehran').id, 'تیتر طولانی است.'],
    ])
    expect(history.docs.every((row) => Boolean(row.createdAt))).toBe(true)
    // The edit view shows the same history through the join field (joins are resolved on the
    // document itself, not on draft versions).
    const withJoin = await ctx.payload.findByID({
      collection: 'news-items',
      id: doc.id,
      user: fx.user('editor.tehran'),
      overrideAccess: false,
    })
    expect(withJoin.workflowHistory?.docs?.length).toBe(2)
    // Nobody writes history by hand.
    await expect(
      ctx.payload.create({
        collection: 'workflow-transitions',
        data: { document: { relationTo: 'news-items', value: doc.id }, to: 'published' },
        user: fx.user('admin'),
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})

describe('editing approved or live content', () => {
  it('an editor’s edit to a published item becomes a draft back in `draft`; the live version is untouched', async () => {
    const doc = await ctx.payload.create({
      collection: 'news-items',
      data: { title: 'متن منتشرشده', organization: fx.org('tehran').id },
      draft: true,
      user: fx.user('editor.tehran'),
      overrideAccess: false,
    })
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'published')
    // No draft flag, as a plain REST PATCH would send.
    await ctx.payload.update({
      collection: 'news-items',
      id: doc.id,
      data: { title: 'متن ویرایش‌شده' },
      user: fx.user('editor.tehran'),
      overrideAccess: false,
    })
    const live = await ctx.payload.findByID({ collection: 'news-items', id: doc.id, overrideAccess: false })
    expect(live.title).toBe('متن منتشرشده')
    const latest = await ctx.payload.findByID({ collection: 'news-items', id: doc.id, draft: true, overrideAccess: true })
    expect(latest.title).toBe('متن ویرایش‌شده')
    expect(latest.workflowStatus).toBe('draft')
    // It goes through review again, then the supervisor publishes the new text.
    await transitionAs(ctx.payload, fx.user('editor.tehran'), 'news-items', doc.id, 'in_review')
    await transitionAs(ctx.payload, fx.user('supervisor.tehran'), 'news-items', doc.id, 'published')
    expect((await ctx.payload.findByID({ collection: 'news-items', id: doc.id, overrideAccess: false })).title).toBe('متن ویرایش‌شده')
  })

  it('the workflow state cannot be set by a plain save', async () => {
    const doc = await newsItemIn(ctx.payload, 'draft', fx.org('tehran').id)
    await ctx.payload.update({
      collection: 'news-items',
      id: doc.id,
      data: { workflowStatus: 'approved', summary: 'خلاصه' },
      draft: true,
      user: fx.user('supervisor.tehran'),
      overrideAccess: false,
    })
    const after = await ctx.payload.findByID({ collection: 'news-items', id: doc.id, draft: true, overrideAccess: true })
    expect(after.summary).toBe('خلاصه')
    expect(after.workflowStatus).toBe('draft')
  })
})

describe('comments', () => {
  it('are threaded, written and read inside the document’s scope only', async () => {
    const doc = await newsItemIn(ctx.payload, 'in_review', fx.org('shemiranat').id)
    const first = await ctx.payload.create({
      collection: 'comments',
      data: { document: { relationTo: 'news-items', value: doc.id }, body: 'عکس بهتری لازم است.' },
      user: fx.user('supervisor.tehran'),
      overrideAccess: false,
    })
    expect(relationId(first.author)).toBe(fx.user('supervisor.tehran').id)
    const reply = await ctx.payload.create({
      collection: 'comments',
      data: { document: { relationTo: 'news-items', value: doc.id }, body: 'عکس جدید بارگذاری شد.', parent: first.id },
      user: fx.user('editor.shemiranat'),
      overrideAccess: false,
    })
    expect(reply.parent).toBeTruthy()
    const readable = await ctx.payload.find({
      collection: 'comments',
      where: { 'document.value': { equals: doc.id } },
      user: fx.user('editor.shemiranat'),
      overrideAccess: false,
    })
    expect(readable.totalDocs).toBe(2)
    const foreign = await ctx.payload.find({ collection: 'comments', user: fx.user('editor.isfahan'), overrideAccess: false })
    expect(foreign.docs.find((comment) => comment.id === first.id)).toBeUndefined()
    await expect(
      ctx.payload.create({
        collection: 'comments',
        data: { document: { relationTo: 'news-items', value: doc.id }, body: 'نفوذ' },
        user: fx.user('editor.isfahan'),
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    // Only the author edits their comment.
    await expect(
      ctx.payload.update({
        collection: 'comments',
        id: first.id,
        data: { body: 'تغییر' },
        user: fx.user('editor.shemiranat'),
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const withJoin = await ctx.payload.findByID({
      collection: 'news-items',
      id: doc.id,
      user: fx.user('editor.shemiranat'),
      overrideAccess: false,
    })
    expect(withJoin.comments?.docs?.length).toBe(2)
  })
})

describe('version history', () => {
  it('is readable only inside the document’s scope', async () => {
    const doc = await newsItemIn(ctx.payload, 'draft', fx.org('tehran').id)
    await ctx.payload.update({
      collection: 'news-items',
      id: doc.id,
      data: { summary: 'نسخه دوم' },
      draft: true,
      user: fx.user('editor.tehran'),
      overrideAccess: false,
    })
    const own = await ctx.payload.findVersions({
      collection: 'news-items',
      where: { parent: { equals: doc.id } },
      user: fx.user('editor.tehran'),
      overrideAccess: false,
    })
    expect(own.totalDocs).toBeGreaterThan(0)
    const foreign = await ctx.payload.findVersions({
      collection: 'news-items',
      where: { parent: { equals: doc.id } },
      user: fx.user('editor.isfahan'),
      overrideAccess: false,
    })
    expect(foreign.totalDocs).toBe(0)
  })
})
