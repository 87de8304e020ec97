/**
 * Last resort for a Cyrillic name when no dataset has one: undo the GeoNames romanisation of a
 * Russian (BGN/PCGN) or Ukrainian (national 2010) name. Only letters that map back one way are
 * accepted; any ambiguous letter (y, e, i, apostrophes, …) returns null rather than a guess.
 */
const UNAMBIGUOUS: readonly [string, string][] = [
  ['shch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['a', 'а'],
  ['b', 'б'],
  ['v', 'в'],
  ['d', 'д'],
  ['z', 'з'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['f', 'ф'],
];

/**
 * @example reverseTransliterate('Sudzha') // 'Суджа'
 * @example reverseTransliterate('Sumy') // null ('y' is ы in Russian, и in Ukrainian)
 */
export function reverseTransliterate(name: string): string | null {
  let rest = name.toLowerCase();
  let out = '';
  while (rest.length > 0) {
    const hit = UNAMBIGUOUS.find(([latin]) => rest.startsWith(latin));
    if (!hit) return null;
    out += hit[1];
    rest = rest.slice(hit[0].length);
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}
