/** A small HTTP client over fetch that keeps a session cookie, like a browser tab. */
export type Response<T = unknown> = { status: number; body: T; headers: Headers };

export class ApiClient {
  cookie: string | null = null;
  constructor(
    readonly baseUrl: string,
    readonly extraHeaders: Record<string, string> = {},
  ) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response<T>> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...this.extraHeaders,
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie?.startsWith("passerelle_session=")) {
      const value = setCookie.split(";")[0];
      this.cookie = value === "passerelle_session=" ? null : value;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get = <T = any>(path: string, headers?: Record<string, string>) => this.request<T>("GET", path, undefined, headers);
  post = <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => this.request<T>("POST", path, body ?? {}, headers);
  patch = <T = any>(path: string, body: unknown) => this.request<T>("PATCH", path, body);
  put = <T = any>(path: string, body: unknown) => this.request<T>("PUT", path, body);

  async login(email: string, password: string): Promise<this> {
    const res = await this.post("/api/auth/login", { email, password });
    if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status}`);
    return this;
  }
}
