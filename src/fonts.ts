/** Waits for the bundled fonts (Latin and Cyrillic) so the first render labels the same everywhere. */
import './fonts.css';

/** Latin and Cyrillic (Russian and Ukrainian letters), so both font files load. */
const SAMPLE = 'Map Карта Мапа ї';

export async function loadFonts(): Promise<void> {
  await Promise.all(
    [
      '400 16px "Noto Sans Regular"',
      '700 16px "Noto Sans Bold"',
      '400 16px "Noto Sans"',
      '700 16px "Noto Sans"',
    ].map((font) => document.fonts.load(font, SAMPLE)),
  );
}
