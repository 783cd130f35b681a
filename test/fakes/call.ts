/** What a fake's handler answered, as tests want to read it. */
export interface CallResult {
  status: number;
  headers: Headers;
  /** Parsed JSON, or null for an empty body or a dropped connection. */
  body: any;
  /** True when the fake dropped the connection. */
  dropped: boolean;
}

/** Sends a request straight to a fake's handler and reads the answer. */
export async function callHandler(
  fake: { handle(request: Request): Promise<Response> },
  request: Request,
): Promise<CallResult> {
  const response = await fake.handle(request);
  if (response.type === 'error') {
    return { status: 0, headers: response.headers, body: null, dropped: true };
  }
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : null,
    dropped: false,
  };
}
