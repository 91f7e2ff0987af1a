import http, { type IncomingHttpHeaders } from 'node:http';

/** A request exactly as sent: raw path (no normalisation), raw headers, raw body bytes. */
export interface RawRequest {
  readonly method?: string;
  readonly path?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: any;
}

/**
 * Sends one request with node:http rather than fetch, so that bodies, charsets, paths and
 * content types go out byte for byte as written (fetch normalises paths and sets content types).
 */
export function send(base: string, request: RawRequest): Promise<RawResponse> {
  const url = new URL(base);
  const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, 'utf8');
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method ?? 'POST',
        path: request.path ?? '/graphql',
        headers: { ...(body ? { 'content-length': String(body.length) } : {}), ...request.headers },
      },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    // A server may answer 413 and close before a huge body is written; the answer is what counts.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (body) req.write(body);
    req.end();
  });
}

/** A JSON POST to /graphql, as every GraphQL client sends it. */
export function graphqlRequest(
  operation: { query: string; variables?: Record<string, unknown>; operationName?: string },
  headers: Record<string, string> = {},
): RawRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9', ...headers },
    body: JSON.stringify(operation),
  };
}
