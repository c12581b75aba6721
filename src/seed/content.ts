import type { Payload } from 'payload'

import { lexicalFromParagraphs } from '@/lib/lexical/fromParagraphs'
import type { Campaign, Category, Media, Organization } from '@/payload-types'

type Refs = {
  organizations: Map<string, Organization>
  categories: Map<string, Category>
  images: Map<string, Media>
}

type ItemSeed = {
  slug: string
  organization: string
  published: boolean
  daysAgo: number
  title: string
  summary: string
  body: string[]
  image?: string
  categories?: string[]
  en?: { title: string; summary: string }
  campaign?: boolean
  workflowStatus?: 'draft' | 'in_review'
}

const NEWS: ItemSeed[] = [
  {
    slug: 'نشست-شورای-اطلاع-رسانی-استان-تهران',
    organization: 'tehran',
    published: true,
    daysAgo: 1,
    title: 'نشست شورای اطلاع‌رسانی استان تهران برگزار شد',
    summary:
      'در نخستین نشست شورای اطلاع‌رسانی استان در سال جاری، برنامه‌های روابط عمومی دستگاه‌های اجرایی برای پاسخ‌گویی سریع‌تر به پرسش‌های مردم بررسی شد.',
    body: [
      'نشست شورای اطلاع‌رسانی استان تهران با حضور مدیران روابط عمومی دستگاه‌های اجرایی در محل استانداری برگزار شد.',
      'در این نشست بر ضرورت انتشار به‌موقع اخبار، پاسخ‌گویی به درخواست‌های دسترسی آزاد به اطلاعات در مهلت قانونی و هماهنگی پیام‌های رسانه‌ای تأکید شد.',
    ],
    image: 'governorate',
    categories: ['civil-services'],
    en: {
      title: 'Tehran Province Information Council meets',
      summary: 'The council reviewed how public-relations offices can answer citizens faster.',
    },
    campaign: true,
  },
  {
    slug: 'آغاز-طرح-نوسازی-ناوگان-حمل-و-نقل-عمومی',
    organization: 'tehran',
    published: true,
    daysAgo: 3,
    title: 'آغاز طرح نوسازی ناوگان حمل‌ونقل عمومی در ۱۲ شهر استان',
    summary: 'با تخصیص اعتبارات استانی، ۲۵۰ دستگاه اتوبوس جدید تا پایان سال به ناوگان شهرهای استان افزوده می‌شود.',
    body: [
      'معاون عمرانی استاندار تهران از آغاز طرح نوسازی ناوگان حمل‌ونقل عمومی در ۱۲ شهر استان خبر داد.',
      'به گفته وی نخستین محموله اتوبوس‌ها در ماه آینده تحویل شهرداری‌ها می‌شود.',
    ],
    image: 'press-briefing',
    categories: ['economy', 'civil-services'],
  },
  {
    slug: 'پیش-نویس-گزارش-عملکرد-ستاد-بحران',
    organization: 'tehran',
    published: false,
    daysAgo: 0,
    title: 'پیش‌نویس: گزارش عملکرد ستاد مدیریت بحران در بارش‌های اخیر',
    summary: 'گزارش در دست تنظیم است و پس از تأیید سرپرست منتشر می‌شود.',
    body: ['این متن پیش‌نویس است و نباید برای عموم نمایش داده شود.'],
    categories: ['crisis-management'],
  },
  {
    slug: 'بازگشایی-مسیر-گردشگری-توچال',
    organization: 'shemiranat',
    published: true,
    daysAgo: 2,
    title: 'مسیر گردشگری توچال پس از بازسازی بازگشایی شد',
    summary: 'فرمانداری شمیرانات از بازگشایی مسیر پیاده‌روی توچال پس از سه ماه عملیات ایمن‌سازی خبر داد.',
    body: ['فرماندار شمیرانات گفت عملیات ایمن‌سازی مسیر با همکاری هلال احمر و شهرداری انجام شد.'],
    image: 'tochal',
    categories: ['culture'],
  },
  {
    slug: 'همایش-ملی-گردشگری-فرهنگی-اصفهان',
    organization: 'isfahan',
    published: true,
    daysAgo: 4,
    title: 'همایش ملی گردشگری فرهنگی در اصفهان برگزار می‌شود',
    summary: 'دومین همایش ملی گردشگری فرهنگی با حضور فعالان گردشگری از ۲۰ استان در اصفهان برگزار می‌شود.',
    body: ['دبیرخانه همایش در استانداری اصفهان مستقر است و ثبت‌نام از هفته آینده آغاز می‌شود.'],
    image: 'naqsh-jahan',
    categories: ['culture'],
    campaign: true,
  },
  {
    slug: 'برنامه-آبرسانی-تابستانه-کاشان',
    organization: 'kashan',
    published: false,
    daysAgo: 0,
    title: 'برنامه آبرسانی تابستانه کاشان در دست بررسی است',
    summary: 'پیش‌نویس برنامه مدیریت مصرف آب در فصل گرم برای تأیید به استانداری ارسال شد.',
    body: ['این پیش‌نویس در انتظار بررسی است.'],
    workflowStatus: 'in_review',
    image: 'kashan-garden',
    categories: ['civil-services'],
  },
  {
    slug: 'افتتاح-مرکز-جامع-سلامت-شیراز',
    organization: 'fars',
    published: true,
    daysAgo: 5,
    title: 'مرکز جامع سلامت شهری شیراز افتتاح شد',
    summary: 'این مرکز با ظرفیت خدمت‌رسانی به ۵۰ هزار نفر در جنوب شیراز آغاز به کار کرد.',
    body: ['استاندار فارس در آیین افتتاح گفت توسعه خدمات سلامت در مناطق کم‌برخوردار اولویت استان است.'],
    image: 'persepolis',
    categories: ['health'],
  },
]

