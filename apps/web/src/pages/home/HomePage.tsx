import { Box, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { hasPermission } from '@tongket/domain';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { navItemsFor } from '../../shell/navItems.ts';
import { AwardWork } from './AwardWork.tsx';
import { CoordinatorWork } from './CoordinatorWork.tsx';
import classes from './HomePage.module.css';
import { homeCardDescription } from './homeCards.ts';
import { LeaderOverview } from './LeaderOverview.tsx';
import { UnitWork } from './UnitWork.tsx';

export default function HomePage() {
  const t = useT();
  const labels = useLabels();
  const me = useCurrentUser();
  const cards = navItemsFor(me.role).filter((item) => homeCardDescription(item.to, me.role));

  return (
    <Stack gap="lg" maw={1100}>
      {/* Compact on a phone: the unit's work shows without scrolling past the greeting. */}
      <div>
        <Title order={1} size="h2" className={classes.welcome}>
          {t('home.welcome', { name: me.fullName })}
        </Title>
        <Text size="sm" c="dimmed" hiddenFrom="sm" data-testid="home-who">
          {me.unitName} · {labels.role(me.role)}
        </Text>
        <Box visibleFrom="sm">
          <Text mt={4}>
            <Text span c="dimmed">
              {t('home.unit')}:
            </Text>{' '}
            {me.unitName}
          </Text>
          <Text>
            <Text span c="dimmed">
              {t('home.role')}:
            </Text>{' '}
            {labels.role(me.role)}
          </Text>
        </Box>
      </div>
      {hasPermission(me.role, 'work.coordinate') && <CoordinatorWork />}
      {me.role === 'viewer' && <LeaderOverview />}
      {me.role === 'unit' && <UnitWork />}
      <AwardWork />
      <Text>{t('home.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {cards.map((item) => {
          const key = homeCardDescription(item.to, me.role);
          return (
            <Card key={item.to} component={Link} to={item.to} withBorder padding="lg" radius="md">
              <Group wrap="nowrap" align="flex-start">
                <ThemeIcon variant="light" size="lg">
                  <item.icon size={20} />
                </ThemeIcon>
                <div>
                  <Text fw={600}>{t(item.label)}</Text>
                  {key && (
                    <Text size="sm" c="dimmed">
                      {t(key)}
                    </Text>
                  )}
                </div>
              </Group>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
