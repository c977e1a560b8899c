// The dashboard's only door to the app: every call carries the key (x-functions-key), answers are JSON, and
// failures become ApiError with the status and the problem+json detail (docs/api-spec: errors are problem+json).

const keyName = "alerts.key";

export class ApiError extends Error {
  constructor(status, detail, isProblem = false, data = null) {
    super(detail);
    this.status = status;
    this.data = data;
    this.isProblem = isProblem; // false: no problem+json body, e.g. a 404 for a route this app version lacks
  }

  /** 401 (no key) or 403 (wrong key, or the read key on a write). */
  get isAuth() {
    return this.status === 401 || this.status === 403;
  }
}

/** The key: taken once from #key= (then removed from the address), else from this tab's sessionStorage. */
export function takeKeyFromFragment() {
  const params = new URLSearchParams(location.hash.slice(1));
  const key = params.get("key");
  if (key === null) return;
  params.delete("key");
  const rest = params.toString();
  // replaceState: the key leaves the address bar and history without a reload.
  history.replaceState(null, "", location.pathname + location.search + (rest ? "#" + rest : ""));
  if (key) storeKey(key);
}

export function storedKey() {
  try {
    return sessionStorage.getItem(keyName) || "";
  } catch {
    return memoryKey;
  }
}

let memoryKey = "";

export function storeKey(key) {
  memoryKey = key;
  try {
    sessionStorage.setItem(keyName, key);
  } catch {
    // sessionStorage blocked: the key lasts for this page only.
  }
}

export function forgetKey() {
  memoryKey = "";
  try {
    sessionStorage.removeItem(keyName);
  } catch {
    // nothing stored
  }
}

/** GET/POST path (under /api) with the key; resolves to { status, data, location } for 2xx, else throws ApiError. */
export async function api(path, { method = "GET", body, key = storedKey(), signal } = {}) {
  const headers = { Accept: "application/json, application/problem+json", "x-functions-key": key };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch("/api/" + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal, cache: "no-store" });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, error.message || "network error");
  }

  const type = response.headers.get("Content-Type") || "";
  const data = type.includes("json") ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const errors = data && data.errors ? Object.values(data.errors).flat().join("; ") : "";
    const detail = (data && (data.detail || data.title)) || response.statusText || "HTTP " + response.status;
    throw new ApiError(response.status, errors ? `${detail} (${errors})` : detail, data !== null, data);
  }

  return { status: response.status, data, location: response.headers.get("Location") };
}
