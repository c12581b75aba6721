import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql'

const MAX_ROOT_FIELDS = 25
const MAX_DEPTH = 12

/**
 * Limits a GraphQL document before Payload executes it: a few hundred aliased root fields, or a
 * negative `limit`/`page`, tie the handler up instead of failing. Syntax errors are left to the
 * GraphQL handler, which answers them properly.
 */
export function graphqlProblem(query: string): string | null {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 20_000 })
  } catch (error) {
    return /maxTokens|token limit/i.test((error as Error).message) ? 'The GraphQL document is too large.' : null
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    if (definition.selectionSet.selections.length > MAX_ROOT_FIELDS) {
      return `A GraphQL request may ask for at most ${MAX_ROOT_FIELDS} root fields.`
    }
    const problem = walk(definition.selectionSet, 1)
    if (problem) return problem
  }
  return null
}

function walk(selectionSet: SelectionSetNode, depth: number): string | null {
  if (depth > MAX_DEPTH) return `A GraphQL request may nest at most ${MAX_DEPTH} levels.`
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue
    for (const argument of selection.arguments ?? []) {
      if (
        (argument.name.value === 'limit' || argument.name.value === 'page') &&
        argument.value.kind === Kind.INT &&
        Number(argument.value.value) < 0
      ) {
        return `"${argument.name.value}" may not be negative.`
      }
    }
    if (selection.selectionSet) {
      const problem = walk(selection.selectionSet, depth + 1)
      if (problem) return problem
    }
  }
  return null
}
