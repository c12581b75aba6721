import { createLocalReq, type Payload } from 'payload'

import { FOI_WORKING_DAYS, officeCalendar } from '@/config/foi'
import { applyFoiTransition, type FoiTransitionRequest } from '@/foi'
import { lexicalFromParagraphs } from '@/lib/lexical/fromParagraphs'
import { isoDateToJalali, jalaliToIsoDate } from '@/lib/persian'
import { dueDate } from '@/lib/workingCalendar'
import type { FoiRequest, Organization, User } from '@/payload-types'

type Move = { by: string; to: FoiTransitionRequest['to'] } & Omit<Partial<FoiTransitionRequest>, 'id' | 'to' | 'assignee'> & {
    /** The demo account (email prefix) to assign the request to. */
    assignee?: string
  }

type RequestSeed = {
  organization: string
  subject: string
  question: string
  requester: { name: string; email?: string; phone?: string }
  channel: FoiRequest['channel']
  publishConsent?: boolean
  hazardInformation?: boolean
  /** Registered this many days ago (so its deadline may have passed); now when unset. */
  daysAgo?: number
  /** The answer, saved before the moves (answering needs a saved answer). */
  answer?: string[]
  moves: Move[]
}

/**
 * A working desk for `npm start`: requests to Tehran (and a county office under it) and Isfahan in
 * the states people meet (registered, assigned, answered and published with consent, overdue,
 * refused with its legal ground), each moved by the demo staff through the desk's own transitions,
 * so history and audit are as real ones. Requesters' addresses are on reserved example domains.
 */
const REQUESTS: RequestSeed[] = [
  {
    organization: 'tehran',
    subject: 'بودجه نگهداری فضای سبز بزرگراه‌ها',
    question: 'بودجه مصوب و هزینه‌شده نگهداری فضای سبز بزرگراه‌های استان در سال ۱۴۰۳ چقدر بوده است؟',
    requester: { name: 'سارا محمدی', email: 'sara.mohammadi@example.org' },
    channel: 'portal',
    moves: [],
  },
  {
    organization: 'tehran',
    subject: 'قراردادهای جمع‌آوری پسماند',
    question: 'فهرست قراردادهای جمع‌آوری پسماند شهرستان‌های استان در دو سال اخیر و مبلغ هر کدام را می‌خواهم.',
    requester: { name: 'رضا کریمی', phone: '09120000001' },
    channel: 'mail',
    moves: [{ by: 'supervisor.tehran', to: 'assigned', assignee: 'editor.tehran' }],
  },
  {
    organization: 'tehran',
    subject: 'پروانه‌های ساختمانی صادرشده در ۱۴۰۳',
    question: 'در سال ۱۴۰۳ چند پروانه ساختمانی در شهرهای استان صادر شده است؟',
    requester: { name: 'علی رضایی', email: 'ali.rezaei@example.org' },
    channel: 'portal',
    publishConsent: true,
    daysAgo: 6,
    answer: ['در سال ۱۴۰۳ در مجموع ۱۲٬۴۸۰ پروانه ساختمانی در شهرهای استان صادر شد.', 'آمار به تفکیک شهر در پیوست پاسخ آمده است.'],
    moves: [
      { by: 'supervisor.tehran', to: 'assigned', assignee: 'editor.tehran' },
      { by: 'editor.tehran', to: 'answered' },
    ],
  },
  {
    organization: 'tehran',
    subject: 'داده‌های ایستگاه‌های سنجش کیفیت هوا',
    question: 'داده‌های ساعتی ایستگاه‌های سنجش کیفیت هوای استان در آذر ۱۴۰۳ را می‌خواهم.',
    requester: { name: 'مهسا احمدی', email: 'mahsa.ahmadi@example.org' },
    channel: 'portal',
    hazardInformation: true,
    daysAgo: 20,
    moves: [{ by: 'supervisor.tehran', to: 'assigned', assignee: 'editor.tehran' }],
  },
  {
    organization: 'tehran',
    subject: 'پرونده‌های تخلف ساختمانی در دست رسیدگی',
    question: 'نام مالکان و جزئیات پرونده‌های تخلف ساختمانی که در کمیسیون ماده ۱۰۰ در دست رسیدگی است را می‌خواهم.',
    requester: { name: 'حمید نوری', phone: '09120000002' },
    channel: 'in-person',
    daysAgo: 4,
    moves: [
      { by: 'supervisor.tehran', to: 'assigned', assignee: 'editor.tehran' },
      {
        by: 'editor.tehran',
        to: 'refused',
        legalGround: 'crime_prevention',
        reason: 'پرونده‌ها در مرحله رسیدگی‌اند و انتشار جزئیات آن‌ها به کشف و تعقیب تخلفات آسیب می‌زند (ماده ۱۷).',
      },
    ],
  },
  {
    organization: 'shemiranat',
    subject: 'برنامه بازسازی مسیر توچال',
    question: 'گزارش هزینه و زمان‌بندی بازسازی مسیر گردشگری توچال را می‌خواهم.',
    requester: { name: 'نرگس قاسمی', email: 'narges.ghasemi@example.org' },
    channel: 'portal',
    moves: [{ by: 'supervisor.tehran', to: 'assigned', assignee: 'editor.shemiranat' }],
  },
  {
    organization: 'isfahan',
    subject: 'سهم آب کشاورزی شرق اصفهان',
    question: 'سهم آب تخصیص‌یافته به کشاورزان شرق اصفهان در سال آبی ۱۴۰۳–۱۴۰۴ چقدر بوده است؟',
    requester: { name: 'محمد جعفری', email: 'mohammad.jafari@example.org' },
    channel: 'portal',
    moves: [],
  },
  {
    organization: 'isfahan',
    subject: 'ساعات کار میز خدمت استانداری',
    question: 'ساعات کار میز خدمت استانداری در ایام تابستان چیست؟',
    requester: { name: 'زهرا موسوی', email: 'zahra.mousavi@example.org' },
    channel: 'portal',
    publishConsent: true,
    daysAgo: 3,
    answer: ['میز خدمت استانداری در تابستان از شنبه تا چهارشنبه، ساعت ۷ تا ۱۳ پاسخ‌گوست.'],
    moves: [
      { by: 'supervisor.isfahan', to: 'assigned', assignee: 'editor.isfahan' },
      { by: 'editor.isfahan', to: 'answered' },
    ],
  },
  {
    organization: 'isfahan',
    subject: 'قرارداد پیمانکار مترو',
    question: 'متن کامل قرارداد پیمانکار خط دو مترو و قیمت‌های واحد آن را می‌خواهم.',
    requester: { name: 'امیر حسینی', phone: '09130000003' },
    channel: 'mail',
    daysAgo: 5,
    moves: [
      { by: 'supervisor.isfahan', to: 'assigned', assignee: 'editor.isfahan' },
      {
        by: 'editor.isfahan',
        to: 'partially_answered',
        legalGround: 'commercial',
        reason: 'قیمت‌های واحد اسرار تجاری پیمانکار است (ماده ۱۵)؛ متن قرارداد بدون آن‌ها ارسال شد.',
      },
    ],
    answer: ['متن قرارداد خط دو مترو، بدون جدول قیمت‌های واحد، در پیوست آمده است.'],
  },
]

