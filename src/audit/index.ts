export { auditEventPage, type AuditFilter, type AuditRecord } from './events.js';
export { createAuditLog, type AuditLog, type AuditLogOptions } from './log.js';
export { auditPlugin, type AuditPluginOptions } from './plugin.js';
export { MAX_RETURNED_IDS, returnedIds } from './returned-ids.js';
