import {
  Alert,
  Button,
  Code,
  CopyButton,
  Grid,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';
import {
  type Conference,
  type ConferenceDelegate,
  type DelegatePatch,
  formatDateTimeVn,
  RSVP_STATUS_LABELS,
  RSVP_STATUSES,
  type RsvpStatus,
  SALUTATION_LABELS,
  SALUTATIONS,
  type Salutation,
} from '@tongket/domain';
import { type FormEvent, useState } from 'react';
import { ApiError, isApiError } from '../../api/client.ts';
import { useCreateDelegate, useUpdateDelegate } from '../../api/conference.ts';
import { fieldErrors, useErrorMessage } from '../../api/errors.ts';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useI18n, useT } from '../../i18n/useT.ts';
import { ConflictAlert } from '../campaigns/ConflictAlert.tsx';

interface Values {
  groupId: string | null;
  salutation: Salutation | null;
  name: string;
  title: string;
  unitId: string | null;
  unitName: string;
  email: string;
  phone: string;
  note: string;
  rsvpStatus: RsvpStatus;
}

function valuesOf(d: ConferenceDelegate | null, groupId: string | null): Values {
  return {
    groupId: d ? d.groupId : groupId,
    salutation: d?.salutation ?? null,
    name: d?.name ?? '',
    title: d?.title ?? '',
    unitId: d?.unitId ?? null,
    unitName: d?.unitName ?? '',
    email: d?.email ?? '',
    phone: d?.phone ?? '',
    note: d?.note ?? '',
    rsvpStatus: d?.rsvpStatus ?? 'pending',
  };
}

export interface DelegateFormModalProps {
  campaignId: string;
  groups: Conference['groups'];
  /** The delegate to edit; null adds one. */
  delegate: ConferenceDelegate | null;
  /** For a new delegate: the group it goes in. */
  groupId?: string | null;
  onClose: () => void;
}

/** Thêm / sửa đại biểu: group, salutation, name, title, unit, contact; an answer taken by phone. */
export function DelegateFormModal({
  campaignId,
  groups,
  delegate,
  groupId,
  onClose,
}: DelegateFormModalProps) {
  const t = useT();
  const { lang } = useI18n();
  const phone = useMediaQuery('(max-width: 48em)');
  const message = useErrorMessage();
  const create = useCreateDelegate(campaignId);
  const update = useUpdateDelegate(campaignId);
  const [values, setValues] = useState<Values>(() => valuesOf(delegate, groupId ?? null));
  const [nameError, setNameError] = useState<string | null>(null);
  const pending = create.isPending || update.isPending;
  const error = delegate ? update.error : create.error;
  const fields = fieldErrors(error);
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.name.trim()) {
      setNameError(t('delegates.nameRequired'));
      return;
    }
    const { rsvpStatus, ...rest } = values;
    const done = (saved: ConferenceDelegate) => {
      notifications.show({
        color: 'teal',
        message: delegate
          ? t('delegates.updated', { name: saved.name })
          : t('delegates.created', { name: saved.name, number: saved.number }),
      });
      onClose();
    };
    if (delegate) {
      const patch: DelegatePatch = { version: delegate.version, ...rest };
      if (rsvpStatus !== delegate.rsvpStatus) patch.rsvpStatus = rsvpStatus;
      update.mutate({ id: delegate.id, patch }, { onSuccess: done });
    } else {
      create.mutate(rest, { onSuccess: done });
    }
  };

  const problem =
    error && isApiError(error, 'version_conflict') ? (
      <ConflictAlert message={message(error)} onReload={onClose} />
    ) : error && !(error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0) ? (
      <Alert color="red" role="alert">
        {message(error)}
      </Alert>
    ) : null;

  return (
    <Modal
      opened
      onClose={onClose}
      title={delegate ? t('delegates.editTitle', { name: delegate.name }) : t('delegates.addTitle')}
      size="lg"
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('delegates.group')}
            data={groups.map((g, i) => ({ value: g.id, label: `${i + 1}. ${g.text}` }))}
            value={values.groupId}
            onChange={(v) => set('groupId', v)}
            clearable
            placeholder={t('delegates.otherGroup')}
            error={fields.groupId}
            comboboxProps={{ withinPortal: true }}
          />
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <Select
                label={t('delegates.salutation')}
                data={SALUTATIONS.map((s) => ({ value: s, label: SALUTATION_LABELS[s] }))}
                value={values.salutation}
                onChange={(v) => set('salutation', v as Salutation | null)}
                clearable
                placeholder="Ông/Bà"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 9 }}>
              <TextInput
                label={t('delegates.name')}
                value={values.name}
                onChange={(e) => {
                  set('name', e.currentTarget.value);
                  setNameError(null);
                }}
                error={nameError ?? fields.name}
                required
                maxLength={200}
                data-autofocus
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput
                label={t('delegates.title')}
                placeholder={t('delegates.titlePlaceholder')}
                value={values.title}
                onChange={(e) => set('title', e.currentTarget.value)}
                error={fields.title}
                maxLength={300}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <UnitSelect
                label={t('delegates.unit')}
                description={t('delegates.unitHint')}
                value={values.unitId}
                onChange={(id) => set('unitId', id)}
                clearable
                error={fields.unitId}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('delegates.unitName')}
                description={t('delegates.unitNameHint')}
                value={values.unitName}
                onChange={(e) => set('unitName', e.currentTarget.value)}
                error={fields.unitName}
                maxLength={300}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('delegates.email')}
                type="email"
                value={values.email}
                onChange={(e) => set('email', e.currentTarget.value)}
                error={fields.email}
                maxLength={320}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('delegates.phone')}
                type="tel"
                value={values.phone}
                onChange={(e) => set('phone', e.currentTarget.value)}
                error={fields.phone}
                maxLength={30}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput
                label={t('delegates.note')}
                value={values.note}
                onChange={(e) => set('note', e.currentTarget.value)}
                error={fields.note}
                maxLength={500}
              />
            </Grid.Col>
            {delegate && (
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('delegates.rsvpByPhone')}
                  description={t('delegates.rsvpByPhoneHint')}
                  data={RSVP_STATUSES.map((s) => ({ value: s, label: RSVP_STATUS_LABELS[s][lang] }))}
                  value={values.rsvpStatus}
                  onChange={(v) => v && set('rsvpStatus', v as RsvpStatus)}
                  allowDeselect={false}
                />
              </Grid.Col>
            )}
          </Grid>
          {delegate && (
            <Stack gap={4}>
              {delegate.rsvpNote && (
                <Text size="sm">
                  <Text span c="dimmed">
                    {t('delegates.rsvpNote')}:{' '}
                  </Text>
                  {delegate.rsvpNote}
                </Text>
              )}
              {delegate.checkedInAt && (
                <Text size="sm">
                  {t('delegates.checkedInAt', { time: formatDateTimeVn(delegate.checkedInAt) })}
                </Text>
              )}
              {delegate.checkinCode && (
                <Group gap="xs">
                  <Text size="sm" c="dimmed">
                    {t('delegates.checkinCode')}:
                  </Text>
                  <Code data-testid="delegate-checkin-code">{delegate.checkinCode}</Code>
                  <CopyButton value={delegate.checkinCode}>
                    {({ copied, copy }) => (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        leftSection={<IconCopy size={12} />}
                        onClick={copy}
                      >
                        {copied ? t('common.copied') : t('common.copy')}
                      </Button>
                    )}
                  </CopyButton>
                </Group>
              )}
            </Stack>
          )}
          {problem}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={pending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {delegate ? t('common.save') : t('delegates.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
