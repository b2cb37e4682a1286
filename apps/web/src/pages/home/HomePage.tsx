import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { hasPermission } from '@tongket/domain';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/vi.ts';
import { navItemsFor } from '../../shell/navItems.ts';
import { AwardWork } from './AwardWork.tsx';
import { UrgentAssignments } from './UrgentAssignments.tsx';

const DESCRIPTIONS: Record<string, { manager?: MessageKey; other: MessageKey }> = {
  '/assignments': { other: 'home.cardAssignments' },
  '/campaigns': { manager: 'home.cardCampaignsManager', other: 'home.cardCampaigns' },
  '/commendation': { other: 'home.cardCommendation' },
  '/award-types': { other: 'home.cardAwardTypes' },
  '/notifications': { other: 'home.cardNotifications' },
  '/units': { manager: 'home.cardUnitsAdmin', other: 'home.cardUnits' },
  '/users': { other: 'home.cardUsers' },
  '/audit': { other: 'home.cardAudit' },
  '/outbox': { other: 'home.cardOutbox' },
  '/account': { other: 'home.cardAccount' },
};

export default function HomePage() {
  const t = useT();
  const labels = useLabels();
  const me = useCurrentUser();
  const manages: Record<string, boolean> = {
    '/units': hasPermission(me.role, 'units.manage'),
    '/campaigns': hasPermission(me.role, 'campaigns.manage'),
  };
  const cards = navItemsFor(me.role).filter((item) => item.to in DESCRIPTIONS);

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1} size="h2">
          {t('home.welcome', { name: me.fullName })}
        </Title>
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
      </div>
      {me.role === 'unit' && <UrgentAssignments />}
      <AwardWork />
      <Text>{t('home.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {cards.map((item) => {
          const description = DESCRIPTIONS[item.to];
          const key = (manages[item.to] && description?.manager) || description?.other;
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
