import { Alert, Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { AwardGroup, Nomination, NomineeKind, QuotaStatus } from '@tongket/domain';
import { useState } from 'react';
import { isApiError } from '../../../api/client.ts';
import { useErrorMessage } from '../../../api/errors.ts';
import {
  useCreateNomination,
  useRemoveNominationFile,
  useUpdateNomination,
  useUploadNominationFile,
} from '../../../api/nominations.ts';
import { useT } from '../../../i18n/useT.ts';
import { quotasOfUnit } from '../quota/quotaView.ts';
import { NominationFiles } from './NominationFiles.tsx';
import { NominationForm } from './NominationForm.tsx';
import {
  emptyNomination,
  type NominationFormValues,
  nominationToValues,
  toNominationInput,
  toNominationPatch,
} from './nominationForm.ts';

export interface NominationFormModalProps {
  campaignId: string;
  awardGroups: readonly AwardGroup[];
  quotas: readonly QuotaStatus[];
  unitId: string;
  /** The units the standing agency may enter a nomination for; absent for a unit entering its own. */
  units?: ReadonlyArray<{ value: string; label: string }>;
  /** The draft being edited (its freshest copy); null for a new one. */
  nomination: Nomination | null;
  onClose: () => void;
  /** Loads the list again after a conflict, so the form can start from the newer copy. */
  onReload: () => void;
}

/** The first group and kind the unit has a quota for: where a new nomination most likely goes. */
function firstChoice(groups: readonly AwardGroup[], quotas: readonly QuotaStatus[], unitId: string) {
  const mine = quotasOfUnit(quotas, unitId).find((q) => q.left > 0) ?? quotasOfUnit(quotas, unitId)[0];
  if (mine) return { group: mine.row.awardGroupId, kind: mine.row.nomineeKind };
  const group = groups[0];
  return { group: group?.id ?? null, kind: (group?.quotas[0]?.nomineeKind ?? 'collective') as NomineeKind };
}

/** Thêm đề nghị / Sửa dự thảo: saved as a draft; the chosen files go up after it. */
export function NominationFormModal(props: NominationFormModalProps) {
  const t = useT();
  const message = useErrorMessage();
  const phone = useMediaQuery('(max-width: 48em)');
  const create = useCreateNomination(props.campaignId);
  const update = useUpdateNomination(props.campaignId);
  const upload = useUploadNominationFile(props.campaignId);
  const removeFile = useRemoveNominationFile(props.campaignId);
  const [conflict, setConflict] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const editing = props.nomination;
  const [initial] = useState<NominationFormValues>(() => {
    if (editing) return nominationToValues(editing);
    const choice = firstChoice(props.awardGroups, props.quotas, props.unitId);
    return emptyNomination(props.unitId, choice.group, choice.kind);
  });

  const sendFiles = async (id: string, files: File[]) => {
    setUploading(true);
    for (const file of files) {
      try {
        await upload.mutateAsync({ id, file });
      } catch (error) {
        notifications.show({ color: 'red', message: `${file.name}: ${message(error)}`, autoClose: 10_000 });
      }
    }
    setUploading(false);
  };

  const save = (values: NominationFormValues, files: File[]) => {
    setConflict(null);
    const done = async (saved: Nomination) => {
      await sendFiles(saved.id, files);
      notifications.show({
        color: 'teal',
        message: t(editing ? 'common.saved' : 'nomination.created', { name: saved.name }),
      });
      props.onClose();
    };
    if (!editing) {
      create.mutate(toNominationInput(values), { onSuccess: (saved) => void done(saved) });
      return;
    }
    const patch = toNominationPatch(values, editing);
    if (Object.keys(patch).length === 1) {
      if (files.length > 0) void done(editing);
      else props.onClose();
      return;
    }
    update.mutate(
      { id: editing.id, patch },
      {
        onSuccess: (saved) => void done(saved),
        onError: (error) => {
          if (isApiError(error, 'version_conflict')) {
            setConflict(`${message(error)} ${t('nomination.conflictReloaded')}`);
            props.onReload();
          }
        },
      },
    );
  };

  const mutation = editing ? update : create;
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={editing ? t('nomination.editTitle') : t('nomination.addTitle')}
      size="xl"
      fullScreen={phone}
    >
      {conflict && (
        <Alert color="yellow" role="alert" mb="sm">
          {conflict}
        </Alert>
      )}
      <NominationForm
        // After a conflict the list has the newer copy: the form starts again from it.
        key={editing ? `${editing.id}-${editing.version}` : 'new'}
        awardGroups={props.awardGroups}
        quotas={props.quotas}
        unitId={props.unitId}
        units={editing ? undefined : props.units}
        initial={editing ? nominationToValues(editing) : initial}
        pending={mutation.isPending || uploading}
        error={isApiError(mutation.error, 'version_conflict') ? null : mutation.error}
        existingFiles={
          editing && (
            <NominationFiles
              files={editing.attachments}
              removing={removeFile.isPending}
              onRemove={
                editing.status === 'draft' || editing.status === 'submitted'
                  ? (id) => removeFile.mutate(id)
                  : undefined
              }
            />
          )
        }
        onSubmit={save}
        onCancel={props.onClose}
      />
    </Modal>
  );
}
