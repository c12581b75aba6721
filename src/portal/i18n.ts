import type { DeliveryType } from '@/config/publicUrls'
import type { Locale } from '@/delivery'

/** The portal's own words, in both languages. */
export const WORDS = {
  fa: {
    home: 'صفحه نخست',
    latestNews: 'آخرین اخبار',
    pressReleases: 'اطلاعیه‌های مطبوعاتی',
    activeCampaigns: 'پویش‌های جاری',
    more: 'بیشتر',
    previous: 'صفحه قبل',
    next: 'صفحه بعد',
    page: 'صفحه',
    of: 'از',
    gallery: 'گالری تصاویر',
    attachments: 'پیوست‌ها',
    linkedContent: 'اخبار و اطلاعیه‌های این پویش',
    categories: 'دسته‌ها',
    campaign: 'پویش',
    foi: 'دسترسی آزاد به اطلاعات',
    foiText: 'درخواست اطلاعات خود را از طریق سامانه دسترسی آزاد به اطلاعات ثبت کنید.',
    otherLanguage: 'English',
    nothing: 'هنوز موردی منتشر نشده است.',
    portalOf: 'درگاه اطلاع‌رسانی',
    preview: 'پیش‌نمایش پیش‌نویس — برای عموم منتشر نشده است',
    skip: 'پرش به محتوا',
  },
  en: {
    home: 'Home',
    latestNews: 'Latest news',
    pressReleases: 'Press releases',
    activeCampaigns: 'Current campaigns',
    more: 'More',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page',
    of: 'of',
    gallery: 'Gallery',
    attachments: 'Attachments',
    linkedContent: 'News and releases in this campaign',
    categories: 'Categories',
    campaign: 'Campaign',
    foi: 'Freedom of Information',
    foiText: 'Request public information through the Freedom-of-Information portal.',
    otherLanguage: 'فارسی',
    nothing: 'Nothing has been published yet.',
    portalOf: 'Information portal',
    preview: 'Draft preview — not published',
    skip: 'Skip to content',
  },
} satisfies Record<Locale, Record<string, string>>

export const TYPE_NAMES: Record<DeliveryType, Record<Locale, string>> = {
  news: { fa: 'اخبار', en: 'News' },
  'press-releases': { fa: 'اطلاعیه‌ها', en: 'Press releases' },
  campaigns: { fa: 'پویش‌ها', en: 'Campaigns' },
}
