// What a failed curation request says, in the page's language (the server's message for a 400).
import type { TFunction } from 'i18next';
import type { ApiRequestError } from '../../../api/http.ts';

export function errorText(t: TFunction<'curate'>, e: ApiRequestError): string {
  if (e.status === 401) return t('errorAuth');
  if (e.status === 403) return t('errorDisabled');
  if (e.status === 413) return t('errorTooLarge');
  if (e.status === 0) return t('errorNetwork');
  return t('errorOther', { message: e.message });
}
