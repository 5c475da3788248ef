/** Wording of fetch messages: one line each, readable by the person whose feed failed. */

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS)',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
  CERT_HAS_EXPIRED: 'certificate expired',
};

/** The reason behind a rejected fetch. Node puts it in `cause`; browsers only say "Failed to fetch". */
export function describeNetworkError(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code;
  if (code && NETWORK_CODES[code]) return NETWORK_CODES[code];
  const msg = cause?.message || (err instanceof Error ? err.message : String(err));
  if (/redirect count exceeded/i.test(msg)) return 'too many redirects';
  if (/scheme must be a? ?HTTP\(S\)/i.test(msg)) return 'redirect to a non-http(s) URL';
  return msg || 'request failed';
}

/** 20000 → "20 s", 400 → "0.4 s". */
export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/** 5242880 → "5 MiB". */
export function formatBytes(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} B`; // the unit symbol reads the same in German and English
}

export { oneLine } from '../safe-text';
