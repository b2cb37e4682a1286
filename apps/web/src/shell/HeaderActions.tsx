import { ActionIcon, Box, Button, Group, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLogout } from '@tabler/icons-react';
import { useLogout } from '../api/auth.ts';
import { useErrorMessage } from '../api/errors.ts';
import { useCurrentUser } from '../auth/useCurrentUser.ts';
import { useT } from '../i18n/useT.ts';
import { LanguageToggle } from './LanguageToggle.tsx';
import { useRoleLabel } from './useRoleLabel.ts';

/** Who is signed in, the language switch and sign-out; the name moves into the menu on a phone. */
export function HeaderActions() {
  const t = useT();
  const roleLabel = useRoleLabel();
  const me = useCurrentUser();
  const logout = useLogout();
  const message = useErrorMessage();

  const signOut = () => {
    logout.mutate(undefined, {
      onError: (error) => notifications.show({ color: 'red', message: message(error) }),
    });
  };

  return (
    <Group gap="sm" wrap="nowrap">
      <Box visibleFrom="sm" ta="right" maw={360}>
        <Text size="sm" fw={600} truncate>
          {me.fullName}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {me.unitName} · {roleLabel(me.role)}
        </Text>
      </Box>
      <LanguageToggle />
      <Button
        visibleFrom="sm"
        variant="subtle"
        color="gray"
        leftSection={<IconLogout size={18} />}
        onClick={signOut}
        loading={logout.isPending}
      >
        {t('nav.logout')}
      </Button>
      <Tooltip label={t('nav.logout')}>
        <ActionIcon
          hiddenFrom="sm"
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={t('nav.logout')}
          onClick={signOut}
          loading={logout.isPending}
        >
          <IconLogout size={20} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
