import type { Field, FieldHook } from 'payload'

/**
 * Adds `hook` as a beforeValidate hook to every relationship and upload field, descending into
 * groups, rows, collapsibles, tabs, arrays and blocks.
 */
export function withRelationHook(fields: Field[], hook: FieldHook): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'relationship' || field.type === 'upload') {
      return { ...field, hooks: { ...field.hooks, beforeValidate: [...(field.hooks?.beforeValidate ?? []), hook] } } as Field
    }
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withRelationHook(tab.fields, hook) })) }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: (field.blocks ?? []).map((block) => ({ ...block, fields: withRelationHook(block.fields, hook) })),
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: withRelationHook(field.fields, hook) } as Field
    }
    return field
  })
}
