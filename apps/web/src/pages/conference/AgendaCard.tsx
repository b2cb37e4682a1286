import {
  Alert,
  Badge,
  Grid,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle, IconClock } from '@tabler/icons-react';
import {
  AGENDA_ITEM_KIND_LABELS,
  AGENDA_ITEM_KINDS,
  type AgendaWarning,
  agendaRange,
  type SpeechCandidate,
} from '@tongket/domain';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useI18n, useT } from '../../i18n/useT.ts';
import { PlanCard } from '../campaigns/plan/PlanCard.tsx';
import { RowList } from '../campaigns/RowList.tsx';
import { CandidatePicker } from './CandidatePicker.tsx';
import {
  type AgendaRow,
  type ConferenceErrors,
  candidateRow,
  emptyAgendaRow,
  insertCandidate,
} from './conferenceForm.ts';

export interface AgendaCardProps {
  rows: AgendaRow[];
  onChange: (rows: AgendaRow[]) => void;
  slots: ReadonlyArray<{ start: string | null; end: string | null }>;
  warnings: ReadonlyMap<string, AgendaWarning[]>;
  candidates: readonly SpeechCandidate[];
  errors: ConferenceErrors;
  readOnly: boolean;
}

function Warnings({ items }: { items: readonly AgendaWarning[] | undefined }) {
  if (!items || items.length === 0) return null;
  return (
    <Stack gap={2} mt={6}>
      {items.map((w) => (
        <Group
          key={`${w.code}-${w.message}`}
          gap={6}
          wrap="nowrap"
          align="flex-start"
          data-testid="agenda-warning"
        >
          <IconAlertTriangle
            size={14}
            color="var(--mantine-color-orange-7)"
            style={{ flexShrink: 0, marginTop: 3 }}
            aria-hidden
          />
          <Text size="xs" c="orange.9">
            {w.message}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** Chương trình: the ordered items with their times, who presents them, and what the schedule warns of. */
export function AgendaCard({
  rows,
  onChange,
  slots,
  warnings,
  candidates,
  errors,
  readOnly,
}: AgendaCardProps) {
  const t = useT();
  const { lang } = useI18n();
  const inAgenda = new Set(rows.map((r) => r.assignmentId).filter(Boolean));
  const general = warnings.get('') ?? [];
  const byAssignment = new Map(candidates.map((c) => [c.assignmentId, c]));

  return (
    <PlanCard title={t('conference.agenda')} description={t('conference.agendaHint')}>
      <Stack gap="sm">
        {general.length > 0 && (
          <Alert color="orange" icon={<IconAlertTriangle />} p="xs">
            {general.map((w) => (
              <Text key={w.message} size="sm">
                {w.message}
              </Text>
            ))}
          </Alert>
        )}
        {!readOnly && (
          <CandidatePicker
            candidates={candidates}
            inAgenda={inAgenda}
            onPick={(c) => onChange(insertCandidate(rows, candidateRow(c)))}
          />
        )}
        <RowList
          rows={rows}
          onChange={onChange}
          readOnly={readOnly}
          variant="card"
          createRow={emptyAgendaRow}
          addLabel={t('conference.addItem')}
          rowName={(i) => t('conference.itemN', { n: i + 1 })}
          emptyText={t('conference.agendaEmpty')}
          renderRow={(row, i, update) => {
            const slot = slots[i];
            const range = slot ? agendaRange(slot.start, slot.end) : '';
            const linked = row.assignmentId ? byAssignment.get(row.assignmentId) : undefined;
            return (
              <Stack gap={6} data-testid="agenda-item" data-assignment={row.assignmentId ?? undefined}>
                <Group gap="xs" wrap="wrap">
                  <Badge
                    variant="light"
                    color={range ? 'blue' : 'gray'}
                    leftSection={<IconClock size={12} />}
                    styles={{ label: { textTransform: 'none' } }}
                    data-testid="agenda-slot"
                  >
                    {range || t('conference.noTime')}
                  </Badge>
                  {linked && (
                    <Badge variant="outline" color={linked.status === 'accepted' ? 'teal' : 'orange'}>
                      {linked.status === 'accepted'
                        ? t('conference.candidateAccepted')
                        : t('conference.candidateNotAccepted')}
                    </Badge>
                  )}
                </Group>
                <Grid gap="xs">
                  <Grid.Col span={{ base: 12, sm: 4, md: 3 }}>
                    <Select
                      label={t('conference.itemKind')}
                      data={AGENDA_ITEM_KINDS.map((k) => ({
                        value: k,
                        label: AGENDA_ITEM_KIND_LABELS[k][lang],
                      }))}
                      value={row.kind}
                      onChange={(v) => v && update({ kind: v as AgendaRow['kind'] })}
                      allowDeselect={false}
                      readOnly={readOnly}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 8, md: 9 }}>
                    <Textarea
                      label={t('conference.itemTitle')}
                      autosize
                      minRows={1}
                      value={row.title}
                      onChange={(e) => update({ title: e.currentTarget.value })}
                      error={errors[`agenda.${i}.title`]}
                      readOnly={readOnly}
                      maxLength={500}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 6, sm: 3, md: 2 }}>
                    <TextInput
                      label={t('conference.itemStart')}
                      placeholder={t('conference.itemStartAuto')}
                      value={row.startTime}
                      onChange={(e) => update({ startTime: e.currentTarget.value.replace(/[^\d:]/g, '') })}
                      error={errors[`agenda.${i}.startTime`]}
                      readOnly={readOnly}
                      inputMode="numeric"
                      maxLength={5}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 6, sm: 3, md: 2 }}>
                    <NumberInput
                      label={t('conference.itemMinutes')}
                      value={row.durationMinutes}
                      onChange={(v) => update({ durationMinutes: typeof v === 'number' ? v : '' })}
                      error={errors[`agenda.${i}.durationMinutes`]}
                      readOnly={readOnly}
                      min={1}
                      max={600}
                      allowDecimal={false}
                      allowNegative={false}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
                    <UnitSelect
                      label={t('conference.itemUnit')}
                      value={row.presenterUnitId}
                      onChange={(id) => update({ presenterUnitId: id })}
                      clearable
                      readOnly={readOnly}
                      error={errors[`agenda.${i}.presenterUnitId`]}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, md: 4 }}>
                    <TextInput
                      label={t('conference.itemPresenter')}
                      placeholder={t('conference.itemPresenterPlaceholder')}
                      value={row.presenterName}
                      onChange={(e) => update({ presenterName: e.currentTarget.value })}
                      error={errors[`agenda.${i}.presenterName`]}
                      readOnly={readOnly}
                      maxLength={300}
                    />
                  </Grid.Col>
                </Grid>
                {errors[`agenda.${i}.assignmentId`] && (
                  <Text size="xs" c="red.8">
                    {errors[`agenda.${i}.assignmentId`]}
                  </Text>
                )}
                <Warnings items={warnings.get(row.key)} />
              </Stack>
            );
          }}
        />
      </Stack>
    </PlanCard>
  );
}
