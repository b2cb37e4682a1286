import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssignmentDetail, Attachment, EndpointBody, ReportContent } from '@tongket/domain';
import { api, fileUrl, type Sending } from './client.ts';

export const assignmentsKey = ['assignments'] as const;
export const myAssignmentsKey = [...assignmentsKey, 'mine'] as const;
export const assignmentDetailKey = (id: string) => [...assignmentsKey, 'detail', id] as const;
const submissionKey = (id: string, seq: number) => [...assignmentsKey, 'submission', id, seq] as const;

/** Everything that shows an assignment's state: the unit's list, each round's progress and task list. */
function useRefreshLists() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: myAssignmentsKey }),
      queryClient.invalidateQueries({ queryKey: ['progress'] }),
      queryClient.invalidateQueries({ queryKey: ['campaigns', 'assignments'] }),
    ]);
}

/** What the caller's unit owes, in every issued round. */
export function useMyAssignments(enabled = true) {
  return useQuery({
    queryKey: myAssignmentsKey,
    queryFn: ({ signal }) => api('GET /assignments', { signal }),
    enabled,
  });
}

/**
 * One assignment with its outline, draft and history. The editor takes the draft once, when it
 * opens; later answers only refresh the header, the history and the attachments around it.
 */
export function useAssignment(id: string) {
  return useQuery({
    queryKey: assignmentDetailKey(id),
    queryFn: ({ signal }) => api('GET /assignments/:id', { params: { id }, signal }),
    staleTime: 0,
  });
}

export function saveDraft(id: string, body: { version: number; content: ReportContent }) {
  return api('PUT /assignments/:id/draft', { params: { id }, body });
}

export function useSubmitAssignment(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (input: { version: number; content: ReportContent; idempotencyKey: string }) =>
      api('POST /assignments/:id/submit', {
        params: { id },
        body: { version: input.version, content: input.content },
        headers: { 'Idempotency-Key': input.idempotencyKey },
      }),
    onSuccess: () => {
      // The answer is small on purpose (a thousand units send at once); the page reloads its detail.
      void queryClient.invalidateQueries({ queryKey: assignmentDetailKey(id) });
      return refresh();
    },
  });
}

/** Reads a Word file into a preview; nothing is saved. */
export function useImportDocx(id: string) {
  return useMutation({
    mutationFn: ({ file, onUploadProgress }: { file: File } & Sending) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api('POST /assignments/:id/import-docx', { params: { id }, form, onUploadProgress });
    },
  });
}

/** Attachments change the detail's list only; the draft being edited is left alone. */
function useStoreAttachments(id: string) {
  const queryClient = useQueryClient();
  return (change: (list: Attachment[]) => Attachment[]) =>
    queryClient.setQueryData<AssignmentDetail>(assignmentDetailKey(id), (old) =>
      old ? { ...old, attachments: change(old.attachments) } : old,
    );
}

export function useUploadAttachment(id: string) {
  const store = useStoreAttachments(id);
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api('POST /assignments/:id/attachments', { params: { id }, form });
    },
    onSuccess: (added) => store((list) => [...list, added]),
  });
}

export function useDeleteAttachment(id: string) {
  const store = useStoreAttachments(id);
  return useMutation({
    mutationFn: (attachmentId: string) => api('DELETE /attachments/:id', { params: { id: attachmentId } }),
    onSuccess: (_answer, attachmentId) => store((list) => list.filter((a) => a.id !== attachmentId)),
  });
}

export const attachmentUrl = (attachmentId: string) =>
  fileUrl('GET /attachments/:id', { params: { id: attachmentId } });

/** A submission never changes once sent, except for its review, which the detail's history carries. */
export function useSubmission(id: string, seq: number | null) {
  return useQuery({
    queryKey: submissionKey(id, seq ?? 0),
    queryFn: ({ signal }) =>
      api('GET /assignments/:id/submissions/:seq', { params: { id, seq: seq ?? 0 }, signal }),
    enabled: seq !== null,
  });
}

export function useReviewAssignment(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (body: EndpointBody<'POST /assignments/:id/review'>) =>
      api('POST /assignments/:id/review', { params: { id }, body }),
    onSuccess: (detail) => {
      queryClient.setQueryData(assignmentDetailKey(id), detail);
      void queryClient.invalidateQueries({ queryKey: [...assignmentsKey, 'submission', id] });
      return refresh();
    },
  });
}

/** Rút lại: the unit takes back what it sent, before the standing agency decides on it. */
export function useWithdrawSubmission(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (version: number) =>
      api('POST /assignments/:id/withdraw', { params: { id }, body: { version } }),
    onSuccess: (detail) => {
      queryClient.setQueryData(assignmentDetailKey(id), detail);
      return refresh();
    },
  });
}

/** Gia hạn: a new deadline for one unit (the standing agency). */
export function useExtendDeadline(id: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (body: EndpointBody<'PATCH /assignments/:id'>) =>
      api('PATCH /assignments/:id', { params: { id }, body }),
    onSuccess: (detail) => {
      queryClient.setQueryData(assignmentDetailKey(id), detail);
      return refresh();
    },
  });
}
