/** The interface strings for a language. */
import { en } from './en.ts';
import type { Messages } from './messages.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';
import type { Lang } from '../types.ts';

export type { Messages } from './messages.ts';
export { listIn } from './messages.ts';

const CATALOGUES: Record<Lang, Messages> = { en, uk, ru };

export function messages(lang: Lang): Messages {
  return CATALOGUES[lang];
}
