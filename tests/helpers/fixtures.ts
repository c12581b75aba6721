import type { Payload } from 'payload'

import type { Organization, User } from '@/payload-types'
import { seedOrganizations } from '@/seed/organizations'
import { seedUsers } from '@/seed/users'

export type Fixtures = {
  orgs: Map<string, Organization>
  users: Map<string, User>
  org: (slug: string) => Organization
  user: (emailPrefix: string) => User
}

/** The real organization tree and demo accounts, as the seed makes them. */
export async function seedFixtures(payload: Payload): Promise<Fixtures> {
  const orgs = await seedOrganizations(payload)
  const users = await seedUsers(payload, orgs, 'fixture-password-1')
  return {
    orgs,
    users,
    org: (slug) => {
      const found = orgs.get(slug)
      if (!found) throw new Error(`no organization ${slug}`)
      return found
    },
    user: (prefix) => {
      const found = users.get(`${prefix}@demo.newsroom`)
      if (!found) throw new Error(`no user ${prefix}`)
      return { ...found, collection: 'users' } as User
    },
  }
}
