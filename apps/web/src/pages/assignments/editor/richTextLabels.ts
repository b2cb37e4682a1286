import type { RichTextEditorLabels } from '@mantine/tiptap';
import { useMemo } from 'react';
import { useT } from '../../../i18n/useT.ts';

/** The toolbar's button names in the current language (Mantine's own are English). */
export function useRichTextLabels(): Partial<RichTextEditorLabels> {
  const t = useT();
  return useMemo(
    () => ({
      boldControlLabel: t('rte.bold'),
      italicControlLabel: t('rte.italic'),
      underlineControlLabel: t('rte.underline'),
      bulletListControlLabel: t('rte.bulletList'),
      orderedListControlLabel: t('rte.orderedList'),
      linkControlLabel: t('rte.link'),
      unlinkControlLabel: t('rte.unlink'),
      linkEditorInputLabel: t('rte.linkInput'),
      linkEditorInputPlaceholder: 'https://…',
      linkEditorExternalLink: t('rte.linkExternal'),
      linkEditorInternalLink: t('rte.linkInternal'),
      linkEditorSave: t('common.save'),
      tableInsertControlLabel: t('rte.tableInsert'),
      tableInsertLabel: (columns: number, rows: number) => t('rte.tableSize', { columns, rows }),
      tableRowAfterControlLabel: t('rte.rowAfter'),
      tableColumnAfterControlLabel: t('rte.columnAfter'),
      tableDeleteControlLabel: t('rte.tableDelete'),
    }),
    [t],
  );
}
