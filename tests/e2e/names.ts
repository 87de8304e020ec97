/** Accessible names in every interface language, for tests that switch the language mid-run. */
import { messages, type Messages } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/story/hash.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches the name `pick` gives in any language; `prefix` matches names that start with it. */
export function anyLang(pick: (t: Messages) => string, prefix = false): RegExp {
  const names = [...new Set(LANGS.map((lang) => escape(pick(messages(lang)))))];
  return new RegExp(`^(${names.join('|')})${prefix ? '' : '$'}`);
}
