/** What an audit entry records. The values are stored, so they are part of the API. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'transition',
  'login',
  'login_failed',
  'access_denied',
  'personal_data_read',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const ACTION_LABELS: Record<AuditAction, { fa: string; en: string }> = {
  create: { fa: 'ایجاد', en: 'Create' },
  update: { fa: 'ویرایش', en: 'Update' },
  delete: { fa: 'حذف', en: 'Delete' },
  transition: { fa: 'تغییر وضعیت گردش کار', en: 'Workflow transition' },
  login: { fa: 'ورود', en: 'Login' },
  login_failed: { fa: 'ورود ناموفق', en: 'Failed login' },
  access_denied: { fa: 'دسترسی رد شد', en: 'Access denied' },
  personal_data_read: { fa: 'مشاهده اطلاعات شخصی', en: 'Personal data viewed' },
}
