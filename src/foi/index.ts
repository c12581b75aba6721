/**
 * The FOI desk's public entry: the route handlers the entry layer mounts under /api/foi (given
 * the server's Payload, src/app/newsroom.ts). Its plugin (./plugin.ts) is listed by
 * payload.config.ts like every feature's; everything else under src/foi is its own.
 */
export { fileHandler } from './public/fileHandler'
export { lookupHandler } from './public/lookupHandler'
export { logHandler } from './public/logHandler'
