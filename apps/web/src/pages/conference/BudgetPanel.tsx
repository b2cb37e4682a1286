import {
  Autocomplete,
  Grid,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { type Budget, type BudgetLineInput, budgetTotals, MAX_VND } from '@tongket/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { budgetWorkbookUrl, useBudget, useSaveBudget } from '../../api/conference.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useLeaveGuard } from '../../components/useLeaveGuard.ts';
import { useT } from '../../i18n/useT.ts';
import { PlanCard } from '../campaigns/plan/PlanCard.tsx';
import { newKey } from '../campaigns/plan/planForm.ts';
import { RowList } from '../campaigns/RowList.tsx';
import { SaveBar } from '../campaigns/SaveBar.tsx';
import { SaveProblem } from '../campaigns/SaveProblem.tsx';
import { scrollToFirstInvalid } from '../campaigns/scrollToFirstInvalid.ts';

interface LineRow {
  key: string;
  id: string | null;
  item: string;
  source: string;
  planned: number | '';
  actual: number | '';
  note: string;
}

const vnd = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
/** "12.500.000 đ" */
export const formatDong = (amount: number) => `${vnd.format(amount)} đ`;

const rowsOf = (b: Budget): LineRow[] =>
  b.lines.map((l) => ({
    key: l.id,
    id: l.id,
    item: l.item,
    source: l.source,
    planned: l.planned,
    actual: l.actual ?? '',
    note: l.note,
  }));

const linesOf = (rows: readonly LineRow[]): BudgetLineInput[] =>
  rows.map((r) => ({
    ...(r.id && !r.id.startsWith('new-') ? { id: r.id } : {}),
    item: r.item.trim(),
    source: r.source.trim(),
    planned: r.planned === '' ? 0 : r.planned,
    actual: r.actual === '' ? null : r.actual,
    note: r.note.trim(),
  }));

const amountProps = {
  thousandSeparator: '.',
  decimalSeparator: ',',
  allowNegative: false,
  allowDecimal: false,
  hideControls: true,
  inputMode: 'numeric' as const,
  rightSection: (
    <Text size="xs" c="dimmed">
      đ
    </Text>
  ),
  max: MAX_VND,
};

export interface BudgetPanelProps {
  campaignId: string;
  canEdit: boolean;
  onDirtyChange: (dirty: boolean) => void;
}

/** Kinh phí: what is paid for, from which source, planned and spent, with totals; saved by version. */
export function BudgetPanel({ campaignId, canEdit, onDirtyChange }: BudgetPanelProps) {
  const query = useBudget(campaignId);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return (
    <BudgetEditor
      campaignId={campaignId}
      budget={query.data}
      canEdit={canEdit}
      onDirtyChange={onDirtyChange}
      onReload={async () => (await query.refetch()).data}
    />
  );
}

