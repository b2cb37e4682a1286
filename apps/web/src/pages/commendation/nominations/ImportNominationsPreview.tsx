import { Badge, Table, Text } from '@mantine/core';
import type { NomineeKind } from '@tongket/domain';
import type { NominationImportResult } from '../../../api/nominations.ts';
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
                {row.errors.length === 0 ? (
                  <Badge color="teal" variant="light">
                    {t('importNominations.rowOk')}
                  </Badge>
                ) : (
                  row.errors.map((error) => (
                    <Text key={`${error.column}:${error.message}`} size="xs" c="red.8">
                      {error.column ? `${error.column}: ` : ''}
                      {error.message}
                    </Text>
                  ))
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
