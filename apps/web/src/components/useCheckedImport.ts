import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';

/**
 * The two steps of an Excel import on one file: a dry run (commit=false) whose answer is shown
 * row by row, then — only when every row is valid — the real import (commit=true). `check` and
 * `save` are two instances of the same import mutation, so each step keeps its own error.
 */
export function useCheckedImport<R extends { committed: boolean }, V extends { commit: boolean }>(
  check: UseMutationResult<R, Error, V>,
  save: UseMutationResult<R, Error, V>,
) {
  const [preview, setPreview] = useState<R | null>(null);
  return {
    preview,
    checking: check.isPending,
    saving: save.isPending,
    busy: check.isPending || save.isPending,
    error: check.error ?? save.error,
    /** A new file (or other choice) to check; null clears the preview. */
    run(variables: Omit<V, 'commit'> | null) {
      setPreview(null);
      save.reset();
      if (!variables) return check.reset();
      check.mutate({ ...variables, commit: false } as V, { onSuccess: setPreview });
    },
    /** Saves every row; a file found wrong on saving shows its rows again instead. */
    commit(variables: Omit<V, 'commit'>, onDone: (result: R) => void) {
      save.mutate({ ...variables, commit: true } as V, {
        onSuccess: (result) => (result.committed ? onDone(result) : setPreview(result)),
      });
    },
  };
}
