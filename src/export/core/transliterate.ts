/**
 * Latin spellings for Cyrillic place names, for the one place where only Latin letters fit:
 * file names and ids (`filename.ts`, `byo/file-name.ts`). Text in exports is never
 * transliterated: the PDF embeds Noto Sans (`pdf-text.ts`). It follows the simplified BGN/PCGN Russian
 * romanisation (Ратуша → Ratusha) plus the Ukrainian letters ґ є і ї; on-screen text keeps the
 * original spelling.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * Replaces Cyrillic letters with Latin ones and leaves every other character as it is.
 *
 * @example transliterate('Ратуша, Харьковская область') // 'Ratusha, Kharkovskaya oblast'
 */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC[lower];
    if (latin === undefined) out += ch;
    else if (lower === ch || latin === '') out += latin;
    else out += (latin[0] ?? '').toUpperCase() + latin.slice(1);
  }
  return out;
}

/**
 * Plain ASCII: transliterated, compatibility-decomposed (ﬁ → fi) and without accents
 * (Zürich → Zurich). Characters with no ASCII form are removed.
 */
export function toAscii(text: string): string {
  return (
    transliterate(text)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      // Everything outside printable ASCII plus whitespace.
      .replace(/[^\x20-\x7e\s]/g, '')
  );
}
