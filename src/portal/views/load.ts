import { notFound } from 'next/navigation'
import type { Payload } from 'payload'

import { publicOrigin } from '@/config/serverUrl'
import { DeliveryError, findProvince, organizationDirectory, type OrganizationInfo } from '@/delivery'

/** The origin for absolute URLs in JSON-LD: SERVER_URL, never the request's host (publicOrigin). */
export async function requestOrigin(): Promise<string> {
  return publicOrigin()
}

/** Turns the delivery layer's 404 into Next's not-found page; other errors propagate. */
export async function orNotFound<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof DeliveryError && error.status === 404) notFound()
    throw error
  }
}

export async function provinceBySlug(payload: Payload, slug: string): Promise<OrganizationInfo> {
  return orNotFound(async () => findProvince(await organizationDirectory(payload), decodeURIComponent(slug)))
}
