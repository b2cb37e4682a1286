import { Box, Divider, NavLink, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useCurrentUser } from '../auth/useCurrentUser.ts';
import { useT } from '../i18n/useT.ts';
import { navItemsFor } from './navItems.ts';
import { useRoleLabel } from './useRoleLabel.ts';

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

export function Navbar() {
  const t = useT();
  const roleLabel = useRoleLabel();
  const me = useCurrentUser();
  const { pathname } = useLocation();

  return (
    <Stack gap={4}>
      <Box hiddenFrom="sm" px="sm" pb="xs">
        <Text fw={600}>{me.fullName}</Text>
        <Text size="sm" c="dimmed">
          {me.unitName}
        </Text>
        <Text size="sm" c="dimmed">
          {roleLabel(me.role)}
        </Text>
        <Divider mt="sm" />
      </Box>
      {navItemsFor(me.role).map((item) => {
        const active = isActive(pathname, item.to);
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.label)}
            leftSection={<item.icon size={18} stroke={1.6} />}
            rightSection={item.badge && <item.badge />}
            active={active}
            aria-current={active ? 'page' : undefined}
          />
        );
      })}
    </Stack>
  );
}
