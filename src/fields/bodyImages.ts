import type { Field, FieldHook, PayloadRequest } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import { isPossibleId } from '@/db/possibleId'

export const BODY_IMAGES = 'bodyImages'

type LexicalNode = { type?: unknown; relationTo?: unknown; value?: unknown; children?: unknown }

/** The ids of the images (uploads of `media`) placed anywhere in one Lexical body. */
export function imagesInBody(body: unknown): Array<number | string> {
  const ids: Array<number | string> = []
  const visit = (node: LexicalNode | null | undefined): void => {
    if (!node || typeof node !== 'object') return
    if (node.type === 'upload' && node.relationTo === 'media') {
      const id = relationId(node.value as RelationValue)
      if (id !== null && id !== '') ids.push(id)
    }
    if (Array.isArray(node.children)) for (const child of node.children) visit(child as LexicalNode)
  }
  visit((body as { root?: LexicalNode } | null | undefined)?.root)
  return ids
}

/** The bodies a write's value holds: one (a write in one language) or one per language (`locale: 'all'`). */
function bodiesIn(value: unknown): unknown[] {
  if (!value || typeof value !== 'object') return []
  return 'root' in value ? [value] : Object.values(value)
}

const unique = (ids: Array<number | string>) => [...new Map(ids.map((id) => [String(id), id])).values()]

/** Those of `ids` that are images that exist: an image deleted since it was placed is gone from the page too. */
async function existing(req: PayloadRequest, placed: Array<number | string>): Promise<Array<number | string>> {
  const ids = placed.filter((id) => isPossibleId(req.payload, id))
  if (ids.length === 0) return []
  const found = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    select: {},
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const kept = new Set(found.docs.map((doc) => String(doc.id)))
  return ids.filter((id) => kept.has(String(id)))
}

/**
 * The images this write's text holds in its own language: what a person places there is checked
 * as any link they make (src/integrity/readableRelations.ts runs after this hook): an image of
 * another province's that they cannot see is a 400, as it is for a hero image. One deleted since
 * it was placed is no link, and does not stop the text being saved.
 */
const placedInThisWrite: FieldHook = async ({ siblingData, originalDoc, req }) => {
  const body = siblingData.body !== undefined ? siblingData.body : originalDoc?.body
  return existing(req, unique(bodiesIn(body).flatMap(imagesInBody)))
}

/** What is stored: the images of the text in every language (the other languages as stored). */
const placedInEveryLanguage: FieldHook = async ({ siblingData, siblingDocWithLocales, req }) => {
  const locale = req.locale
  const storedBodies = (siblingDocWithLocales?.body ?? {}) as Record<string, unknown>
  const thisWrite = siblingData.body !== undefined ? siblingData.body : locale ? storedBodies[locale] : undefined
  const others = Object.entries(storedBodies)
    .filter(([code]) => code !== locale && locale !== 'all')
    .map(([, body]) => body)
  return existing(req, unique([...bodiesIn(thisWrite), ...others].flatMap(imagesInBody)))
}

/**
 * The images placed in a document's text, kept beside it as an upload field so that every rule
 * about a document's files sees them as it sees the hero image and the gallery: they go public
 * with the document and private with it (src/hooks/filesFollowContent.ts), they stay with a
 * supervisor while it is live or reviewed (src/workflow/liveFiles.ts), and a person places only
 * images they may see. Derived from `body` on every write, whatever the write sends for it;
 * hidden in the admin, read-only in the API (it repeats what the text shows).
 */
export const bodyImagesField = (): Field => ({
  name: BODY_IMAGES,
  type: 'upload',
  relationTo: 'media',
  hasMany: true,
  label: { fa: 'تصاویر متن', en: 'Images in the text' },
  admin: { hidden: true, disableListColumn: true, disableListFilter: true, disableBulkEdit: true },
  hooks: { beforeValidate: [placedInThisWrite], beforeChange: [placedInEveryLanguage] },
})
