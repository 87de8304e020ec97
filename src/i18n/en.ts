/** English interface strings (the source the other catalogues translate). */
import { STORY_GROUPS, type StoryGroup } from '../map/layers.ts';
import type { Messages } from './messages.ts';

const groups = Object.fromEntries(
  STORY_GROUPS.map((g) => [g.id, { label: g.label, description: g.description }]),
) as Record<StoryGroup, { label: string; description: string }>;

export const en: Messages = {
  kicker: 'A story on the map',
  readOriginal: 'Read the original',
  readOriginalAt: (publisher) => `Read the original at ${publisher}`,
  exportSnapshot: 'Export snapshot',
  placeNames: 'Place names',
  articleStaysEnglish: 'The article stays in its original English.',
  skipToMap: 'Skip to the map',
  skipToArticle: 'Skip to the article',
  show: 'Show',
  tabMap: 'Map',
  tabArticle: 'Article',
  backToArticle: 'Back to the article',
  storyMap: 'Story map',
  article: 'Article',
  placesHeading: 'Places in the story',
  layerHidden: ' (layer hidden)',
  kinds: {
    region: 'Russian region',
    town: 'Town',
    border: 'Border',
    capital: 'Capital city',
    'claimed-territory': 'Ukrainian territory claimed by Moscow',
  },
  occupiedKind: 'Ukrainian territory occupied by Russia since 2014',
  legendHeading: 'Legend and layers',
  groups,
  occupiedKey: 'Dense hatch: occupied by Russia since 2014',
  claimKey: 'Light hatch, dashed edge: claimed as annexed in 2022, a claim over the whole oblast',
  restOfBorder: "Rest of Ukraine's border with Russia",
  countries: 'Ukraine (light) in its internationally recognised borders; Russia (grey)',
  towns: 'Towns, more as you zoom in (GeoNames)',
  mapViews: 'Map views',
  viewKursk: 'Kursk region',
  viewWhole: 'Whole story',
  whatArticleSays: 'What the article says',
  findExcerpts: 'Find the excerpts in the article',
  previousExcerpt: 'Previous excerpt in the article',
  nextExcerpt: 'Next excerpt in the article',
  inTheArticle: (at, of) => `In the article: ${at} of ${of}`,
  paragraph: (n) => `Paragraph ${n}`,
  photoCaption: 'Photo caption',
  photoCaptionPrefix: 'Photo caption: ',
  photo: 'Photo:',
  creditLine: 'Credit line',
  from: 'From',
  computedHeading: 'Computed from the map data',
  computedNote:
    'Computed with Turf from the geometry below, not stated in the article. Great-circle distances.',
  geometry: 'Geometry',
  close: (name) => `Close ${name}`,
  regionNote:
    'The map draws the region’s boundary, not the area Ukraine’s forces hold: the line of control is not shown. Add a control-area layer under Your layers to see it.',
  occupiedNote: 'Occupied by Russia since 2014, which claims to have annexed it.',
  claimNote:
    'Moscow claims to have annexed the whole oblast (2022). The map shows the claim, not who controls which part: the line of control is not shown. Add a control-area layer under Your layers to see it.',
  selected: (name) => `Selected ${name}.`,
  selectionCleared: 'Selection cleared.',
  placesAndLayers: 'Places and layers',
  showInArticle: 'Show it in the article',
  noExcerpt: 'The article does not name this place: it is on the map as context.',
  showOnMap: (names) => `Show ${names} on the map`,
  summary: (named, referred, list) =>
    `The article names ${named.length} of the places on the map: ${list(named)}.` +
    (referred.length
      ? ` The map also draws ${referred.length} it refers to without naming them: ${list(referred)}.`
      : '') +
    ' Use the list of places or the links in the article to select one and read what the article says about it.',
};
