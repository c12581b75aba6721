/**
 * Persian newsroom prose from word lists and templates: titles, leads and bodies that read like a
 * provincial PR office's output (officials, projects, places, numbers in Persian digits), made
 * from a seeded random source so that a corpus is the same on every machine. Nothing is downloaded.
 */

export type Random = () => number

/** mulberry32: small, fast and good enough to pick words; seeded, so runs are repeatable. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!

const OFFICIALS = [
  'استاندار',
  'معاون عمرانی استاندار',
  'معاون سیاسی و امنیتی استاندار',
  'فرماندار',
  'مدیرکل روابط عمومی',
  'سخنگوی استانداری',
  'مدیرکل مدیریت بحران',
  'شهردار',
  'رئیس شورای شهر',
  'مدیرکل میراث فرهنگی',
  'مدیرکل راه و شهرسازی',
  'رئیس دانشگاه علوم پزشکی',
  'مدیرعامل شرکت آب و فاضلاب',
  'مدیرکل آموزش و پرورش',
]
const PROJECTS = [
  'طرح نوسازی ناوگان حمل‌ونقل عمومی',
  'پروژه آبرسانی به روستاها',
  'طرح بهسازی معابر شهری',
  'برنامه گازرسانی',
  'طرح توسعه فضای سبز',
  'پروژه احداث بیمارستان',
  'طرح ساماندهی بافت فرسوده',
  'برنامه مقابله با کم‌آبی',
  'طرح هوشمندسازی مدارس',
  'پروژه تعریض جاده',
  'طرح حمایت از مشاغل خانگی',
  'برنامه توسعه گردشگری روستایی',
  'پروژه تصفیه‌خانه فاضلاب',
  'طرح نهضت ملی مسکن',
  'برنامه آمادگی در برابر زلزله',
  'پروژه خط انتقال برق',
]
const FACILITIES = [
  'مرکز جامع سلامت',
  'کتابخانه عمومی',
  'سالن ورزشی',
  'مدرسه',
  'پارک بانوان',
  'ایستگاه آتش‌نشانی',
  'پایگاه اورژانس',
  'مجتمع فرهنگی',
  'بازارچه صنایع دستی',
  'پل عابر پیاده',
  'مخزن ذخیره آب',
  'نیروگاه خورشیدی',
]
const EVENTS = [
  'نشست شورای اطلاع‌رسانی',
  'همایش ملی',
  'جلسه ستاد تنظیم بازار',
  'نشست خبری',
  'رزمایش مدیریت بحران',
  'جشنواره فرهنگی',
  'نمایشگاه دستاوردها',
  'جلسه شورای برنامه‌ریزی',
  'دیدار مردمی',
  'کارگاه آموزشی',
]
const TOPICS = [
  'مدیریت مصرف آب',
  'اشتغال جوانان',
  'بودجه عمرانی',
  'گردشگری فرهنگی',
  'ایمنی زمستانی',
  'حمل‌ونقل عمومی',
  'دسترسی آزاد به اطلاعات',
  'سلامت همگانی',
  'آموزش و پرورش',
  'محیط زیست',
  'صنایع دستی',
  'کشاورزی پایدار',
  'انرژی خورشیدی',
  'مسکن',
  'ترافیک شهری',
  'پسماند',
  'تنظیم بازار',
  'آمادگی در برابر سیل',
]
const VERBS = ['برگزار شد', 'آغاز شد', 'به بهره‌برداری رسید', 'افتتاح شد', 'تصویب شد', 'بررسی شد', 'اعلام شد']
const UNITS = ['شهر', 'روستا', 'بخش', 'شهرستان', 'محله']
const CONNECTIVES = ['همچنین', 'به گفته وی', 'در ادامه', 'بر این اساس', 'افزون بر این', 'در همین راستا']
const CLAIMS = [
  'اعتبارات لازم برای اجرای این طرح از محل منابع استانی تأمین شده است',
  'پیشرفت فیزیکی پروژه به بیش از نیمی از برنامه رسیده است',
  'مردم می‌توانند پرسش‌های خود را از طریق سامانه پاسخ‌گویی استانداری مطرح کنند',
  'گزارش پیشرفت کار هر ماه در پایگاه اطلاع‌رسانی استان منتشر می‌شود',
  'هماهنگی میان دستگاه‌های اجرایی شرط موفقیت این برنامه است',
  'اولویت با مناطق کم‌برخوردار و روستاهای دورافتاده است',
  'این اقدام با مشارکت شهرداری‌ها و دهیاری‌ها انجام می‌شود',
  'نظارت بر اجرای کار بر عهده کارشناسان استانداری است',
]

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹'
export const persianNumber = (n: number): string => String(n).replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)]!)

export type Place = { province: string; center: string }
export type Article = { title: string; summary: string; body: string[] }

export function article(random: Random, place: Place): Article {
  const count = persianNumber(2 + Math.floor(random() * 120))
  const official = pick(random, OFFICIALS)
  const project = pick(random, PROJECTS)
  const facility = pick(random, FACILITIES)
  const topic = pick(random, TOPICS)
  const titles = [
    `${official} ${place.province} از ${project} خبر داد`,
    `${pick(random, EVENTS)} ${topic} در ${place.center} ${pick(random, VERBS)}`,
    `آغاز ${project} در ${count} ${pick(random, UNITS)} استان ${place.province}`,
    `${official} ${place.province}: ${topic} اولویت امسال است`,
    `${facility} ${place.center} ${pick(random, VERBS)}`,
    `بازدید ${official} از ${facility} ${place.center}`,
  ]
  const title = pick(random, titles)
  const summary = `${official} ${place.province} گفت ${pick(random, CLAIMS)} و ${pick(random, CLAIMS)}.`
  const paragraphs = 3 + Math.floor(random() * 4)
  const body = Array.from({ length: paragraphs }, () => sentence(random, place, topic))
  return { title, summary, body }
}

function sentence(random: Random, place: Place, topic: string): string {
  const parts = 2 + Math.floor(random() * 3)
  return Array.from({ length: parts }, (_, i) =>
    i === 0
      ? `${pick(random, OFFICIALS)} ${place.province} در ${pick(random, EVENTS)} ${topic} گفت ${pick(random, CLAIMS)}.`
      : `${pick(random, CONNECTIVES)} ${pick(random, CLAIMS)}.`,
  ).join(' ')
}

/** What the search scenario asks for: words and phrases that the corpus really contains. */
export const SEARCH_QUERIES = [
  'مدیریت مصرف آب',
  'بودجه عمرانی',
  'گردشگری',
  'نوسازی ناوگان',
  'بیمارستان',
  'سلامت همگانی',
  'مسکن',
  'انرژی خورشیدی',
  'اشتغال جوانان',
  'پسماند',
  'صنایع دستی',
  'ترافیک شهری',
  'سیل',
  'کتابخانه',
  // Arabic-keyboard letters: normalization must still find «ی» and «ک».
  'كتابخانه عمومي',
  'آمادگي در برابر زلزله',
]
