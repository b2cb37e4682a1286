import { type Decision, documentReference, formatDateVn } from '@tongket/domain';
import type { Translate } from '../../../i18n/I18nProvider.tsx';

/** "Quyết định số 1356/QĐ-UBND ngày 16/06/2020", or "Dự thảo quyết định" before it has a number. */
export function decisionTitle(d: Decision, t: Translate): string {
  const reference = documentReference(d);
  if (d.status === 'issued' && reference) {
    return d.docDate
      ? t('decision.titleIssued', { reference, date: formatDateVn(d.docDate) })
      : t('decision.titleNumber', { reference });
  }
  return t('decision.titleDraft');
}

/** "16 tập thể, 13 cá nhân, 2 điển hình" — the kinds it has. */
export function decisionCounts(counts: Decision['counts'], t: Translate): string {
  const parts = [
    counts.collective > 0 ? t('decision.countCollective', { count: counts.collective }) : '',
    counts.individual > 0 ? t('decision.countIndividual', { count: counts.individual }) : '',
    counts.exemplar > 0 ? t('decision.countExemplar', { count: counts.exemplar }) : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : t('decision.countNone');
}
