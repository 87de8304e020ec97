/**
 * Credit lines: the article, Natural Earth, OpenStreetMap (ODbL) and GeoNames. MapLibre's attribution control takes HTML,
 * so every value from the data is escaped and only http(s) links are made.
 */
import { formatDate, safeHttpUrl } from './story.ts';
import type { Credits, StoryFile } from '../types.ts';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const link = (href: string, text: string) =>
  `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${escapeHtml(text)}</a>`;

/** The attribution HTML for each source of the map. */
export function creditsFor(file: StoryFile): Credits {
  const { publisher, agency, date, url } = file.article;
  const label = `Story: ${agency ? `${publisher} / ${agency}` : publisher}, ${formatDate(date)}`;
  const href = safeHttpUrl(url);
  return {
    story: href ? link(href, label) : escapeHtml(label),
    boundaries:
      `Boundaries: ${link('https://www.naturalearthdata.com/', 'Natural Earth')} 1:10m (public domain); ` +
      `${escapeHtml(file.basemap.osmBorder)} ${link('https://www.openstreetmap.org/copyright', '© OpenStreetMap contributors')} (ODbL)`,
    places: `Places: ${link('https://www.geonames.org/', 'GeoNames')} (CC BY 4.0)`,
  };
}
