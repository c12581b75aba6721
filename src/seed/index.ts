import type { Payload } from 'payload'

import { seedCategories } from './categories'
import { seedContent } from './content'
import { seedFoiHolidays, seedFoiRequests } from './foi'
import { seedImages } from './images'
import { seedOrganizations } from './organizations'
import { DEFAULT_SEED_PASSWORD, seedUsers } from './users'

export type SeedOptions = { password?: string }

/**
 * Demo data: the ministry, 31 provinces, demo offices and accounts, categories, images and sample
 * content, and FOI requests in the desk's usual states. Idempotent: what exists (by slug, email or file name) is left as it is.
 * Runs as the system (no user), which is what seeding is.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<void> {
  const password = options.password || process.env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD
  const organizations = await seedOrganizations(payload)
  const users = await seedUsers(payload, organizations, password)
  const categories = await seedCategories(payload)
  const images = await seedImages(payload, organizations)
  await seedContent(payload, { organizations, categories, images })
  await seedFoiHolidays(payload)
  await seedFoiRequests(payload, organizations, users)
}

/** The embedded database is "empty" when it has no accounts: then `npm start` seeds it. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  return totalDocs === 0
}
