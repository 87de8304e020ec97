/** Russian interface strings. */
import { shortNumber } from '../story/hash.ts';
import type { Messages } from './messages.ts';

export const ru: Messages = {
  storiesHeading: 'Истории на карте',
  noSuchStory: (id) => `Истории «${id}» на этом сайте нет. Вот истории, которые здесь есть.`,
  testFixture: 'Тестовый пример, не новость: эта статья написана для тестов.',
  allStories: 'Все истории',
  link: {
    adjusted: (what) => `Ссылка изменена: ${what}.`,
    ignored: (what) => `Часть ссылки пропущена: ${what}.`,
    noPlace: (id) => `В этой истории нет места «${id}». Показан исходный вид.`,
    issue: (i) => {
      switch (i.kind) {
        case 'map':
          return `map=${i.value} — это не масштаб/широта/долгота`;
        case 'latitude':
          return `широта ${i.value} вне допустимых пределов`;
        case 'longitude':
          return `долгота ${i.value} вне допустимых пределов`;
        case 'place':
          return `place=${i.value} — это не идентификатор места`;
        case 'lang':
          return `lang=${i.value} — не один из языков en, uk, ru`;
        case 'date':
          return `date=${i.value} — не календарная дата ГГГГ-ММ-ДД`;
        case 'zoom':
          return `масштаб ${shortNumber(i.value)} вне пределов этой карты (${i.min}–${i.max}); использован ${i.used}`;
        case 'rotation':
          return 'поворот и наклон пропущены: эта карта всегда ориентирована на север и плоская';
      }
    },
  },
  kicker: 'История на карте',
  readOriginal: 'Читать оригинал',
  readOriginalAt: (publisher) => `Читать оригинал на ${publisher}`,
  exportSnapshot: 'Экспорт снимка',
  placeNames: 'Названия мест',
  articleStaysEnglish: 'Статья остаётся на языке оригинала, английском.',
  skipToMap: 'Перейти к карте',
  skipToArticle: 'Перейти к статье',
  show: 'Показать',
  tabMap: 'Карта',
  tabArticle: 'Статья',
  backToArticle: 'Назад к статье',
  storyMap: 'Карта истории',
  article: 'Статья',
  placesHeading: 'Места в истории',
  layerHidden: ' (слой скрыт)',
  kinds: {
    region: 'Регион',
    town: 'Город',
    border: 'Граница',
    capital: 'Столица',
    'claimed-territory': 'Территория, на которую претендуют',
  },
  legendHeading: 'Легенда и слои',
  mapViews: 'Виды карты',
  viewWhole: 'Вся история',
  whatArticleSays: 'Что пишет статья',
  findExcerpts: 'Найти фрагменты в статье',
  previousExcerpt: 'Предыдущий фрагмент в статье',
  nextExcerpt: 'Следующий фрагмент в статье',
  inTheArticle: (at, of) => `В статье: ${at} из ${of}`,
  paragraph: (n) => `Абзац ${n}`,
  photoCaption: 'Подпись к фото',
  photoCaptionPrefix: 'Подпись к фото: ',
  photo: 'Фото:',
  creditLine: 'Примечание',
  from: 'Источник:',
  facts: {
    area: 'Площадь',
    length: 'Длина',
    distanceTo: (name) => `Расстояние до: ${name}`,
    distanceFrom: (name) => `Расстояние от: ${name}`,
    inside: 'В пределах',
    about: (n) => `около ${n}`,
    osmBorder: 'граница OpenStreetMap, разрешение 10 м',
    neOutline: 'контур Natural Earth 1:10m',
    townCentre: 'центр города по GeoNames',
    betweenTowns: 'между центрами городов по GeoNames',
  },
  computedHeading: 'Вычислено по данным карты',
  computedNote:
    'Вычислено с помощью Turf по геометрии ниже; в статье этого нет. Расстояния по большому кругу.',
  geometry: 'Геометрия',
  close: (name) => `Закрыть: ${name}`,
  selected: (name) => `Выбрано: ${name}.`,
  selectionCleared: 'Выбор снят.',
  placesAndLayers: 'Места и слои',
  showInArticle: 'Показать в статье',
  noExcerpt: 'Статья не называет это место: оно на карте для контекста.',
  showOnMap: (names) => `Показать на карте: ${names}`,
  summary: (named, referred, list) =>
    `Статья называет ${named.length} из мест на карте: ${list(named)}.` +
    (referred.length
      ? ` Карта также показывает ${referred.length}, о которых статья говорит, не называя их: ${list(referred)}.`
      : '') +
    ' Выберите место в списке или по ссылке в статье, чтобы прочитать, что о нём пишет статья.',
  exportDialog: {
    closeExport: 'Закрыть экспорт',
    size: 'Размер',
    presetGroups: { view: 'Текущий вид', social: 'Соцсети', print: 'Печать', custom: 'Свой' },
    presets: {
      'view-1x': 'Текущий вид (1×)',
      'view-2x': 'Текущий вид (2×)',
      'social-landscape': 'Соцсети, горизонтально (1200 × 675 пикс.)',
      'social-square': 'Соцсети, квадрат (1080 × 1080 пикс.)',
      'a4-portrait': 'A4, книжная (210 × 297 мм)',
      'a4-landscape': 'A4, альбомная (297 × 210 мм)',
      'a3-portrait': 'A3, книжная (297 × 420 мм)',
      'a3-landscape': 'A3, альбомная (420 × 297 мм)',
      'letter-portrait': 'US Letter, книжная (8,5 × 11 дюймов)',
      'letter-landscape': 'US Letter, альбомная (11 × 8,5 дюйма)',
      custom: 'Свой размер (пикс.)',
    },
    resolution: 'Разрешение',
    customSize: 'Свой размер в пикселях',
    width: 'Ширина',
    height: 'Высота',
    format: 'Формат',
    jpegQuality: (percent) => `Качество JPEG: ${percent}`,
    titleField: 'Заголовок',
    partTitle: 'Заголовок',
    dateLine: 'Строка с датой',
    legend: 'Легенда',
    scaleBar: 'Масштабная линейка',
    northArrow: 'Стрелка на север',
    labelFor: (name) => `Подпись для: ${name}`,
    labelForNone: 'Подпись выбранного места (ничего не выбрано)',
    locatorMap: 'Карта расположения',
    credits: 'Источники и авторы (всегда включены)',
    previewAlt: 'Предпросмотр экспортируемого кадра',
    file: 'Файл:',
    exporting: 'Идёт экспорт',
    cancel: 'Отмена',
    export: 'Экспортировать',
    preparing: 'Подготовка',
    stages: {
      'Rendering the map': 'Отрисовка карты',
      'Placing the labels': 'Размещение подписей',
      Encoding: 'Кодирование',
      'Drawing vectors': 'Отрисовка векторов',
    },
    done: 'Готово: файл в ваших загрузках.',
    failed: (message) => `Не удалось экспортировать: ${message}`,
    cancelled: 'Отменено.',
    drawingPreview: 'Готовим предпросмотр…',
    noPreview: 'Для этих настроек предпросмотра нет.',
    needsCredit: (layers) =>
      `Укажите источник вашего слоя ${layers} в разделе «Ваши слои»: каждый экспорт его упоминает.`,
  },
  dismissNotice: 'Закрыть уведомление',
  userFeature: {
    kind: (n, of) => `Ваш слой · объект ${n} из ${of}`,
    noProperties: 'У этого объекта нет свойств.',
    fromFile: (fileName) => `Из файла ${fileName}, показано как обычный текст.`,
  },
  userLayers: {
    heading: 'Ваши слои',
    hint: 'Добавьте файл карты или перетащите его на карту.',
    limits: (size, features, positions) =>
      `GeoJSON, TopoJSON, KML, KMZ, GPX, Shapefile в zip-архиве, FlatGeobuf или CSV/TSV со столбцами широты и долготы, до ${size}, ${features} объектов и ${positions} точек.`,
    pick: 'Добавить файл слоя',
    reading: (file) => `Читаем ${file}…`,
    notAdded: (file) => `Не добавлено: ${file}`,
    featureCount: (n) => `объектов: ${n}`,
    remove: 'Удалить',
    removeLabel: (name) => `Удалить слой ${name}`,
    removed: (name) => `Слой ${name} удалён.`,
    undo: 'Вернуть',
    undoLabel: (name) => `Вернуть слой ${name}`,
    styleOf: (name) => `Стиль слоя ${name}`,
    colour: 'Цвет',
    opacity: 'Непрозрачность',
    colourShifted: (role, colour) =>
      `Слишком похож на цвет истории (${role}): показан цветом ${colour}.`,
    fileColoursShifted: (name, count) =>
      `${name}: цветов файла, похожих на цвета истории, изменено: ${count}.`,
    roles: {
      accent: 'акцент',
      selection: 'выделение',
      border: 'граница',
      incursion: 'выделенный участок границы',
      claimed: 'аннексированные регионы',
      regionOutline: 'граница области',
    },
    creditOf: (name) => `Источник слоя ${name}`,
    source: 'Источник',
    sourcePlaceholder: 'напр. ISW',
    date: 'Дата',
    saveCredit: 'Сохранить источник',
    creditSaved: (name) => `Источник слоя ${name} сохранён.`,
    needsCredit: 'Добавьте источник: без него экспорт невозможен.',
    problems: {
      'no-source': 'Укажите источник: кто создал эту карту?',
      'source-too-long': 'Источник должен быть короче 120 знаков.',
      'bad-date': 'Дата должна быть настоящей, не раньше 1900 года.',
      'future-date': 'Дата не может быть в будущем.',
    },
    added: (name, count) => `Добавлен слой ${name}, объектов: ${count}.`,
    duplicate: (file, name) =>
      `${file}: уже есть на карте как слой «${name}» (то же содержимое); повторно не добавлен`,
    storageFull: (name) =>
      `${name} не удалось сохранить до следующего визита: хранилище браузера заполнено. Слой останется на карте, пока вы не закроете страницу.`,
    storageUnavailable:
      'Этот браузер не сохраняет ваши слои между визитами (хранилище выключено или запрещено).',
    restoreDropped: (count) =>
      `Сохранённых слоёв, которые не удалось прочитать и поэтому удалено: ${count}.`,
  },
  time: {
    heading: 'Даты в ваших слоях',
    slider: 'Дата, показанная на карте',
    previous: 'Предыдущая дата',
    next: 'Следующая дата',
    play: 'Проиграть все даты',
    showing: (day) => `Показано: ${day}`,
    articleDates: 'Даты из статьи',
    approximate: (day) => `${day} (приблизительно)`,
  },
  areaFacts: {
    heading: 'Вычислено по вашему слою',
    area: 'Площадь',
    areaValue: (km2) => `около ${km2} км²`,
    regions: 'Доля областей из статьи',
    share: (percent, region) => `${percent} территории: ${region}`,
    lessThan: (percent) => `меньше ${percent}`,
    moreThan: (percent) => `более ${percent}`,
    places: 'Места из статьи',
    inside: (place) => `${place} находится в пределах этого участка`,
    noPlace: 'Ни одно место из статьи не находится в пределах этого участка.',
    computing: 'Вычисление…',
    failed: 'Для этой фигуры эти данные вычислить не удалось.',
    note: 'Измерено с помощью Turf по контуру вашего слоя и областям из статьи (Natural Earth 1:10m): площади до двух значащих цифр, доли в целых процентах.',
  },
  userFiles: {
    stages: {
      reading: (file) => `Чтение ${file}…`,
      converting: (file) => `Преобразование ${file}…`,
      validating: (file) => `Проверка ${file}…`,
    },
    cancel: 'Отмена',
    cancelled: (file) => `Чтение ${file} остановлено; ничего не добавлено.`,
    swapOffer: (layer) =>
      `${layer}: ни одна из точек не попадает в область этой карты, но все попали бы, если поменять местами широту и долготу.`,
    swap: (layer) => `Поменять широту и долготу в слое ${layer}`,
    drawsNothing: (layer) =>
      `Слой ${layer} ничего не показывает в области этой карты: он целиком лежит вне региона, который она показывает.`,
  },
};
