import { formatNumber, type AdminLanguage } from '@/lib/dates'

/** A span of time for people: «۲ روز و ۳ ساعت», "2 d 3 h"; minutes under an hour. */
export function formatDuration(seconds: number | null, lang: AdminLanguage): string {
  if (seconds === null) return '—'
  const minutes = Math.round(seconds / 60)
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const n = (value: number) => formatNumber(value, lang)
  if (lang === 'fa') {
    if (days > 0) return hours > 0 ? `${n(days)} روز و ${n(hours)} ساعت` : `${n(days)} روز`
    if (hours > 0) return `${n(hours)} ساعت و ${n(minutes % 60)} دقیقه`
    return `${n(minutes)} دقیقه`
  }
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`
  if (hours > 0) return `${hours} h ${minutes % 60} min`
  return `${minutes} min`
}

export function formatPercent(rate: number | null, lang: AdminLanguage): string {
  if (rate === null) return '—'
  const value = formatNumber(Math.round(rate * 100), lang)
  return lang === 'fa' ? `٪${value}` : `${value}%`
}
