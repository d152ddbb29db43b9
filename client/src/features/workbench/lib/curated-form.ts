// A curated query's form: field values from the header's parameters (defaults pre-filled),
// checked in the browser with the same rules the server applies, and turned into the
// parameters of a run. The server checks again and its 400 names each field; both land here.
import type { CuratedQuery, CuratedQueryParam } from '../../../../../server/shared/contracts.ts';
import { isId } from '../../../../../server/shared/vocabulary.ts';

export type FieldValue = string | boolean;
export type FormValues = Record<string, FieldValue>;
export type FieldError = 'required' | 'integer' | 'number' | 'min' | 'max' | 'date' | 'id';
export interface FieldProblem {
  code: FieldError | 'server';
  /** The server's words (code "server"), or the bound for min/max. */
  detail?: string;
}

const DATE_RE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A parameter's value as the form shows it. */
export function fieldValue(p: CuratedQueryParam, v: unknown): FieldValue {
  if (p.type === 'boolean') return v === true || v === 'true';
  if (v === null || v === undefined) return '';
  return String(v);
}

/** The form's starting values: defaults, or what a link or the history gave. */
export function initialValues(q: CuratedQuery, given: Record<string, unknown> = {}): FormValues {
  const out: FormValues = {};
  for (const p of q.params) out[p.name] = fieldValue(p, Object.prototype.hasOwnProperty.call(given, p.name) ? given[p.name] : p.default);
  return out;
}

function checkOne(p: CuratedQueryParam, raw: FieldValue): { value?: unknown; problem?: FieldProblem } {
  if (p.type === 'boolean') return { value: raw === true };
  const s = String(raw).trim();
  if (s === '') {
    if (p.required) return { problem: { code: 'required' } };
    // An empty optional field: "any" when the default is null; an empty string otherwise
    // (a string filter such as "role" reads empty as "every role").
    if (p.default === null || p.default === undefined) return { value: null };
    return p.type === 'string' ? { value: '' } : { value: p.default };
  }
  switch (p.type) {
    case 'integer':
    case 'number': {
      const n = Number(s);
      if (!Number.isFinite(n) || (p.type === 'integer' && !/^[-+]?\d+$/.test(s))) return { problem: { code: p.type } };
      if (p.min !== undefined && n < p.min) return { problem: { code: 'min', detail: String(p.min) } };
      if (p.max !== undefined && n > p.max) return { problem: { code: 'max', detail: String(p.max) } };
      return { value: n };
    }
    case 'date':
      return DATE_RE.test(s) ? { value: s } : { problem: { code: 'date' } };
    case 'id':
      return isId(s) ? { value: s } : { problem: { code: 'id' } };
    default:
      return { value: String(raw) };
  }
}

/** The run's parameters, or the problem of each field. */
export function formParams(
  q: CuratedQuery,
  values: FormValues,
): { ok: true; params: Record<string, unknown> } | { ok: false; problems: Record<string, FieldProblem> } {
  const params: Record<string, unknown> = {};
  const problems: Record<string, FieldProblem> = {};
  for (const p of q.params) {
    const r = checkOne(p, values[p.name] ?? fieldValue(p, p.default));
    if (r.problem) problems[p.name] = r.problem;
    else params[p.name] = r.value;
  }
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, params };
}

/** The server's 400 details ({ problems: [{ field: "params.x", message }] }) as field problems. */
export function serverProblems(details: unknown): Record<string, FieldProblem> {
  const out: Record<string, FieldProblem> = {};
  const list = (details as { problems?: { field?: unknown; message?: unknown }[] } | undefined)?.problems;
  if (!Array.isArray(list)) return out;
  for (const p of list) {
    if (typeof p?.field !== 'string' || typeof p.message !== 'string') continue;
    const name = p.field.replace(/^params\.?/, '') || '(params)';
    out[name] = { code: 'server', detail: p.message };
  }
  return out;
}

/** Which input a parameter gets. */
export function inputKind(p: CuratedQueryParam): 'text' | 'number' | 'checkbox' | 'date' | 'id' {
  if (p.type === 'boolean') return 'checkbox';
  if (p.type === 'integer' || p.type === 'number') return 'number';
  if (p.type === 'date') return 'date';
  if (p.type === 'id') return 'id';
  return 'text';
}
