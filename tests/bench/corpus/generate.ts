import type { Payload } from 'payload'

import { lexicalFromParagraphs } from '@/lib/lexical/fromParagraphs'
import { seed } from '@/seed'
import { makeDemoPhoto } from '@/seed/images'
import provinces from '@/seed/data/provinces.json'

import type { Organization } from '@/payload-types'

import { article, pick, seededRandom, type Random } from './text'

export type PrepareOptions = { images: number; campaigns: number; password: string }
export type ItemRange = { from: number; to: number; worker: number; workers: number; log: (line: string) => void }

type Id = Organization['id']

const PUBLISHED_SHARE = 0.7
const PRESS_RELEASE_SHARE = 0.2
const DAY = 86_400_000
/** Published dates spread over three years, so that lists sort and page through real history. */
const HISTORY_DAYS = 3 * 365

type Refs = {
  organizations: Array<{ id: Id; place: { province: string; center: string } }>
  categories: Array<Id>
  campaigns: Array<Id>
  images: Array<Id>
}

/** What every item refers to: the demo seed (organizations, accounts, categories), campaigns, images. */
export async function prepareCorpus(payload: Payload, options: PrepareOptions): Promise<void> {
  await seed(payload, { password: options.password })
  const orgs = await payload.find({ collection: 'organizations', limit: 0, depth: 0, pagination: false })
  const provinceDocs = orgs.docs.filter((doc) => doc.type === 'province')
  const ministry = orgs.docs.find((doc) => doc.type === 'ministry')!
  const random = seededRandom(7)
  await ensureCampaigns(payload, options, provinceDocs, ministry.id, random)
  await ensureImages(payload, options, provinceDocs, random)
}

/**
 * Creates bench items number `from` to `to - 1` (this worker's share: every `workers`-th one)
 * through Payload's Local API, so every hook (slugs, search text, versions, audit) and every
 * index is the real one. The same number always makes the same item, so a corpus grows from
 * 10,000 to 100,000 by creating the missing numbers.
 */
export async function createItems(payload: Payload, range: ItemRange): Promise<number> {
  const refs = await references(payload)
  let created = 0
  let lastLog = performance.now()
  // One at a time: with no transaction per document the work is SQL on this process's thread,
  // and several creates in flight measured no faster than one.
  for (let index = range.from + range.worker; index < range.to; index += range.workers) {
    await createItem(payload, refs, index)
    created++
    // libsql frees a statement's native memory in a finalizer that runs only on a turn of the
    // event loop, and a create is synchronous SQL behind promises that never gives it one: without
    // this turn each process kept every statement of the run (≈ 280 KB per item, 12 GB at 90,000).
    await new Promise((resolve) => setImmediate(resolve))
    if (range.worker === 0 && performance.now() - lastLog > 15_000) {
      lastLog = performance.now()
      range.log(`  worker 0: item ${index.toLocaleString('en')} of ${range.to.toLocaleString('en')}`)
    }
  }
  return created
}

const BENCH_SLUG_PREFIX = 'bench-'

async function createItem(payload: Payload, refs: Refs, index: number): Promise<void> {
  const random = seededRandom(index + 1)
  const organization = pick(random, refs.organizations)
  const text = article(random, organization.place)
  const published = random() < PUBLISHED_SHARE
  const pressRelease = random() < PRESS_RELEASE_SHARE
  const categories = Array.from(new Set([pick(random, refs.categories), pick(random, refs.categories)]))
  const data = {
    // Numbered slugs keep the corpus repeatable and let the load scenarios name real articles.
    slug: `${BENCH_SLUG_PREFIX}${index}`,
    title: text.title,
    summary: text.summary,
    body: lexicalFromParagraphs(text.body),
    organization: organization.id,
    heroImage: random() < 0.8 ? pick(random, refs.images) : undefined,
    categories,
    campaign: random() < 0.1 ? pick(random, refs.campaigns) : undefined,
    publishedAt: published ? new Date(Date.now() - random() * HISTORY_DAYS * DAY).toISOString() : undefined,
    _status: published ? 'published' : 'draft',
    workflowStatus: published ? 'published' : 'draft',
    ...(pressRelease ? { contact: { name: 'دفتر روابط عمومی', phone: '021-00000000' } } : {}),
  }
  await payload.create({
    collection: pressRelease ? 'press-releases' : 'news-items',
    locale: 'fa',
    depth: 0,
    draft: !published,
    data: data as never,
  })
}

async function references(payload: Payload): Promise<Refs> {
  const orgs = await payload.find({ collection: 'organizations', limit: 0, depth: 0, pagination: false })
  const organizations = orgs.docs
    .filter((doc) => doc.type !== 'ministry')
    .map((doc) => {
      const parent = typeof doc.parent === 'object' ? doc.parent?.id : doc.parent
      const province = doc.type === 'province' ? doc : orgs.docs.find((p) => p.id === parent)
      const info = provinces.provinces.find((p) => p.slug === province?.slug)
      return { id: doc.id, place: { province: info?.name.fa ?? 'تهران', center: info?.center.fa ?? 'تهران' } }
    })
  const ids = async (collection: 'categories' | 'campaigns' | 'media') =>
    (await payload.find({ collection, limit: 0, depth: 0, pagination: false, select: {} })).docs.map((doc) => doc.id)
  return { organizations, categories: await ids('categories'), campaigns: await ids('campaigns'), images: await ids('media') }
}

async function ensureCampaigns(payload: Payload, options: PrepareOptions, provinceDocs: Array<{ id: Id }>, ministry: Id, random: Random) {
  const found = await payload.find({
    collection: 'campaigns',
    where: { slug: { like: BENCH_SLUG_PREFIX } },
    limit: 0,
    depth: 0,
    pagination: false,
  })
  const ids = found.docs.map((doc) => doc.id)
  for (let i = ids.length; i < options.campaigns; i++) {
    const province = pick(random, provinceDocs)
    const place = { province: pick(random, provinces.provinces).name.fa, center: '' }
    const text = article(random, place)
    const startsAt = Date.now() - random() * HISTORY_DAYS * DAY
    const doc = await payload.create({
      collection: 'campaigns',
      locale: 'fa',
      depth: 0,
      data: {
        slug: `${BENCH_SLUG_PREFIX}campaign-${i}`,
        title: `پویش ${text.title}`.slice(0, 200),
        objective: text.summary,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(startsAt + 60 * DAY).toISOString(),
        organization: i % 4 === 0 ? ministry : province.id,
        provinces: [province.id],
        _status: 'published',
        workflowStatus: 'published',
      } as never,
    })
    ids.push(doc.id)
  }
  return ids
}

async function ensureImages(payload: Payload, options: PrepareOptions, provinceDocs: Array<{ id: Id }>, random: Random) {
  const found = await payload.find({
    collection: 'media',
    where: { filename: { like: BENCH_SLUG_PREFIX } },
    limit: 0,
    depth: 0,
    pagination: false,
  })
  const ids = found.docs.map((doc) => doc.id)
  for (let i = ids.length; i < options.images; i++) {
    const data = await makeDemoPhoto(1024, 683, Math.floor(random() * 360))
    const doc = await payload.create({
      collection: 'media',
      locale: 'fa',
      depth: 0,
      data: { alt: `تصویر شماره ${i}`, organization: pick(random, provinceDocs).id },
      file: { data, mimetype: 'image/jpeg', name: `${BENCH_SLUG_PREFIX}photo-${i}.jpg`, size: data.length },
    })
    ids.push(doc.id)
  }
  return ids
}
