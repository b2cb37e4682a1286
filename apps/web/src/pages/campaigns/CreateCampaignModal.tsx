import { Button, Group, Modal, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Campaign, CampaignKind } from '@tongket/domain';
import { type FormEvent, useState } from 'react';
import { useCreateCampaign, useOutlineTemplates } from '../../api/campaigns.ts';
import { fieldErrors } from '../../api/errors.ts';
import { useUnitTree } from '../../api/units.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { rootUnitId } from './unitScope.ts';

export interface CreateCampaignModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (campaign: Campaign) => void;
}

/** A new round starts as a draft with the usual header, signature and "Lưu: VT" already there. */
export function CreateCampaignModal({ opened, onClose, onCreated }: CreateCampaignModalProps) {
  const t = useT();
  const labels = useLabels();
  const me = useCurrentUser();
  const phone = useMediaQuery('(max-width: 48em)');
  const tree = useUnitTree();
  const create = useCreateCampaign();

  const [kind, setKind] = useState<CampaignKind>('tong_ket');
  // The province above the coordinator's department issues the plan, until someone picks another unit.
  const [unitId, setUnitId] = useState<string | null | undefined>(undefined);
  const defaultUnit = tree.data ? rootUnitId(tree.data.items, me.unitId) : null;
  const issuingUnitId = unitId === undefined ? defaultUnit : unitId;
  const [name, setName] = useState('');
  // The province's own outline is offered first; the blank one last.
  const templates = useOutlineTemplates(opened);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const outlineTemplate = templateId ?? templates.data?.items[0]?.id ?? null;
  const [missingUnit, setMissingUnit] = useState(false);

  const close = () => {
    create.reset();
    setMissingUnit(false);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!issuingUnitId) {
      setMissingUnit(true);
      return;
    }
    const trimmed = name.normalize('NFC').trim();
    create.mutate(
      {
        kind,
        issuingUnitId,
        ...(trimmed ? { name: trimmed } : {}),
        outlineTemplate,
      },
      { onSuccess: onCreated },
    );
  };

  const serverFields = fieldErrors(create.error);

  return (
    <Modal opened={opened} onClose={close} title={t('campaigns.create')} size="lg" fullScreen={phone}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProblemAlert error={Object.keys(serverFields).length > 0 ? null : create.error} />
          <Radio.Group
            label={t('plan.kind')}
            value={kind}
            onChange={(value) => setKind(value as CampaignKind)}
            error={serverFields.kind}
          >
            <Group mt={4}>
              {labels.campaignKindOptions.map((option) => (
                <Radio key={option.value} value={option.value} label={option.label} />
              ))}
            </Group>
          </Radio.Group>
          <UnitSelect
            label={t('campaigns.issuingUnit')}
            description={t('campaigns.issuingUnitHint')}
            placeholder={t('user.unitPlaceholder')}
            value={issuingUnitId ?? null}
            onChange={(id) => {
              setUnitId(id);
              setMissingUnit(false);
            }}
            error={missingUnit ? t('common.required') : serverFields.issuingUnitId}
            required
            allowDeselect={false}
            nothingFoundMessage={t('common.noResults')}
          />
          <TextInput
            label={t('campaigns.newName')}
            description={t('campaigns.newNameHint')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={serverFields.name}
            maxLength={300}
          />
          <Select
            label={t('campaigns.outlineTemplate')}
            description={t('campaigns.outlineTemplateHint')}
            data={(templates.data?.items ?? []).map((tpl) => ({ value: tpl.id, label: tpl.name }))}
            value={outlineTemplate}
            onChange={setTemplateId}
            allowDeselect={false}
            error={serverFields.outlineTemplate}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || templates.isPending}>
              {t('campaigns.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
