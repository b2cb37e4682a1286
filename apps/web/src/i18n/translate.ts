import type { MessageKey, Messages } from './vi.ts';

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

/** "{name}" in a message replaced by its parameter; a placeholder without one stays as written. */
export function interpolate(template: string, params?: TranslateParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The translate function over one catalogue. */
export function translator(messages: Messages): Translate {
  return (key, params) => interpolate(messages[key], params);
}
