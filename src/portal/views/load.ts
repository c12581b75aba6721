import { notFound } from 'next/navigation'
import { publicOrigin } from '@/config/serverUrl'

import { organizationDirectory, type OrganizationInfo } from '@/delivery/directory'
import { newsroom } from '@/delivery/instance'
import { DeliveryError } from '@/delivery/params'
import { findProvince } from '@/delivery/service'

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

export async function provinceBySlug(slug: string): Promise<OrganizationInfo> {
  const payload = await newsroom()
  return orNotFound(async () => findProvince(await organizationDirectory(payload), decodeURIComponent(slug)))
}
