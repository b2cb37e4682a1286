import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AssignmentDetail } from '@tongket/domain';
import { type FormEvent, useState } from 'react';
import { useReviewAssignment } from '../../../api/assignments.ts';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useT } from '../../../i18n/useT.ts';

export interface ReviewModalProps {
  detail: AssignmentDetail;
  decision: 'accept' | 'return';
  onClose: () => void;
  onDone: () => void;
}

/** Tiếp nhận (a remark if any) or trả lại (the reason is required; the unit reads it in its notice). */
export function ReviewModal({ detail, decision, onClose, onDone }: ReviewModalProps) {
  const t = useT();
  const review = useReviewAssignment(detail.assignment.id);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const returning = decision === 'return';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (returning && !comment.trim()) {
      setMissing(true);
      return;
    }
    review.mutate(
      { decision, comment: comment.trim(), version: detail.assignment.version },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t(returning ? 'review.returned' : 'review.accepted', {
              unit: detail.assignment.unitName,
            }),
          });
          onDone();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={returning ? t('review.returnTitle') : t('review.acceptTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            {t(returning ? 'review.returnIntro' : 'review.acceptIntro', { unit: detail.assignment.unitName })}
          </Text>
          <ProblemAlert error={review.error} />
          <Textarea
            label={returning ? t('review.reason') : t('review.comment')}
            description={t('review.commentHint')}
            value={comment}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              setMissing(false);
            }}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={5000}
            required={returning}
            error={missing ? t('review.reasonRequired') : undefined}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={review.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={returning ? 'orange' : 'teal'} loading={review.isPending}>
              {returning ? t('review.return') : t('review.accept')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
