/** Ukrainian interface strings. */
import { shortNumber } from '../story/hash.ts';
import type { Messages } from './messages.ts';

export const uk: Messages = {
  storiesHeading: 'Історії на мапі',
  noSuchStory: (id) => `Історії «${id}» на цьому сайті немає. Ось історії, які тут є.`,
  testFixture: 'Тестовий приклад, не новина: цю статтю написано для тестів.',
  allStories: 'Усі історії',
  link: {
    adjusted: (what) => `Посилання змінено: ${what}.`,
    ignored: (what) => `Частину посилання пропущено: ${what}.`,
    noPlace: (id) => `У цій історії немає місця «${id}». Показано початковий вигляд.`,
    issue: (i) => {
      switch (i.kind) {
        case 'map':
          return `map=${i.value} — це не масштаб/широта/довгота`;
        case 'latitude':
          return `широта ${i.value} поза межами`;
        case 'longitude':
          return `довгота ${i.value} поза межами`;
        case 'place':
          return `place=${i.value} — це не ідентифікатор місця`;
        case 'lang':
          return `lang=${i.value} — не одна з мов en, uk, ru`;
        case 'date':
          return `date=${i.value} — не календарна дата РРРР-ММ-ДД`;
        case 'zoom':
          return `масштаб ${shortNumber(i.value)} поза межами цієї мапи (${i.min}–${i.max}); використано ${i.used}`;
        case 'rotation':
          return 'поворот і нахил пропущено: ця мапа завжди орієнтована на північ і пласка';
      }
    },
  },
  kicker: 'Історія на мапі',
  readOriginal: 'Читати оригінал',
  readOriginalAt: (publisher) => `Читати оригінал на ${publisher}`,
  exportSnapshot: 'Експорт знімка',
  placeNames: 'Назви місць',
  articleStaysEnglish: 'Стаття лишається мовою оригіналу, англійською.',
  skipToMap: 'Перейти до мапи',
  skipToArticle: 'Перейти до статті',
  show: 'Показати',
  tabMap: 'Мапа',
  tabArticle: 'Стаття',
  backToArticle: 'Назад до статті',
  storyMap: 'Мапа історії',
  article: 'Стаття',
  placesHeading: 'Місця в історії',
  layerHidden: ' (шар приховано)',
  kinds: {
    region: 'Регіон',
    town: 'Місто',
    border: 'Кордон',
    capital: 'Столиця',
    'claimed-territory': 'Територія, на яку претендують',
  },
  legendHeading: 'Легенда і шари',
  mapViews: 'Види мапи',
  viewWhole: 'Уся історія',
  whatArticleSays: 'Що пише стаття',
  findExcerpts: 'Знайти уривки в статті',
  previousExcerpt: 'Попередній уривок у статті',
  nextExcerpt: 'Наступний уривок у статті',
  inTheArticle: (at, of) => `У статті: ${at} з ${of}`,
  paragraph: (n) => `Абзац ${n}`,
  photoCaption: 'Підпис до фото',
  photoCaptionPrefix: 'Підпис до фото: ',
  photo: 'Фото:',
  creditLine: 'Примітка',
  from: 'Джерело:',
  facts: {
    area: 'Площа',
    length: 'Довжина',
    distanceTo: (name) => `Відстань до: ${name}`,
    distanceFrom: (name) => `Відстань від: ${name}`,
    inside: 'У межах',
    about: (n) => `близько ${n}`,
    osmBorder: 'кордон OpenStreetMap, роздільність 10 м',
    neOutline: 'контур Natural Earth 1:10m',
    townCentre: 'центр міста за GeoNames',
    betweenTowns: 'між центрами міст за GeoNames',
  },
  computedHeading: 'Обчислено з даних мапи',
  computedNote:
    'Обчислено за допомогою Turf з геометрії нижче; у статті цього немає. Відстані по великому колу.',
  geometry: 'Геометрія',
  close: (name) => `Закрити: ${name}`,
  selected: (name) => `Вибрано: ${name}.`,
  selectionCleared: 'Вибір скасовано.',
  placesAndLayers: 'Місця й шари',
  showInArticle: 'Показати в статті',
  noExcerpt: 'Стаття не називає цього місця: воно на мапі для контексту.',
  showOnMap: (names) => `Показати на мапі: ${names}`,
  summary: (named, referred, list) =>
    `Стаття називає ${named.length} з місць на мапі: ${list(named)}.` +
    (referred.length
      ? ` Мапа також показує ${referred.length}, про які стаття говорить, не називаючи їх: ${list(referred)}.`
      : '') +
    ' Виберіть місце у списку або за посиланням у статті, щоб прочитати, що про нього пише стаття.',
  exportDialog: {
    closeExport: 'Закрити експорт',
    size: 'Розмір',
    presetGroups: {
      view: 'Поточний вигляд',
      social: 'Соцмережі',
      print: 'Друк',
      custom: 'Власний',
    },
    presets: {
      'view-1x': 'Поточний вигляд (1×)',
      'view-2x': 'Поточний вигляд (2×)',
      'social-landscape': 'Соцмережі, горизонтально (1200 × 675 пкс)',
      'social-square': 'Соцмережі, квадрат (1080 × 1080 пкс)',
      'a4-portrait': 'A4, книжкова (210 × 297 мм)',
      'a4-landscape': 'A4, альбомна (297 × 210 мм)',
      'a3-portrait': 'A3, книжкова (297 × 420 мм)',
      'a3-landscape': 'A3, альбомна (420 × 297 мм)',
      'letter-portrait': 'US Letter, книжкова (8,5 × 11 дюймів)',
      'letter-landscape': 'US Letter, альбомна (11 × 8,5 дюйма)',
      custom: 'Власний розмір (пкс)',
    },
    resolution: 'Роздільність',
    customSize: 'Власний розмір у пікселях',
    width: 'Ширина',
    height: 'Висота',
    format: 'Формат',
    jpegQuality: (percent) => `Якість JPEG: ${percent}`,
    titleField: 'Заголовок',
    partTitle: 'Заголовок',
    dateLine: 'Рядок із датою',
    legend: 'Легенда',
    scaleBar: 'Масштабна лінійка',
    northArrow: 'Стрілка на північ',
    labelFor: (name) => `Підпис для: ${name}`,
    labelForNone: 'Підпис вибраного місця (нічого не вибрано)',
    locatorMap: 'Мапа розташування',
    credits: 'Джерела й автори (завжди додаються)',
    previewAlt: 'Попередній перегляд експортованого кадру',
    file: 'Файл:',
    exporting: 'Триває експорт',
    cancel: 'Скасувати',
    export: 'Експортувати',
    preparing: 'Підготовка',
    stages: {
      'Rendering the map': 'Малювання мапи',
      'Placing the labels': 'Розміщення підписів',
      Encoding: 'Кодування',
      'Drawing vectors': 'Малювання векторів',
    },
    done: 'Готово: файл у ваших завантаженнях.',
    failed: (message) => `Не вдалося експортувати: ${message}`,
    cancelled: 'Скасовано.',
    drawingPreview: 'Готуємо попередній перегляд…',
    noPreview: 'Для цих налаштувань попереднього перегляду немає.',
    needsCredit: (layers) =>
      `Укажіть джерело вашого шару ${layers} у розділі «Ваші шари»: кожен експорт його згадує.`,
  },
  dismissNotice: 'Закрити повідомлення',
  userFeature: {
    kind: (n, of) => `Ваш шар · об’єкт ${n} з ${of}`,
    noProperties: 'Цей об’єкт не має властивостей.',
    fromFile: (fileName) => `З файлу ${fileName}, показано як звичайний текст.`,
  },
  userLayers: {
    heading: 'Ваші шари',
    hint: 'Додайте файл мапи або перетягніть його на мапу.',
    limits: (size, features, positions) =>
      `GeoJSON, TopoJSON, KML, KMZ, GPX, Shapefile у zip-архіві, FlatGeobuf або CSV/TSV зі стовпцями широти й довготи, до ${size}, ${features} об’єктів і ${positions} точок.`,
    pick: 'Додати файл шару',
    reading: (file) => `Читаємо ${file}…`,
    notAdded: (file) => `Не додано: ${file}`,
    featureCount: (n) => `об’єктів: ${n}`,
    remove: 'Вилучити',
    removeLabel: (name) => `Вилучити шар ${name}`,
    removed: (name) => `Шар ${name} вилучено.`,
    undo: 'Повернути',
    undoLabel: (name) => `Повернути шар ${name}`,
    styleOf: (name) => `Стиль шару ${name}`,
    colour: 'Колір',
    opacity: 'Непрозорість',
    colourShifted: (role, colour) =>
      `Надто схожий на колір історії (${role}): показано кольором ${colour}.`,
    fileColoursShifted: (name, count) =>
      `${name}: кольорів файлу, схожих на кольори історії, змінено: ${count}.`,
    roles: {
      accent: 'акцент',
      selection: 'виділення',
      border: 'кордон',
      incursion: 'виділена ділянка кордону',
      claimed: 'анексовані регіони',
      regionOutline: 'межа області',
    },
    creditOf: (name) => `Джерело шару ${name}`,
    source: 'Джерело',
    sourcePlaceholder: 'напр. ISW',
    date: 'Дата',
    saveCredit: 'Зберегти джерело',
    creditSaved: (name) => `Джерело шару ${name} збережено.`,
    needsCredit: 'Додайте джерело: без нього експорт неможливий.',
    problems: {
      'no-source': 'Вкажіть джерело: хто створив цю мапу?',
      'source-too-long': 'Джерело має бути коротшим за 120 знаків.',
      'bad-date': 'Дата має бути справжньою, не раніше 1900 року.',
      'future-date': 'Дата не може бути в майбутньому.',
    },
    added: (name, count) => `Додано шар ${name}, об’єктів: ${count}.`,
    duplicate: (file, name) =>
      `${file}: уже є на мапі як шар «${name}» (той самий вміст); повторно не додано`,
    storageFull: (name) =>
      `${name} не вдалося зберегти до наступного візиту: сховище браузера заповнене. Шар лишається на мапі, доки ви не закриєте сторінку.`,
    storageUnavailable:
      'Цей браузер не зберігає ваші шари між візитами (сховище вимкнене або заборонене).',
    restoreDropped: (count) =>
      `Збережених шарів, які не вдалося прочитати і тому вилучено: ${count}.`,
  },
  time: {
    heading: 'Дати у ваших шарах',
    slider: 'Дата, показана на мапі',
    previous: 'Попередня дата',
    next: 'Наступна дата',
    play: 'Програти всі дати',
    showing: (day) => `Показано: ${day}`,
    articleDates: 'Дати зі статті',
    approximate: (day) => `${day} (приблизно)`,
  },
  areaFacts: {
    heading: 'Обчислено з вашого шару',
    area: 'Площа',
    areaValue: (km2) => `близько ${km2} км²`,
    regions: 'Частка областей зі статті',
    share: (percent, region) => `${percent} території: ${region}`,
    lessThan: (percent) => `менше ніж ${percent}`,
    moreThan: (percent) => `понад ${percent}`,
    places: 'Місця зі статті',
    inside: (place) => `${place} лежить у межах цієї ділянки`,
    noPlace: 'Жодне місце зі статті не лежить у межах цієї ділянки.',
    computing: 'Обчислення…',
    failed: 'Для цієї фігури ці дані обчислити не вдалося.',
    note: 'Виміряно за допомогою Turf на контурі вашого шару та областях зі статті (Natural Earth 1:10m): площі до двох значущих цифр, частки в цілих відсотках.',
  },
  userFiles: {
    stages: {
      reading: (file) => `Читання ${file}…`,
      converting: (file) => `Перетворення ${file}…`,
      validating: (file) => `Перевірка ${file}…`,
    },
    cancel: 'Скасувати',
    cancelled: (file) => `Читання ${file} зупинено; нічого не додано.`,
    swapOffer: (layer) =>
      `${layer}: жодна з точок не потрапляє в область цієї мапи, але всі потрапили б, якби поміняти місцями широту й довготу.`,
    swap: (layer) => `Поміняти широту й довготу в шарі ${layer}`,
    drawsNothing: (layer) =>
      `Шар ${layer} нічого не показує в області цієї мапи: він повністю лежить поза регіоном, який вона показує.`,
  },
};
