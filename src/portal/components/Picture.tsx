import type { DeliveredImage } from '@/delivery'

/** A responsive image from the delivered sizes: the browser picks the smallest that fits. */
export function Picture({ image, sizes, eager = false }: { image: DeliveredImage; sizes: string; eager?: boolean }) {
  const candidates = [image.sizes.thumbnail, image.sizes.card, image.sizes.hero].filter(
    (size): size is NonNullable<typeof size> => size !== null,
  )
  const fallback = image.sizes.card ?? image.sizes.hero ?? { url: image.url, width: image.width, height: image.height }
  return (
    <img
      src={fallback.url}
      srcSet={candidates.map((size) => `${size.url} ${size.width}w`).join(', ') || undefined}
      sizes={sizes}
      alt={image.alt}
      width={fallback.width}
      height={fallback.height}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  )
}
