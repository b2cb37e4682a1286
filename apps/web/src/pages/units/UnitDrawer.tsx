import { Alert, Button, Drawer, Group, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import type { UnitDetail, UnitListItem } from '@tongket/domain';
import { useMemo, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { useUnitDetail, useUpdateUnit } from '../../api/units.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useT } from '../../i18n/useT.ts';
import { subtreeIds } from './treeRows.ts';
import { UnitDetails } from './UnitDetails.tsx';
import { UnitForm } from './UnitForm.tsx';
import { isEmptyPatch, toUnitPatch, unitToValues } from './unitFormValues.ts';

export interface UnitDrawerProps {
  /** The unit clicked in the list; null when the drawer is closed. */
  selected: UnitListItem | null;
  /** Every unit in tree order, to name the parent and to keep a unit out of its own subtree. */
  allUnits: readonly UnitListItem[];
  canEdit: boolean;
  onClose: () => void;
}

export function UnitDrawer({ selected, allUnits, canEdit, onClose }: UnitDrawerProps) {
  const phone = useMediaQuery('(max-width: 48em)');
  const detail = useUnitDetail(selected?.id ?? null);
  const [editing, setEditing] = useState(false);

  const close = () => {
    setEditing(false);
    onClose();
  };

  return (
    <Drawer
      opened={selected !== null}
      onClose={close}
      position="right"
      size={phone ? '100%' : 'lg'}
      title={detail.data?.name ?? selected?.name}
    >
      {detail.isPending ? (
        <PageLoader />
      ) : detail.isError ? (
        <ErrorState error={detail.error} onRetry={() => detail.refetch()} />
      ) : (
        <UnitDrawerBody
          unit={detail.data}
          allUnits={allUnits}
          canEdit={canEdit}
          editing={editing}
          onEdit={setEditing}
          onReload={() => detail.refetch()}
        />
      )}
    </Drawer>
  );
}

interface UnitDrawerBodyProps {
  unit: UnitDetail;
  allUnits: readonly UnitListItem[];
  canEdit: boolean;
  editing: boolean;
  onEdit: (editing: boolean) => void;
  onReload: () => void;
}

function UnitDrawerBody({ unit, allUnits, canEdit, editing, onEdit, onReload }: UnitDrawerBodyProps) {
  const t = useT();
  const message = useErrorMessage();
  const update = useUpdateUnit();
  const [conflict, setConflict] = useState<string | null>(null);

  const parentName = useMemo(() => {
    if (!unit.parentId) return null;
    return allUnits.find((u) => u.id === unit.parentId)?.name ?? unit.path.at(-1) ?? null;
  }, [allUnits, unit]);
  const ownSubtree = useMemo(() => subtreeIds(allUnits, unit.id), [allUnits, unit.id]);

  const stopEditing = () => {
    update.reset();
    setConflict(null);
    onEdit(false);
  };

  if (!editing) {
    return (
      <Stack>
        <UnitDetails unit={unit} parentName={parentName} />
        {canEdit && (
          <Group>
            <Button leftSection={<IconPencil size={16} />} onClick={() => onEdit(true)}>
              {t('common.edit')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  }

  return (
    <Stack>
      {conflict && (
        <Alert color="yellow" role="alert">
          {conflict} {t('units.conflictReloaded')}
        </Alert>
      )}
      {/* Keyed by version: after a conflict the form starts again from the fresh data. */}
      <UnitForm
        key={unit.version}
        initial={unitToValues(unit)}
        excludeParentIds={ownSubtree}
        pending={update.isPending}
        error={isApiError(update.error, 'version_conflict') ? null : update.error}
        onCancel={stopEditing}
        onSubmit={(values) => {
          const patch = toUnitPatch(values, unit);
          if (isEmptyPatch(patch)) return stopEditing();
          setConflict(null);
          update.mutate(
            { id: unit.id, patch },
            {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: t('common.saved') });
                stopEditing();
              },
              onError: (error) => {
                if (isApiError(error, 'version_conflict')) {
                  setConflict(message(error));
                  onReload();
                }
              },
            },
          );
        }}
      />
    </Stack>
  );
}
