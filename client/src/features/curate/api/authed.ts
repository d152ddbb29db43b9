// The curation pages' ONE way to call endpoints that need a curator: the session cookie of the
// signed-in account goes with every request, and the HTTP client (api/http.ts) adds the session's
// CSRF token to every write. No credential is kept in the page's storage.
import type {
  AuditListResponse,
  AuditRevertResponse,
  ImportPreviewResponse,
  ImportResponse,
} from '../../../../../server/shared/contracts.ts';
import { ApiRequestError, request, type RequestOptions } from '../../../api/http.ts';

export function authedRequest<T>(url: string, options: RequestOptions = {}): Promise<T> {
  return request<T>(url, options);
}

/** A file download that needs the session (the audit export): fetched, then handed over as a Blob. */
export async function authedBlob(url: string): Promise<Blob> {
  const res = await fetch(url, { credentials: 'same-origin' }).catch((e: Error) => {
    throw new ApiRequestError(0, 'network', e.message || 'network error');
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => undefined)) as { error?: { code: string; message: string } } | undefined;
    throw new ApiRequestError(res.status, body?.error?.code ?? `http_${res.status}`, body?.error?.message ?? `HTTP ${res.status}`);
  }
  return res.blob();
}

/** What POST /api/import takes: a seed-format document, or CSV files as text. */
export type ImportBody = { format: 'csv'; nodes?: string; relationships?: string; sources?: string } | Record<string, unknown>;

export const previewImport = (body: ImportBody) =>
  authedRequest<ImportPreviewResponse>('/api/import?dryRun=true', { method: 'POST', body });
export const applyImport = (body: ImportBody) => authedRequest<ImportResponse>('/api/import', { method: 'POST', body });

export interface AuditQuery {
  kind?: string;
  actor?: string;
  from?: string;
  to?: string;
  cursor?: string;
}
const query = (q: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => !!e[1])).toString();
export const auditUrl = (q: AuditQuery, limit = 50) => `/api/audit?${query({ ...q, limit: String(limit) })}`;
export const auditExportUrl = (q: Omit<AuditQuery, 'cursor'>, format: 'jsonl' | 'csv') => `/api/audit/export?${query({ ...q, format })}`;
export const listAudit = (q: AuditQuery) => authedRequest<AuditListResponse>(auditUrl(q));
export const revertAudit = (id: string) =>
  authedRequest<AuditRevertResponse>(`/api/audit/${encodeURIComponent(id)}/revert`, { method: 'POST', body: {} });
