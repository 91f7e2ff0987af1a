/**
 * Personal data: masking for who may not see it (`@pii`), and redaction in logs and errors.
 */
export { loggableError } from './loggable-error.js';
export { applyPiiMasking, visibleName } from './masking.js';
export { redactVariables } from './redact-variables.js';
