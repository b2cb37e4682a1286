import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { Unit } from '@tongket/domain';
import { useCreateUnit } from '../../api/units.ts';
import { useT } from '../../i18n/useT.ts';
import { UnitForm } from './UnitForm.tsx';
import { emptyUnitValues, toUnitCreate } from './unitFormValues.ts';

export interface CreateUnitModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (unit: Unit) => void;
}

export function CreateUnitModal({ opened, onClose, onCreated }: CreateUnitModalProps) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 48em)');
  const create = useCreateUnit();

  const close = () => {
    create.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('units.add')} size="lg" fullScreen={phone}>
      <UnitForm
        initial={emptyUnitValues()}
        pending={create.isPending}
        error={create.error}
        onCancel={close}
        onSubmit={(values) =>
          create.mutate(toUnitCreate(values), {
            onSuccess: (unit) => {
              notifications.show({ color: 'teal', message: t('units.created', { name: unit.name }) });
              close();
              onCreated(unit);
            },
          })
        }
      />
    </Modal>
  );
}
