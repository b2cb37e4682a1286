import { type QuotaRow, quotaRowText } from '@tongket/domain';
import { useI18n } from '../../../i18n/useT.ts';

/**
 * A quota row as the interface shows it: the plan's own words when it has them (they are the
 * document's), else "01 tập thể", "Mỗi đơn vị 02 cá nhân" as the plan prints it — in English
 * "1 place", "2 per unit".
 */
export function useQuotaRowText(): (
  row: Pick<QuotaRow, 'text' | 'count' | 'nomineeKind' | 'scope'>,
) => string {
  const { lang, t } = useI18n();
  return (row) => {
    if (row.text || lang === 'vi') return quotaRowText(row);
    return t(row.scope === 'each' ? 'quotaRow.each' : 'quotaRow.count', { count: row.count });
  };
}
