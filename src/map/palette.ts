/** Map colours. Story colours are also read by the legend, the export and the browser tests. */
export const PALETTE = {
  water: '#cddbe5',
  land: '#ecebe5',
  ukraine: '#f9f7f1',
  russia: '#e6e2d9',
  countryLine: '#7d7a73',
  regionLine: '#aaa497',
  townText: '#3a3a3a',
  regionText: '#6b665c',
  halo: '#ffffff',
  /** The story's accent (excerpt marks in the text); never the fill of a whole region. */
  accent: '#e08a00',
  /**
   * A story region is drawn as the administrative unit it is: a dark neutral outline over a
   * light neutral wash, so it does not read as an area someone holds (issue 15).
   */
  areaLine: '#4f4a42',
  areaFill: '#ffffff',
  border: '#6f2b8c',
  /** A highlighted stretch of border (the one the story is about). */
  highlight: '#d7191c',
  storyTown: '#d7191c',
  capital: '#1b1b1b',
  claimed: '#8c2d19',
  select: '#0a58ca',
} as const;

/** Fonts are bundled @font-face families (src/fonts.css); MapLibre draws them with TinySDF. */
export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans Bold'];
