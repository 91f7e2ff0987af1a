/**
 * A request without a valid credential: answered 401 at the HTTP edge, before any GraphQL runs.
 * The message is written for the client and never repeats the credential.
 */
export class Unauthenticated extends Error {}