function BudgetEditor({
  campaignId,
  budget,
  canEdit,
  onDirtyChange,
  onReload,
}: BudgetPanelProps & { budget: Budget; onReload: () => Promise<Budget | undefined> }) {
  const t = useT();
  const save = useSaveBudget(campaignId);
  const [base, setBase] = useState(budget);
  const [rows, setRows] = useState<LineRow[]>(() => rowsOf(budget));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState(false);
  const lines = useMemo(() => linesOf(rows), [rows]);
  const dirty = canEdit && JSON.stringify(lines) !== JSON.stringify(linesOf(rowsOf(base)));
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useLeaveGuard(dirty, t('editor.leaveConfirm'));
  useEffect(() => {
    if (dirtyRef.current) return;
    setBase(budget);
    setRows(rowsOf(budget));
  }, [budget]);

  const totals = useMemo(() => budgetTotals(lines), [lines]);
  const sources = useMemo(() => [...new Set(rows.map((r) => r.source.trim()).filter(Boolean))], [rows]);

  const submit = () => {
    const found: Record<string, string> = {};
    rows.forEach((r, i) => {
      if (!r.item.trim()) found[`lines.${i}.item`] = t('budget.itemRequired');
    });
    setErrors(found);
    setInvalid(Object.keys(found).length > 0);
    if (Object.keys(found).length > 0) return scrollToFirstInvalid();
    save.mutate(
      { version: base.version, lines },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setRows(rowsOf(saved));
          notifications.show({ color: 'teal', message: t('budget.saved') });
        },
        onError: (error) => {
          const out: Record<string, string> = {};
          if (error instanceof ApiError) {
            for (const e of error.problem.errors ?? []) {
              const path = e.field.replace(/^\/?(body[./])?/, '').replaceAll('/', '.');
              if (!(path in out)) out[path] = e.message;
            }
          }
          setErrors(out);
        },
      },
    );
  };

  const reload = async () => {
    const fresh = await onReload();
    if (!fresh) return;
    save.reset();
    setBase(fresh);
    setRows(rowsOf(fresh));
    setErrors({});
  };

  return (
    <Stack gap="md" data-testid="budget-panel">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
        <Paper withBorder p="xs" radius="md" data-testid="budget-planned">
          <Text size="xs" c="dimmed">
            {t('budget.totalPlanned')}
          </Text>
          <Text fw={700} fz={22}>
            {formatDong(totals.totals.planned)}
          </Text>
        </Paper>
        <Paper withBorder p="xs" radius="md" data-testid="budget-actual">
          <Text size="xs" c="dimmed">
            {t('budget.totalActual')}
          </Text>
          <Text fw={700} fz={22} c="blue.7">
            {formatDong(totals.totals.actual)}
          </Text>
        </Paper>
        <Paper withBorder p="xs" radius="md">
          <Text size="xs" c="dimmed">
            {t('budget.remaining')}
          </Text>
          <Text fw={700} fz={22} c={totals.totals.planned - totals.totals.actual < 0 ? 'red.7' : 'teal.7'}>
            {formatDong(totals.totals.planned - totals.totals.actual)}
          </Text>
        </Paper>
      </SimpleGrid>

      <PlanCard title={t('budget.lines')} description={t('budget.linesHint')}>
        <RowList
          rows={rows}
          onChange={setRows}
          readOnly={!canEdit}
          variant="card"
          createRow={(): LineRow => ({
            key: newKey(),
            id: null,
            item: '',
            source: sources[0] ?? '',
            planned: '',
            actual: '',
            note: '',
          })}
          addLabel={t('budget.add')}
          rowName={(i) => t('budget.row', { n: i + 1 })}
          emptyText={t('budget.empty')}
          renderRow={(row, i, update) => (
            // The words need the room: item and source share the first line, the amounts and a note the second.
            <Grid gap="xs">
              <Grid.Col span={{ base: 12, md: 6 }}>
                <TextInput
                  label={t('budget.item')}
                  value={row.item}
                  onChange={(e) => update({ item: e.currentTarget.value })}
                  error={errors[`lines.${i}.item`]}
                  readOnly={!canEdit}
                  maxLength={300}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <Autocomplete
                  label={t('budget.source')}
                  data={sources}
                  value={row.source}
                  onChange={(v) => update({ source: v })}
                  error={errors[`lines.${i}.source`]}
                  readOnly={!canEdit}
                  maxLength={500}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 3 }}>
                <NumberInput
                  {...amountProps}
                  label={t('budget.planned')}
                  value={row.planned}
                  onChange={(v) => update({ planned: typeof v === 'number' ? v : '' })}
                  error={errors[`lines.${i}.planned`]}
                  readOnly={!canEdit}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 3 }}>
                <NumberInput
                  {...amountProps}
                  label={t('budget.actual')}
                  placeholder={t('budget.actualPlaceholder')}
                  value={row.actual}
                  onChange={(v) => update({ actual: typeof v === 'number' ? v : '' })}
                  error={errors[`lines.${i}.actual`]}
                  readOnly={!canEdit}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <TextInput
                  label={t('budget.note')}
                  value={row.note}
                  onChange={(e) => update({ note: e.currentTarget.value })}
                  error={errors[`lines.${i}.note`]}
                  readOnly={!canEdit}
                  maxLength={500}
                />
              </Grid.Col>
            </Grid>
          )}
        />
      </PlanCard>

      <PlanCard title={t('budget.bySource')}>
        <Table.ScrollContainer minWidth={480}>
          <Table striped verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('budget.source')}</Table.Th>
                <Table.Th ta="right">{t('budget.planned')}</Table.Th>
                <Table.Th ta="right">{t('budget.actual')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {totals.bySource.map((s) => (
                <Table.Tr key={s.source}>
                  <Table.Td>{s.source || t('budget.noSource')}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatDong(s.planned)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatDong(s.actual)}
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>{t('budget.total')}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatDong(totals.totals.planned)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatDong(totals.totals.actual)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group mt="sm">
          <DownloadButton
            url={budgetWorkbookUrl(campaignId)}
            fileName="kinh-phi-hoi-nghi.xlsx"
            leftSection={<IconFileSpreadsheet size={16} />}
          >
            {t('budget.export')}
          </DownloadButton>
        </Group>
      </PlanCard>

      {canEdit && (
        <SaveBar dirty={dirty} pending={save.isPending} onSave={submit}>
          <SaveProblem
            error={save.isPending ? null : save.error}
            invalidBeforeSending={invalid}
            toPath={(f) => f.replace(/^\/?(body[./])?/, '').replaceAll('/', '.')}
            isInline={(p) => /^lines\.\d+\.(item|source|planned|actual)$/.test(p)}
            onReload={() => void reload()}
          />
        </SaveBar>
      )}
    </Stack>
  );
}
