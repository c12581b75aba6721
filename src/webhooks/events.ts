import type { PublicChange } from '@/config/editorial'

/** What a webhook can subscribe to: the public changes delivery announces (`publicChange`, src/lib/events.ts). */
export const WEBHOOK_EVENTS = ['published', 'unpublished', 'updated'] as const satisfies readonly PublicChange[]
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

export const EVENT_LABELS: Record<WebhookEvent, { fa: string; en: string }> = {
  published: { fa: 'انتشار', en: 'Published' },
  unpublished: { fa: 'لغو انتشار', en: 'Unpublished' },
  updated: { fa: 'به‌روزرسانی محتوای منتشرشده', en: 'Published content updated' },
}

export function isWebhookEvent(value: unknown): value is WebhookEvent {
  return (WEBHOOK_EVENTS as readonly unknown[]).includes(value)
}
