import type { Payload } from 'payload'

import type { Organization, User } from '@/payload-types'

export const DEFAULT_SEED_PASSWORD = 'demo-password-1'
export const DEMO_EMAIL_DOMAIN = 'demo.newsroom'

type UserSeed = { email: string; name: string; role: User['role']; organization?: string }

const PROVINCE_TEAMS: Array<{ slug: string; fa: string }> = [
  { slug: 'tehran', fa: 'تهران' },
  { slug: 'isfahan', fa: 'اصفهان' },
  { slug: 'fars', fa: 'فارس' },
]

/** The demo accounts the README lists, for local use only. */
export function demoUsers(): UserSeed[] {
  const users: UserSeed[] = [{ email: `admin@${DEMO_EMAIL_DOMAIN}`, name: 'مدیر مرکز اطلاع‌رسانی', role: 'admin' }]
  for (const team of PROVINCE_TEAMS) {
    users.push(
      {
        email: `supervisor.${team.slug}@${DEMO_EMAIL_DOMAIN}`,
        name: `سرپرست روابط عمومی ${team.fa}`,
        role: 'supervisor',
        organization: team.slug,
      },
      {
        email: `editor.${team.slug}@${DEMO_EMAIL_DOMAIN}`,
        name: `دبیر خبر ${team.fa}`,
        role: 'editor',
        organization: team.slug,
      },
    )
  }
  users.push({
    email: `editor.shemiranat@${DEMO_EMAIL_DOMAIN}`,
    name: 'دبیر خبر فرمانداری شمیرانات',
    role: 'editor',
    organization: 'shemiranat',
  })
  return users
}

export async function seedUsers(payload: Payload, organizations: Map<string, Organization>, password: string): Promise<Map<string, User>> {
  const byEmail = new Map<string, User>()
  for (const seed of demoUsers()) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: seed.email } },
      limit: 1,
      depth: 0,
    })
    const organization = seed.organization ? organizations.get(seed.organization)?.id : undefined
    const user =
      existing.docs[0] ??
      (await payload.create({
        collection: 'users',
        depth: 0,
        data: { ...seed, organization, password, language: 'fa' },
      }))
    byEmail.set(seed.email, user)
  }
  return byEmail
}
