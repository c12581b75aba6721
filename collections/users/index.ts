import type { CollectionConfig } from 'payload'

import { organizationField } from '@/fields/organization'
import type { User } from '@/payload-types'
import { canCreateUsers, canDeleteUsers, canReadOrUpdateUsers, canUnlockUsers } from './access'
import { languageOnLogin, languageOnOwnChange } from './hooks/applyLanguagePreference'
import { guardRoleAndScope } from './hooks/guardRoleAndScope'
import { enforcePasswordPolicy } from './hooks/passwordPolicy'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { fa: 'کاربر', en: 'User' },
    plural: { fa: 'کاربران', en: 'Users' },
  },
  graphQL: { singularName: 'User', pluralName: 'Users' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'organization'],
    group: { fa: 'تنظیمات', en: 'Settings' },
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    useSessions: true,
    cookies: {
      sameSite: 'Lax',
      // Browsers accept Secure cookies on http://localhost, so this holds for `npm start` too.
      secure: process.env.NODE_ENV === 'production' && process.env.COOKIE_SECURE !== 'false',
    },
  },
  access: {
    read: canReadOrUpdateUsers,
    create: canCreateUsers,
    update: canReadOrUpdateUsers,
    delete: canDeleteUsers,
    unlock: canUnlockUsers,
  },
  hooks: {
    beforeOperation: [enforcePasswordPolicy],
    beforeChange: [guardRoleAndScope],
    afterChange: [languageOnOwnChange],
    afterLogin: [languageOnLogin],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { fa: 'نام و نام خانوادگی', en: 'Full name' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      index: true,
      label: { fa: 'نقش', en: 'Role' },
      options: [
        { value: 'admin', label: { fa: 'مدیر کل (مرکز اطلاع‌رسانی)', en: 'Administrator' } },
        { value: 'supervisor', label: { fa: 'سرپرست روابط عمومی', en: 'Supervisor' } },
        { value: 'editor', label: { fa: 'دبیر', en: 'Editor' } },
      ],
      admin: { position: 'sidebar' },
    },
    organizationField({
      required: false,
      validate: (value, { siblingData }) =>
        (siblingData as Partial<User>).role === 'admin' ||
        Boolean(value) ||
        'سازمان کاربر لازم است (جز برای مدیر کل). / Organization is required except for admins.',
    }),
    {
      name: 'language',
      type: 'select',
      defaultValue: 'fa',
      label: { fa: 'زبان پیشخوان', en: 'Admin language' },
      options: [
        { value: 'fa', label: 'فارسی' },
        { value: 'en', label: 'English' },
      ],
      admin: { position: 'sidebar' },
    },
  ],
}
