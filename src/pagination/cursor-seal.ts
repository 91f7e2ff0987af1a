import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Keyset cursors carry the sort value of the last item seen, which for a list ordered by name is
 * a name: a VIEWER, who sees a stolen identity's name masked, could read it from the cursor. So
 * cursors are sealed (AES-256-GCM): opaque, and refused if altered. The key comes from
 * `CURSOR_SECRET`; without it each process draws its own, so a cursor is good only on the
 * instance that gave it (set the same secret on every instance behind one load balancer).
 */
function keysFrom(master: Buffer | string) {
  const derive = (use: string) => createHash('sha256').update(`trailgraph-cursor:${use}:`).update(master).digest();
  return { cipher: derive('cipher'), iv: derive('iv') };
}

let keys = keysFrom(randomBytes(32));

/** Seals cursors with keys derived from `secret`; with none, keeps this process's own. */
export function useCursorSecret(secret: string | undefined): void {
  if (secret) keys = keysFrom(secret);
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The same cursor seals to the same text (clients may compare cursors): the IV is derived from
 * the text itself, as in SIV, so an IV repeats only with its message and reveals only equality.
 */
export function seal(text: string): string {
  const iv = createHmac('sha256', keys.iv).update(text, 'utf8').digest().subarray(0, IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keys.cipher, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The text sealed in `token`, or null when it was not sealed here with this key or was altered. */
export function unseal(token: string): string | null {
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.cipher, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
