import { notFound } from 'next/navigation'
import { headers } from 'next/headers'

import { organizationDirectory, type OrganizationInfo } from '@/delivery/directory'
import { newsroom } from '@/delivery/instance'
import { DeliveryError } from '@/delivery/params'
import { findProvince } from '@/delivery/service'

/** The origin for absolute URLs in JSON-LD: SERVER_URL, else the request's host. */
export async function requestOrigin(): Promise<string> {
  const configured = process.env.SERVER_URL?.replace(/\/+$/, '')
  if (configured) return configured
  const list = await headers()
  const host = list.get('host') ?? 'localhost:3000'
  return `${list.get('x-forwarded-proto') ?? 'http'}://${host}`
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
