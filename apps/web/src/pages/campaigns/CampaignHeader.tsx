import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowUpRight, IconCopy, IconSend, IconSitemap } from '@tabler/icons-react';
import { type Campaign, documentReference } from '@tongket/domain';
import { Link } from 'react-router';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { CampaignStatusBadge } from './CampaignStatusBadge.tsx';
import { DownloadButtons } from './DownloadButtons.tsx';
import { isoDateToText } from './plan/planForm.ts';

export interface CampaignHeaderProps {
  campaign: Campaign;
  issuingUnitName: string | undefined;
  canClone: boolean;
  canIssue: boolean;
  onClone: () => void;
  onIssue: () => void;
  /** A lower round: the round its result goes up to. */
  parent?: { id: string; name: string } | undefined;
  /** Offered to a unit that reports in this round and may open its own lower round. */
  onOpenChild?: (() => void) | undefined;
}

/** The round's name, kind, status and number, with what can be done to it. */
export function CampaignHeader(props: CampaignHeaderProps) {
  const { campaign } = props;
  const t = useT();
  const labels = useLabels();
  const reference = documentReference(campaign.plan);

  return (
    <Stack gap={6}>
      <Anchor component={Link} to="/campaigns" size="sm" w="fit-content">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} />
          {t('campaigns.title')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Title order={1} size="h2" fz={{ base: 22, sm: 'h2' }}>
            {campaign.name}
          </Title>
          <Group gap="xs">
            <Badge variant="outline" miw="max-content">
              {labels.campaignKind(campaign.kind)}
            </Badge>
            <CampaignStatusBadge status={campaign.status} />
            <Text size="sm" data-testid="campaign-reference">
              {reference ? t('campaign.reference', { reference }) : t('campaign.noNumber')}
              {campaign.plan.docDate &&
                ` · ${t('campaign.issuedOn', { date: isoDateToText(campaign.plan.docDate) })}`}
            </Text>
          </Group>
          {props.issuingUnitName && (
            <Text size="sm" c="dimmed">
              {t('campaign.issuingUnit', { name: props.issuingUnitName })}
            </Text>
          )}
          {props.parent && (
            <Anchor
              component={Link}
              to={`/campaigns/${encodeURIComponent(props.parent.id)}`}
              size="sm"
              w="fit-content"
              data-testid="parent-round"
            >
              <Group gap={4} component="span" wrap="nowrap" align="flex-start">
                <IconArrowUpRight size={14} style={{ flexShrink: 0, marginTop: 4 }} />
                {t('campaign.parentRound', { name: props.parent.name })}
              </Group>
            </Anchor>
          )}
        </Stack>
        <Group gap="xs">
          {props.onOpenChild && (
            <Button variant="light" leftSection={<IconSitemap size={16} />} onClick={props.onOpenChild}>
              {t('children.open')}
            </Button>
          )}
          <DownloadButtons campaignId={campaign.id} />
          {props.canClone && (
            <Button variant="default" leftSection={<IconCopy size={16} />} onClick={props.onClone}>
              {t('campaign.clone')}
            </Button>
          )}
          {props.canIssue && (
            <Button leftSection={<IconSend size={16} />} onClick={props.onIssue}>
              {t('campaign.issue')}
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
}