const PRESS_RELEASES: ItemSeed[] = [
  {
    slug: 'اطلاعیه-تعطیلی-ادارات-استان-تهران',
    organization: 'tehran',
    published: true,
    daysAgo: 1,
    title: 'اطلاعیه استانداری تهران درباره ساعت کار ادارات',
    summary: 'ساعت کار ادارات استان تهران از شنبه آینده از ساعت ۷ تا ۱۳ خواهد بود.',
    body: ['بر اساس مصوبه شورای تأمین استان، ساعت کار ادارات دولتی از شنبه آینده تغییر می‌کند.'],
    categories: ['civil-services'],
  },
  {
    slug: 'بیانیه-مطبوعاتی-بودجه-عمرانی-اصفهان',
    organization: 'isfahan',
    published: true,
    daysAgo: 2,
    title: 'بیانیه مطبوعاتی: تخصیص بودجه عمرانی استان اصفهان',
    summary: 'نخستین مرحله اعتبارات عمرانی استان به میزان ۴۰ درصد تخصیص یافت.',
    body: ['معاونت برنامه‌ریزی استانداری اصفهان جزئیات تخصیص اعتبارات را اعلام کرد.'],
    categories: ['economy'],
  },
  {
    slug: 'پیش-نویس-اطلاعیه-فارس',
    organization: 'fars',
    published: false,
    daysAgo: 0,
    title: 'پیش‌نویس اطلاعیه درباره جشنواره فرهنگی شیراز',
    summary: 'در انتظار تأیید.',
    body: ['این اطلاعیه هنوز منتشر نشده است.'],
    categories: ['culture'],
  },
]

/** Sample news items, press releases and a campaign across several provinces: some live, some drafts. */
export async function seedContent(payload: Payload, refs: Refs): Promise<void> {
  const campaign = await seedCampaign(payload, refs)
  for (const item of NEWS) await upsertItem(payload, 'news-items', item, refs, campaign)
  for (const item of PRESS_RELEASES) {
    await upsertItem(payload, 'press-releases', item, refs, campaign, {
      contact: { name: 'دفتر روابط عمومی', phone: '021-00000000', email: 'pr@example.ir' },
    })
  }
}

async function seedCampaign(payload: Payload, refs: Refs): Promise<Campaign> {
  const slug = 'پویش-ملی-شفافیت-و-پاسخگویی'
  const existing = await payload.find({ collection: 'campaigns', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  if (existing.docs[0]) return existing.docs[0]
  const now = Date.now()
  return payload.create({
    collection: 'campaigns',
    locale: 'fa',
    depth: 0,
    data: {
      slug,
      title: 'پویش ملی شفافیت و پاسخ‌گویی',
      objective: 'افزایش آگاهی شهروندان از حق دسترسی آزاد به اطلاعات و پاسخ‌گویی به‌موقع دستگاه‌ها.',
      keyMessages: [{ message: 'اطلاعات عمومی حق همه شهروندان است.' }, { message: 'پاسخ در مهلت قانونی.' }],
      startsAt: new Date(now - 7 * DAY).toISOString(),
      endsAt: new Date(now + 60 * DAY).toISOString(),
      // Four items a province in the campaign's two months: the dashboard's progress bar has a plan to measure.
      plannedItems: 4,
      provinces: ['tehran', 'isfahan', 'fars'].map((slug) => refs.organizations.get(slug)!.id),
      hashtags: ['#شفافیت', '#دسترسی_آزاد'],
      organization: refs.organizations.get('ministry')!.id,
      _status: 'published',
      workflowStatus: 'published',
    },
  })
}

const DAY = 24 * 60 * 60 * 1000

async function upsertItem(
  payload: Payload,
  collection: 'news-items' | 'press-releases',
  item: ItemSeed,
  refs: Refs,
  campaign: Campaign,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const existing = await payload.find({
    collection,
    where: { slug: { equals: item.slug } },
    limit: 1,
    depth: 0,
    draft: true,
  })
  if (existing.docs[0]) return
  const created = await payload.create({
    collection,
    locale: 'fa',
    depth: 0,
    draft: !item.published,
    data: {
      ...extra,
      slug: item.slug,
      title: item.title,
      summary: item.summary,
      body: lexicalFromParagraphs(item.body),
      organization: refs.organizations.get(item.organization)!.id,
      heroImage: item.image ? refs.images.get(item.image)?.id : undefined,
      categories: (item.categories ?? []).map((slug) => refs.categories.get(slug)!.id),
      campaign: item.campaign ? campaign.id : undefined,
      publishedAt: item.published ? new Date(Date.now() - item.daysAgo * DAY).toISOString() : undefined,
      _status: item.published ? 'published' : 'draft',
      workflowStatus: item.published ? 'published' : (item.workflowStatus ?? 'draft'),
    },
  })
  if (item.en) {
    await payload.update({
      collection,
      id: created.id,
      locale: 'en',
      depth: 0,
      draft: !item.published,
      data: { title: item.en.title, summary: item.en.summary, _status: item.published ? 'published' : 'draft' },
    })
  }
}
