import { Alert, Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AwardType } from '@tongket/domain';
import { type FormEvent, useState } from 'react';
import { useCreateAwardType, useUpdateAwardType } from '../../api/awardTypes.ts';
import { isApiError } from '../../api/client.ts';
import { fieldErrors, useErrorMessage } from '../../api/errors.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/useT.ts';

export interface AwardTypeModalProps {
  /** The type being renamed (its freshest copy); null to add one. */
  awardType: AwardType | null;
  onClose: () => void;
  onReload: () => void;
}

/** Add a form of award (code, name, order) or rename one; a stale copy is refused and reloaded. */
export function AwardTypeModal({ awardType, onClose, onReload }: AwardTypeModalProps) {
  const t = useT();
  const message = useErrorMessage();
  const create = useCreateAwardType();
  const update = useUpdateAwardType();
  const [code, setCode] = useState('');
  const [name, setName] = useState(awardType?.name ?? '');
  const [order, setOrder] = useState<number | string>(awardType?.order ?? '');
  const [missing, setMissing] = useState<{ code?: boolean; name?: boolean }>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const mutation = awardType ? update : create;
  const serverFields = fieldErrors(mutation.error);
  const codeTaken = isApiError(create.error, 'code_taken');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = { code: !awardType && !code.trim(), name: !name.trim() };
    setMissing(gaps);
    if (gaps.code || gaps.name) return;
    const orderValue = typeof order === 'number' ? order : undefined;
    const done = () => {
      notifications.show({
        color: 'teal',
        message: t(awardType ? 'common.saved' : 'awardTypes.added', { name }),
      });
      onClose();
    };
    if (!awardType) {
      create.mutate(
        { code: code.trim(), name: name.trim(), ...(orderValue !== undefined ? { order: orderValue } : {}) },
        { onSuccess: done },
      );
      return;
    }
    setConflict(null);
    update.mutate(
      {
        id: awardType.id,
        patch: {
          version: awardType.version,
          name: name.trim(),
          ...(orderValue !== undefined && orderValue !== awardType.order ? { order: orderValue } : {}),
        },
      },
      {
        onSuccess: done,
        onError: (error) => {
          if (isApiError(error, 'version_conflict')) {
            setConflict(`${message(error)} ${t('units.conflictReloaded')}`);
            onReload();
          }
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={awardType ? t('awardTypes.editTitle') : t('awardTypes.addTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {conflict && (
            <Alert color="yellow" role="alert">
              {conflict}
            </Alert>
          )}
          {!codeTaken && !isApiError(mutation.error, 'version_conflict') && (
            <ProblemAlert error={mutation.error} />
          )}
          {awardType ? (
            <TextInput label={t('awardTypes.code')} value={awardType.code} readOnly variant="filled" />
          ) : (
            <TextInput
              label={t('awardTypes.code')}
              description={t('awardTypes.codeHint')}
              value={code}
              onChange={(e) => {
                setCode(e.currentTarget.value.toUpperCase());
                setMissing((m) => ({ ...m, code: false }));
              }}
              error={
                missing.code ? t('common.required') : codeTaken ? message(create.error) : serverFields.code
              }
              required
              maxLength={40}
              autoCapitalize="characters"
              spellCheck={false}
              data-autofocus
            />
          )}
          <TextInput
            label={t('awardTypes.name')}
            placeholder={t('awardTypes.namePlaceholder')}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setMissing((m) => ({ ...m, name: false }));
            }}
            error={missing.name ? t('common.required') : serverFields.name}
            required
            maxLength={300}
            data-autofocus={awardType ? true : undefined}
          />
          <NumberInput
            label={t('awardTypes.order')}
            description={t('awardTypes.orderHint')}
            value={order}
            onChange={setOrder}
            min={0}
            max={10_000}
            allowDecimal={false}
            w={180}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
