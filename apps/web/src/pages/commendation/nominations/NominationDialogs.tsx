import type { Campaign, Nomination, QuotaStatus } from '@tongket/domain';
import { ApproveModal } from './ApproveModal.tsx';
import { ImportNominationsModal } from './ImportNominationsModal.tsx';
import { NominationFormModal } from './NominationFormModal.tsx';
import { OverrideSubmitModal } from './OverrideSubmitModal.tsx';
import { RejectModal } from './RejectModal.tsx';
import { SubmitRefusedModal } from './SubmitRefusedModal.tsx';

export type NominationDialog =
  | { kind: 'add' }
  | { kind: 'import' }
  | { kind: 'edit' | 'override' | 'approve' | 'reject'; id: string }
  | { kind: 'refused'; id: string; error: unknown };

export interface NominationDialogsProps {
  dialog: NominationDialog | null;
  campaign: Campaign;
  quotas: readonly QuotaStatus[];
  unitId: string;
  /** The units the standing agency may enter a nomination for; absent for a unit officer. */
  units?: ReadonlyArray<{ value: string; label: string }>;
  canOverride: boolean;
  /** The freshest copy of a nomination, by id. */
  find: (id: string) => Nomination | undefined;
  onChange: (dialog: NominationDialog | null) => void;
  onReload: () => void;
}

/** The one dialog open on the nominations page, each working on the freshest copy of its nomination. */
export function NominationDialogs({ dialog, campaign, find, onChange, ...props }: NominationDialogsProps) {
  if (!dialog) return null;
  const close = () => onChange(null);
  if (dialog.kind === 'add') {
    return (
      <NominationFormModal
        campaignId={campaign.id}
        awardGroups={campaign.plan.awardGroups}
        quotas={props.quotas}
        unitId={props.unitId}
        units={props.units}
        nomination={null}
        onClose={close}
        onReload={props.onReload}
      />
    );
  }
  if (dialog.kind === 'import') {
    return (
      <ImportNominationsModal
        campaignId={campaign.id}
        awardGroups={campaign.plan.awardGroups}
        onClose={close}
      />
    );
  }
  const nomination = find(dialog.id);
  if (!nomination) return null;
  switch (dialog.kind) {
    case 'edit':
      return (
        <NominationFormModal
          campaignId={campaign.id}
          awardGroups={campaign.plan.awardGroups}
          quotas={props.quotas}
          unitId={props.unitId}
          nomination={nomination}
          onClose={close}
          onReload={props.onReload}
        />
      );
    case 'refused':
      return (
        <SubmitRefusedModal
          nomination={nomination}
          error={dialog.error}
          canOverride={props.canOverride}
          onOverride={() => onChange({ kind: 'override', id: nomination.id })}
          onClose={close}
        />
      );
    case 'override':
      return <OverrideSubmitModal nomination={nomination} onClose={close} />;
    case 'approve':
      return <ApproveModal nomination={nomination} onClose={close} />;
    case 'reject':
      return <RejectModal nomination={nomination} onClose={close} />;
  }
}
