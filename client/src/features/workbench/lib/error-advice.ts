// Every refusal the console can meet, with a title and what to do about it (keys of the
// console's catalog, i18n/locales/*/console.json). The server's own message is always shown as well.
import type { ParseKeys } from 'i18next';

export interface Advice {
  title: ParseKeys<'console'>;
  advice: ParseKeys<'console'>;
  tone: 'error' | 'warning';
}

const BY_CODE: Record<string, Advice> = {
  cypher_error: { title: 'errCypherTitle', advice: 'errCypherAdvice', tone: 'error' },
  read_only: { title: 'errReadOnlyTitle', advice: 'errReadOnlyAdvice', tone: 'warning' },
  write_refused: { title: 'errWriteTitle', advice: 'errWriteAdvice', tone: 'warning' },
  query_timeout: { title: 'errTimeoutTitle', advice: 'errTimeoutAdvice', tone: 'warning' },
  rate_limited: { title: 'errRateTitle', advice: 'errRateAdvice', tone: 'warning' },
  query_too_long: { title: 'errTooLongTitle', advice: 'errTooLongAdvice', tone: 'warning' },
  load_csv_refused: { title: 'errLoadCsvTitle', advice: 'errLoadCsvAdvice', tone: 'warning' },
  procedure_refused: { title: 'errProcedureTitle', advice: 'errProcedureAdvice', tone: 'warning' },
  admin_refused: { title: 'errAdminTitle', advice: 'errAdminAdvice', tone: 'warning' },
  multiple_statements: { title: 'errMultiTitle', advice: 'errMultiAdvice', tone: 'warning' },
  empty_query: { title: 'errEmptyTitle', advice: 'errEmptyAdvice', tone: 'warning' },
  missing_params: { title: 'errMissingTitle', advice: 'errMissingAdvice', tone: 'warning' },
  invalid_params: { title: 'errParamsTitle', advice: 'errParamsAdvice', tone: 'warning' },
  query_too_large: { title: 'errTooLargeTitle', advice: 'errTooLargeAdvice', tone: 'warning' },
  database_unavailable: { title: 'errUnavailableTitle', advice: 'errUnavailableAdvice', tone: 'error' },
  network: { title: 'errNetworkTitle', advice: 'errNetworkAdvice', tone: 'error' },
  bad_request: { title: 'errBadRequestTitle', advice: 'errBadRequestAdvice', tone: 'warning' },
  syntax_error: { title: 'errCypherTitle', advice: 'errCypherAdvice', tone: 'error' },
  query_failed: { title: 'errCypherTitle', advice: 'errCypherAdvice', tone: 'error' },
  too_many_queries: { title: 'errBusyTitle', advice: 'errBusyAdvice', tone: 'warning' },
  too_deep: { title: 'errTooDeepTitle', advice: 'errTooDeepAdvice', tone: 'warning' },
  params_too_large: { title: 'errParamsLargeTitle', advice: 'errParamsLargeAdvice', tone: 'warning' },
  use_refused: { title: 'errUseTitle', advice: 'errUseAdvice', tone: 'warning' },
  unknown_database: { title: 'errUseTitle', advice: 'errUseAdvice', tone: 'warning' },
  plan_refused: { title: 'errPlanTitle', advice: 'errPlanAdvice', tone: 'warning' },
};

export function adviceFor(code: string, status: number): Advice {
  const a = BY_CODE[code];
  if (a) return a;
  if (status === 503) return BY_CODE.database_unavailable;
  if (status === 504) return BY_CODE.query_timeout;
  if (status === 400) return BY_CODE.bad_request;
  return { title: 'errGenericTitle', advice: 'errGenericAdvice', tone: 'error' };
}

/** The database's "Expected parameter(s): a, b" as names. */
export function missingFromMessage(message: string): string[] {
  const m = /Expected parameter\(s\):\s*(.+)$/m.exec(message);
  return m
    ? m[1]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}
