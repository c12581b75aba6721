import type { Where } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import { BODY_IMAGES } from '@/fields/bodyImages'

export type FileCollection = 'media' | 'attachments'
export type FileUser = 'news-items' | 'press-releases'

/** The content fields that link a file of each kind: what a query can find a file's uses by (an image in the text too: src/fields/bodyImages.ts). */
const LINKS: Record<FileCollection, Array<{ collection: FileUser; fields: Array<{ name: string; hasMany: boolean }> }>> = {
  media: (['news-items', 'press-releases'] as const).map((collection) => ({
    collection,
    fields: [
      { name: 'heroImage', hasMany: false },
      { name: 'gallery', hasMany: true },
      { name: BODY_IMAGES, hasMany: true },
    ],
  })),
  attachments: [{ collection: 'press-releases', fields: [{ name: 'attachments', hasMany: true }] }],
}

export const FILE_COLLECTIONS = Object.keys(LINKS) as FileCollection[]

/**
 * Each collection whose documents may link a file of `fileCollection`, with the constraint that
 * finds those linking `id`; `prefix` is `version.` to ask it of versions.
 */
export function usesOf(
  fileCollection: FileCollection,
): Array<{ collection: FileUser; where: (id: number | string, prefix?: string) => Where }> {
  return LINKS[fileCollection].map(({ collection, fields }) => ({
    collection,
    where: (id, prefix = '') => ({
      or: fields.map(({ name, hasMany }) => ({ [`${prefix}${name}`]: hasMany ? { in: [id] } : { equals: id } })),
    }),
  }))
}

type LinkingDoc = Record<string, unknown> | null | undefined

/** The ids of the files of `fileCollection` that `doc` links, by the fields of usesOf. */
export function linkedFiles(doc: LinkingDoc, fileCollection: FileCollection): Array<number | string> {
  if (!doc) return []
  const ids = LINKS[fileCollection].flatMap(({ fields }) =>
    fields.flatMap(({ name }) => {
      const value = doc[name]
      return (Array.isArray(value) ? value : [value]).map((item) => relationId(item as RelationValue))
    }),
  )
  return [...new Set(ids.filter((id): id is number | string => id !== null))]
}

/** What to select of a document of `collection` to know the files it links (linkedFiles). */
export function linkSelect(collection: FileUser): Record<string, true> {
  const names = Object.values(LINKS).flatMap((links) =>
    links.filter((link) => link.collection === collection).flatMap((link) => link.fields),
  )
  return Object.fromEntries(names.map(({ name }) => [name, true]))
}
