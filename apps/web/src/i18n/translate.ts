import type { MessageKey, Messages } from './vi.ts';

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

/**
 * "{name}" in a message replaced by its parameter; a placeholder without one stays as written.
 * "{count:day|days}" is the word for that number, one or more (English needs it; Vietnamese does not).
 */
export function interpolate(template: string, params?: TranslateParams): string {
  if (!params) return template;
  return template
    .replace(/\{(\w+):([^{}|]*)\|([^{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      name in params ? (Number(params[name]) === 1 ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The translate function over one catalogue. */
export function translator(messages: Messages): Translate {
  return (key, params) => interpolate(messages[key], params);
}
