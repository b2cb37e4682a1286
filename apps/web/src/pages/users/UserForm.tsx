import { Button, Group, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { grantableRoles, type Role } from '@tongket/domain';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useFormFields } from '../../components/useFormFields.ts';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { type UserFormValues, validateUser } from './userFormValues.ts';

export interface UserFormProps {
  creating: boolean;
  initial: UserFormValues;
  pending: boolean;
  error: unknown;
  onSubmit: (values: UserFormValues) => void;
  onCancel: () => void;
}

export function UserForm({ creating, initial, pending, error, onSubmit, onCancel }: UserFormProps) {
  const t = useT();
  const labels = useLabels();
  const me = useCurrentUser();
  const grantable = new Set<string>(grantableRoles(me));
  // An account already holding a role the caller cannot give keeps showing it.
  const roleOptions = labels.roleOptions.filter((o) => grantable.has(o.value) || o.value === initial.role);
  const { values, set, submit, errorOf } = useFormFields(
    initial,
    error,
    (v) => validateUser(v, creating, t),
    onSubmit,
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert error={error} />
        {creating && (
          <TextInput
            label={t('user.username')}
            value={values.username}
            onChange={(e) => set('username', e.currentTarget.value)}
            error={errorOf('username')}
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={40}
          />
        )}
        <TextInput
          label={t('user.fullName')}
          value={values.fullName}
          onChange={(e) => set('fullName', e.currentTarget.value)}
          error={errorOf('fullName')}
          required
          maxLength={200}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('user.email')}
            type="email"
            value={values.email}
            onChange={(e) => set('email', e.currentTarget.value)}
            error={errorOf('email')}
            autoComplete="off"
          />
          <Select
            label={t('user.role')}
            placeholder={t('user.rolePlaceholder')}
            data={roleOptions}
            value={values.role}
            onChange={(role) => set('role', role as Role | null)}
            error={errorOf('role')}
            required
            allowDeselect={false}
          />
        </SimpleGrid>
        <UnitSelect
          label={t('user.unit')}
          placeholder={t('user.unitPlaceholder')}
          value={values.unitId}
          onChange={(id) => set('unitId', id)}
          error={errorOf('unitId')}
          required
          nothingFoundMessage={t('common.noResults')}
        />
        {creating && (
          <PasswordInput
            label={t('user.password')}
            value={values.password}
            onChange={(e) => set('password', e.currentTarget.value)}
            error={errorOf('password')}
            required
            autoComplete="new-password"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
