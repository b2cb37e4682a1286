import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconUsersPlus } from '@tabler/icons-react';
import type { UnitKind } from '@tongket/domain';
import { useLabels } from '../../../i18n/labels.ts';
import { useT } from '../../../i18n/useT.ts';
import type { UnitScope } from '../unitScope.ts';

export interface UnitKindAdderProps {
  scope: UnitScope;
  /** Receives the ids of every active unit of the chosen kind. */
  onAdd: (ids: string[]) => void;
}

/** "Add every district", "add every department": a whole kind of unit in one click. */
export function UnitKindAdder({ scope, onAdd }: UnitKindAdderProps) {
  const t = useT();
  const labels = useLabels();
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconUsersPlus size={14} />}
          rightSection={<IconChevronDown size={14} />}
          disabled={scope.pending}
        >
          {t('task.addKind')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {scope.kinds.map((kind: UnitKind) => (
          <Menu.Item key={kind} onClick={() => onAdd(scope.activeOfKind(kind))}>
            {t('task.addKindItem', { kind: labels.unitKind(kind), count: scope.activeOfKind(kind).length })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
