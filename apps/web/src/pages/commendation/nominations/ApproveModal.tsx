import { Button, Checkbox, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Nomination } from '@tongket/domain';
import { type FormEvent, useState } from 'react';
import { useAwardTypes } from '../../../api/campaigns.ts';
import { useReviewNomination } from '../../../api/nominations.ts';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useT } from '../../../i18n/useT.ts';

/** Đồng ý khen thưởng, optionally proposing the nominee to a higher level for a higher award. */
export function ApproveModal({ nomination, onClose }: { nomination: Nomination; onClose: () => void }) {
  const t = useT();
  const review = useReviewNomination(nomination.campaignId);
  const awardTypes = useAwardTypes();
  const [higher, setHigher] = useState(false);
  const [awardTypeId, setAwardTypeId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const options = (awardTypes.data?.items ?? [])
    .filter((type) => type.active && type.id !== nomination.awardTypeId)
    .map((type) => ({ value: type.id, label: type.name }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (higher && !awardTypeId) {
      setMissing(true);
      return;
    }
    review.mutate(
      {
        id: nomination.id,
        review: {
          step: 'approve',
          version: nomination.version,
          proposeHigher: higher,
          higherAwardTypeId: higher ? awardTypeId : null,
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('appraise.approved', { name: nomination.name }) });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('appraise.approveTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            {t('appraise.approveIntro', {
              name: nomination.name,
              unit: nomination.unitName,
              award: nomination.awardTypeName,
            })}
          </Text>
          <ProblemAlert error={review.error} />
          <Checkbox
            label={t('appraise.proposeHigher')}
            description={t('appraise.proposeHigherHint')}
            checked={higher}
            onChange={(e) => setHigher(e.currentTarget.checked)}
          />
          {higher && (
            <Select
              label={t('appraise.higherAward')}
              placeholder={t('award.typePlaceholder')}
              data={options}
              value={awardTypeId}
              onChange={(id) => {
                setAwardTypeId(id);
                setMissing(false);
              }}
              error={missing ? t('common.required') : undefined}
              required
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={review.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="teal" loading={review.isPending} data-autofocus>
              {t('appraise.approve')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
