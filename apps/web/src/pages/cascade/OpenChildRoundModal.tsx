import {
  Alert,
  Button,
  Checkbox,
  Group,
  Input,
  Modal,
  ScrollArea,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertCircle, IconSitemap } from '@tabler/icons-react';
import {
  type Campaign,
  endOfVietnamDay,
  formatDateVn,
  type MyAssignment,
  type UnitListItem,
  vietnamDate,
} from '@tongket/domain';
import { type FormEvent, useState } from 'react';
import { isApiError, problemList } from '../../api/client.ts';
import { useOpenChildCampaign } from '../../api/consolidation.ts';
import { fieldErrors, useErrorMessage } from '../../api/errors.ts';
import { DateInputVn } from '../../components/DateInputVn.tsx';
import { parseDateVn } from '../../components/dateVn.ts';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';

export interface OpenChildRoundModalProps {
  parent: Campaign;
  /** The caller's unit, which opens the lower round. */
  unit: Pick<UnitListItem, 'id' | 'name' | 'shortName'>;
  /** What the unit owes in the parent round: its deadline bounds the lower round's. */
  owed: MyAssignment;
  /** The units that may report in it, in tree order. */
  below: ReadonlyArray<UnitListItem & { level: number }>;
  onClose: () => void;
  onOpened: (child: Campaign) => void;
}

/** "20/06/2020" for three days before the unit's own deadline, when that is still ahead. */
function suggestedDeadline(owedDeadline: string | null): string {
  if (!owedDeadline) return '';
  const day = vietnamDate(new Date(new Date(owedDeadline).getTime() - 3 * 86_400_000));
  if (day < vietnamDate(new Date())) return '';
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Mở đợt cấp dưới: a unit of an issued round (a district, a department with units below it) opens
 * its own round for them, with the same outline and an earlier deadline; by default every unit
 * below it reports. The server's objections land on the field they concern.
 */
export function OpenChildRoundModal({
  parent,
  unit,
  owed,
  below,
  onClose,
  onOpened,
}: OpenChildRoundModalProps) {
  const t = useT();
  const labels = useLabels();
  const message = useErrorMessage();
  const phone = useMediaQuery('(max-width: 48em)');
  const open = useOpenChildCampaign(parent.id);
  const [name, setName] = useState('');
  const [date, setDate] = useState(() => suggestedDeadline(owed.deadline));
  const [chosen, setChosen] = useState<string[]>(() => below.map((u) => u.id));
  const [local, setLocal] = useState<{ date?: string; units?: string }>({});

  const defaultName = `${parent.name} — ${unit.shortName || unit.name}`;
  const owedDate = owed.deadline ? formatDateVn(owed.deadline) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = parseDateVn(date);
    const problems: { date?: string; units?: string } = {};
    if (!date.trim()) problems.date = t('openChild.required');
    else if (!iso) problems.date = t('common.invalidDate');
    else if (iso < vietnamDate(new Date())) problems.date = t('openChild.deadlinePast');
    if (chosen.length === 0) problems.units = t('openChild.unitsRequired');
    setLocal(problems);
    if (!iso || problems.date || problems.units) return;
    open.mutate(
      {
        reportDeadline: endOfVietnamDay(iso),
        // Every unit below is the server's default; a choice is sent only when one was made.
        ...(chosen.length === below.length ? {} : { unitIds: chosen }),
        ...(name.trim() ? { name: name.trim() } : {}),
      },
      { onSuccess: onOpened },
    );
  };

  // The server's 422 lists each objection; each goes to its field (the deadline, the units).
  const objections = isApiError(open.error, 'child_invalid') ? problemList(open.error, 'problems') : [];
  const fields = fieldErrors(open.error);
  const deadlineObjections = objections.filter((p) => /^Thời hạn/.test(p));
  const unitObjections = objections.filter((p) => !/^Thời hạn/.test(p));
  const dateError = local.date ?? (deadlineObjections.join(' ') || fields.reportDeadline);
  const unitsError = local.units ?? (unitObjections.join(' ') || fields.unitIds);
  const elsewhere =
    open.error !== null && objections.length === 0 && !fields.reportDeadline && !fields.unitIds;

  const toggle = (id: string, on: boolean) =>
    setChosen((list) =>
      on
        ? below.filter((u) => u.id === id || list.includes(u.id)).map((u) => u.id)
        : list.filter((x) => x !== id),
    );

  return (
    <Modal opened onClose={onClose} title={t('openChild.title')} size="lg" fullScreen={phone}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            {t('openChild.intro', { unit: unit.name, kind: labels.campaignKind(parent.kind).toLowerCase() })}
          </Text>
          <Alert color="blue" p="xs" data-testid="own-deadline">
            <Text size="sm">
              {owedDate
                ? t('openChild.ownDeadline', { unit: unit.name, date: owedDate })
                : t('openChild.noOwnDeadline', { unit: unit.name })}
            </Text>
          </Alert>
          {elsewhere && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert" p="xs">
              {message(open.error)}
            </Alert>
          )}
          <TextInput
            label={t('openChild.name')}
            description={t('openChild.nameHint', { name: defaultName })}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={300}
            error={fields.name}
          />
          <DateInputVn
            label={t('openChild.deadline')}
            description={owedDate ? t('openChild.deadlineHint', { date: owedDate }) : undefined}
            value={date}
            onChange={(value) => {
              setDate(value);
              setLocal((l) => ({ ...l, date: undefined }));
              if (open.error) open.reset();
            }}
            error={dateError}
            withAsterisk
            data-autofocus
          />
          <Input.Wrapper
            label={t('openChild.units', { count: chosen.length, total: below.length })}
            error={unitsError}
            withAsterisk
          >
            <Group gap="xs" mt={4} mb={6}>
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => setChosen(below.map((u) => u.id))}
                disabled={chosen.length === below.length}
              >
                {t('openChild.selectAll')}
              </Button>
              <Button
                size="compact-xs"
                variant="subtle"
                color="gray"
                onClick={() => setChosen([])}
                disabled={chosen.length === 0}
              >
                {t('openChild.selectNone')}
              </Button>
            </Group>
            <ScrollArea.Autosize mah={phone ? undefined : 260} type="auto">
              <Stack gap={6} py={2} data-testid="child-units">
                {below.map((u) => (
                  <Checkbox
                    key={u.id}
                    label={u.name}
                    checked={chosen.includes(u.id)}
                    onChange={(e) => {
                      toggle(u.id, e.currentTarget.checked);
                      setLocal((l) => ({ ...l, units: undefined }));
                    }}
                    ml={(u.level - 1) * 20}
                  />
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Input.Wrapper>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={open.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" leftSection={<IconSitemap size={16} />} loading={open.isPending}>
              {t('openChild.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
