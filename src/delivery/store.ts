import type { PayloadRequest } from 'payload'

import type { WorkflowCollection } from '@/config/editorial'
import { readDependencies } from './dependencies'
import { readDirectory } from './directory'
import { publicRequest } from './publicRequest'
import { renderArticles } from './render'
import { NOTHING_STORED, RENDERER, type StoredAnswers } from './storedField'

/**
 * Renders the answers of `ids` as the public sees them now and stores them on their rows, in
 * `req`'s transaction; a document the public cannot see (not live, under embargo, gone) gets
 * nothing stored. A direct write of the one column: no version, no hooks, `updatedAt` untouched.
 */
export async function storeAnswers(req: PayloadRequest, collection: WorkflowCollection, ids: Array<number | string>): Promise<void> {
  if (ids.length === 0) return
  const asPublic = await publicRequest(req.payload, req)
  const directory = await readDirectory(req.payload, asPublic)
  // One locale after the other: the Local API sets the locale on the request it is given.
  const fa = await renderArticles(asPublic, collection, ids, 'fa', directory)
  const en = await renderArticles(asPublic, collection, ids, 'en', directory)
  const dependencies = await readDependencies(req, collection, ids, directory)
  for (const id of ids) {
    const inFa = fa.get(String(id))
    const inEn = en.get(String(id))
    const answers: StoredAnswers =
      inFa && inEn
        ? {
            // The row's id is the document's: one row per document, and written past Payload's operations, which would make one.
            deliveredAnswers: [
              {
                id: String(id),
                cards: { fa: inFa.card, en: inEn.card },
                articles: { fa: inFa.article, en: inEn.article },
                renderer: RENDERER,
              },
            ],
            deliveredDependsOn: dependencies.get(String(id)) ?? [],
          }
        : NOTHING_STORED
    await req.payload.db.updateOne({
      collection,
      id,
      data: { ...answers, updatedAt: null },
      req,
      returning: false,
    })
  }
}