const DAY = 24 * 60 * 60 * 1000

export async function seedFoiRequests(payload: Payload, organizations: Map<string, Organization>, users: Map<string, User>): Promise<void> {
  const account = (prefix: string) => {
    const user = users.get(`${prefix}@demo.newsroom`)
    if (!user) throw new Error(`Seed data: no demo account ${prefix}`)
    return user
  }
  for (const seed of REQUESTS) {
    const organization = organizations.get(seed.organization)
    if (!organization) throw new Error(`Seed data: no organization ${seed.organization}`)
    const existing = await payload.count({
      collection: 'foi-requests',
      where: { and: [{ organization: { equals: organization.id } }, { subject: { equals: seed.subject } }] },
      overrideAccess: true,
    })
    if (existing.totalDocs > 0) continue

    // Registered as the system, as a filing is; a backdated one gets the deadline it had then.
    const created = await payload.create({
      collection: 'foi-requests',
      data: {
        organization: organization.id,
        subject: seed.subject,
        question: seed.question,
        ...seed.requester,
        channel: seed.channel,
        publishConsent: seed.publishConsent ?? false,
        hazardInformation: seed.hazardInformation ?? false,
      },
      depth: 0,
      overrideAccess: true,
    })
    const registeredAt = seed.daysAgo ? new Date(Date.now() - seed.daysAgo * DAY) : null
    if (registeredAt || seed.answer) {
      await payload.update({
        collection: 'foi-requests',
        id: created.id,
        data: {
          ...(registeredAt
            ? {
                registeredAt: registeredAt.toISOString(),
                dueAt: dueDate(registeredAt, { ...officeCalendar([]), workingDays: FOI_WORKING_DAYS }).toISOString(),
              }
            : {}),
          ...(seed.answer ? { answer: lexicalFromParagraphs(seed.answer) } : {}),
        },
        depth: 0,
        overrideAccess: true,
      })
    }
    // Moved by the staff themselves, through the desk's one write path.
    for (const { by, assignee, ...move } of seed.moves) {
      const req = await createLocalReq({ user: { ...account(by), collection: 'users' } as never }, payload)
      await applyFoiTransition(req, { id: created.id, ...move, assignee: assignee ? account(assignee).id : undefined })
    }
  }
}

/** The official holidays fixed in the solar calendar; the lunar ones move every year and are the admins' to add. */
const SOLAR_HOLIDAYS: Array<{ month: number; day: number; name: string }> = [
  { month: 1, day: 1, name: 'عید نوروز' },
  { month: 1, day: 2, name: 'عید نوروز' },
  { month: 1, day: 3, name: 'عید نوروز' },
  { month: 1, day: 4, name: 'عید نوروز' },
  { month: 1, day: 12, name: 'روز جمهوری اسلامی' },
  { month: 1, day: 13, name: 'روز طبیعت' },
  { month: 3, day: 14, name: 'رحلت امام خمینی' },
  { month: 3, day: 15, name: 'قیام ۱۵ خرداد' },
  { month: 11, day: 22, name: 'پیروزی انقلاب اسلامی' },
  { month: 12, day: 29, name: 'ملی شدن صنعت نفت' },
]

/** The holiday calendar of this Jalali year and the next, when it is empty: the desk's deadlines skip them. */
export async function seedFoiHolidays(payload: Payload): Promise<void> {
  const calendar = await payload.findGlobal({ slug: 'foi-calendar', depth: 0, overrideAccess: true })
  if ((calendar.holidays ?? []).length > 0) return
  const year = isoDateToJalali(new Date().toISOString().slice(0, 10))!.year
  const holidays = [year, year + 1].flatMap((jy) =>
    SOLAR_HOLIDAYS.map(({ month, day, name }) => ({ date: jalaliToIsoDate(jy, month, day)!, name })),
  )
  await payload.updateGlobal({ slug: 'foi-calendar', data: { holidays }, depth: 0, overrideAccess: true })
}
