/** JSON bodies larger than this are refused (413) before anything parses them. */
export const MAX_JSON_BYTES = 2 * 1024 * 1024
