import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { Campaign, CampaignKind } from '@tongket/domain';
import { type FormEvent, useState } from 'react';
import { useCloneCampaign } from '../../api/campaigns.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';

export interface CloneModalProps {
  campaign: Campaign;
  opened: boolean;
  onClose: () => void;
  onCloned: (campaign: Campaign) => void;
}

/** The next round starts as a copy of this one: a new draft with the same plan and outline. */
export function CloneModal({ campaign, opened, onClose, onCloned }: CloneModalProps) {
  const t = useT();
  const labels = useLabels();
  const clone = useCloneCampaign(campaign.id);
  const [kind, setKind] = useState<CampaignKind>(campaign.kind);
  const [name, setName] = useState('');

  const close = () => {
    clone.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.normalize('NFC').trim();
    clone.mutate({ kind, ...(trimmed ? { name: trimmed } : {}) }, { onSuccess: onCloned });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('clone.title')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('clone.intro', { name: campaign.name })}</Text>
          <ProblemAlert error={clone.error} />
          <Radio.Group
            label={t('plan.kind')}
            value={kind}
            onChange={(value) => setKind(value as CampaignKind)}
          >
            <Group mt={4}>
              {labels.campaignKindOptions.map((option) => (
                <Radio key={option.value} value={option.value} label={option.label} />
              ))}
            </Group>
          </Radio.Group>
          <TextInput
            label={t('clone.name')}
            description={t('clone.nameHint')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={300}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={clone.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={clone.isPending}>
              {t('clone.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
