import sharp from 'sharp'
import type { Payload } from 'payload'

import type { Media, Organization } from '@/payload-types'

type PhotoSpec = { key: string; hue: number; alt: { fa: string; en: string }; organization: string }

const PHOTOS: PhotoSpec[] = [
  { key: 'governorate', hue: 210, organization: 'tehran', alt: { fa: 'ساختمان استانداری تهران', en: 'Tehran governorate building' } },
  {
    key: 'press-briefing',
    hue: 20,
    organization: 'tehran',
    alt: { fa: 'نشست خبری سخنگوی استانداری', en: 'Governorate spokesperson at a press briefing' },
  },
  { key: 'naqsh-jahan', hue: 45, organization: 'isfahan', alt: { fa: 'میدان نقش جهان اصفهان', en: 'Naqsh-e Jahan Square, Isfahan' } },
  { key: 'persepolis', hue: 30, organization: 'fars', alt: { fa: 'تخت جمشید در استان فارس', en: 'Persepolis in Fars province' } },
  { key: 'tochal', hue: 190, organization: 'shemiranat', alt: { fa: 'دامنه توچال در شمیرانات', en: 'Tochal slopes in Shemiranat' } },
  { key: 'kashan-garden', hue: 120, organization: 'kashan', alt: { fa: 'باغ فین کاشان', en: 'Fin Garden, Kashan' } },
]

/**
 * A demo photograph made on this machine (nothing is downloaded): a colour field with a few
 * shapes, so that sizes, crops and focal points are visible in the admin and the portal.
 */
export async function makeDemoPhoto(width: number, height: number, hue: number): Promise<Buffer> {
  const shapes = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${hue},60%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},55%,35%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <circle cx="${width * 0.72}" cy="${height * 0.3}" r="${height * 0.12}" fill="hsl(${(hue + 180) % 360},80%,85%)"/>
    <rect x="${width * 0.1}" y="${height * 0.55}" width="${width * 0.8}" height="${height * 0.45}" fill="hsl(${hue},30%,25%)"/>
    <rect x="${width * 0.42}" y="${height * 0.35}" width="${width * 0.16}" height="${height * 0.3}" fill="hsl(${(hue + 20) % 360},40%,45%)"/>
  </svg>`
  return sharp(Buffer.from(shapes)).jpeg({ quality: 85 }).toBuffer()
}

/** Uploads the demo photos through Payload, so every size is produced as for an editor's upload. */
export async function seedImages(payload: Payload, organizations: Map<string, Organization>): Promise<Map<string, Media>> {
  const byKey = new Map<string, Media>()
  for (const photo of PHOTOS) {
    const filename = `demo-${photo.key}.jpg`
    const existing = await payload.find({
      collection: 'media',
      where: { filename: { equals: filename } },
      limit: 1,
      depth: 0,
    })
    let media = existing.docs[0]
    if (!media) {
      const data = await makeDemoPhoto(1920, 1080, photo.hue)
      media = await payload.create({
        collection: 'media',
        locale: 'fa',
        depth: 0,
        data: { alt: photo.alt.fa, organization: organizations.get(photo.organization)!.id },
        file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
      })
      await payload.update({ collection: 'media', id: media.id, locale: 'en', data: { alt: photo.alt.en } })
    }
    byKey.set(photo.key, media)
  }
  return byKey
}
