import { Table } from '@mantine/core';
import type { NominationImportResult, NomineeKind } from '@tongket/domain';
import { ImportRowErrors } from '../../../components/ImportRowErrors.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { useT } from '../../../i18n/useT.ts';

/** The rows of the file as read: a line each, its errors beside it. */
export function ImportNominationsPreview({ result }: { result: NominationImportResult }) {
  const t = useT();
  const labels = useLabels();
  return (
    <Table.ScrollContainer minWidth={640} maxHeight="50vh">
      <Table striped stickyHeader verticalSpacing={6} styles={{ th: { whiteSpace: 'nowrap' } }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>{t('import.row')}</Table.Th>
            <Table.Th>{t('nominations.nominee')}</Table.Th>
            <Table.Th>{t('nominations.kind')}</Table.Th>
            <Table.Th>{t('import.errors')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.rows.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td miw={200}>{row.name || t('common.none')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {row.nomineeKind ? labels.nomineeKind(row.nomineeKind as NomineeKind) : t('common.none')}
              </Table.Td>
              <Table.Td miw={260}>
                <ImportRowErrors errors={row.errors} ok={t('importNominations.rowOk')} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
