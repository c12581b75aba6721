import type { Field, FieldHook, PayloadRequest } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'

const SYSTEM = 'سامانه / System'

async function nameOf(req: PayloadRequest, value: unknown): Promise<string | null> {
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return (value as { name: string }).name
  const id = relationId(value as RelationValue)
  if (id === null) return null
  const names = (req.context.staffNames ??= {})
  if (!(String(id) in names)) {
    // Read as the system on purpose: only the name is given out, never the account.
    const user = await req.payload
      .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, select: { name: true }, req })
      .catch(() => null)
    names[String(id)] = user?.name ?? null
  }
  return names[String(id)] ?? null
}

/**
 * The name of the staff member a `users` relationship points at, as a virtual read-only field.
 * A colleague's account is outside most people's scope (editors read only their own), so the
 * relationship itself would show as "Untitled - ID: 1" in lists and forms; who wrote a comment or
 * made a transition is something every reader of the document should see. `system` names the
 * writer when the relationship is empty (the scheduler, the seed).
 */
export function staffNameField(source: string, label: { fa: string; en: string }, { system = false, sidebar = false } = {}): Field {
  const readName: FieldHook = async ({ siblingData, req }) => (await nameOf(req, siblingData?.[source])) ?? (system ? SYSTEM : null)
  return {
    name: `${source}Name`,
    type: 'text',
    virtual: true,
    label,
    access: { create: () => false, update: () => false },
    admin: { readOnly: true, disableListFilter: true, ...(sidebar ? { position: 'sidebar' as const } : {}) },
    hooks: { afterRead: [readName] },
  }
}
