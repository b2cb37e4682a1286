import { createContext, use } from 'react';
import type { UnitScope } from '../unitScope.ts';

export interface PlanEditorContextValue {
  /** An issued round, or a person who may not edit it, sees the plan without inputs to change. */
  readOnly: boolean;
  /** The message for a field path ("tasks.3.text"), from the browser's checks or the server's. */
  errorOf: (path: string) => string | undefined;
  scope: UnitScope;
}

export const PlanEditorContext = createContext<PlanEditorContextValue | null>(null);

export function usePlanEditor(): PlanEditorContextValue {
  const value = use(PlanEditorContext);
  if (!value) throw new Error('usePlanEditor must be used inside <PlanEditorContext>');
  return value;
}
