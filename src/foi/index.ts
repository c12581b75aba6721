/**
 * The FOI desk's public entry: the route handlers the entry layer mounts under /api/foi and
 * /portal (given the server's Payload, src/app/newsroom.ts), and the services the portal's pages
 * render, and the desk's one way to move a request for a member of staff (the demo seed uses it).
 * Its plugin (./plugin.ts) is listed by payload.config.ts like every feature's; everything
 * else under src/foi is its own.
 */
export { fileHandler } from './public/fileHandler'
export { TooManyCodeGuesses } from './codeGuesses'
export { lookupHandler, requestStatus, type PublicRequestStatus } from './public/lookupHandler'
export { logHandler } from './public/logHandler'
export { publicLog, type PublicLogPage } from './public/log'
export { portalFileHandler } from './public/portalFiling'
export { replyHandler } from './public/replyHandler'
export { portalReplyHandler } from './public/portalReply'
export { foiOrganizations, type FoiOrganization } from './public/organizations'
export { applyFoiTransition, FoiTransitionError, type FoiTransitionRequest } from './applyTransition'
