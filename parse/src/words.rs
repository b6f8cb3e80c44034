//! The words the card writes itself, in the languages it ships with. A language not here gets
//! its words from `content/language.txt` (see [`crate::language`]).

use crate::language::Words;

/// Each shipped language's words, by its tag (lowercase: a language, or a language and its
/// script): the "Full story" link, the tab list's default name, the line a card that cannot
/// start shows, and the photo credit around `{credit}`.
const SHIPPED: &[(&str, [&str; 4])] = &[
    (
        "ar",
        [
            "القصة كاملة",
            "الأخبار",
            "تعذّر تحميل الأخبار.",
            "تصوير: {credit}",
        ],
    ),
    (
        "de",
        [
            "Zum ganzen Artikel",
            "Nachrichten",
            "Die Nachrichten konnten nicht geladen werden.",
            "Foto: {credit}",
        ],
    ),
    (
        "en",
        [
            "Full story",
            "News articles",
            "The news could not load.",
            "Photo by {credit}",
        ],
    ),
    (
        "es",
        [
            "Noticia completa",
            "Noticias",
            "No se pudieron cargar las noticias.",
            "Foto: {credit}",
        ],
    ),
    (
        "fa",
        [
            "متن کامل خبر",
            "اخبار",
            "بارگذاری اخبار ممکن نشد.",
            "عکس: {credit}",
        ],
    ),
    (
        "fr",
        [
            "Lire l’article complet",
            "Actualités",
            "Les actualités n’ont pas pu être chargées.",
            "Photo\u{a0}: {credit}",
        ],
    ),
    (
        "he",
        [
            "לכתבה המלאה",
            "חדשות",
            "לא ניתן היה לטעון את החדשות.",
            "צילום: {credit}",
        ],
    ),
    (
        "it",
        [
            "Leggi l’articolo completo",
            "Notizie",
            "Impossibile caricare le notizie.",
            "Foto: {credit}",
        ],
    ),
    (
        "ja",
        [
            "記事全文",
            "ニュース",
            "ニュースを読み込めませんでした。",
            "写真：{credit}",
        ],
    ),
    (
        "nl",
        [
            "Lees het hele artikel",
            "Nieuws",
            "Het nieuws kon niet worden geladen.",
            "Foto: {credit}",
        ],
    ),
    (
        "pt",
        [
            "Leia a notícia completa",
            "Notícias",
            "Não foi possível carregar as notícias.",
            "Foto: {credit}",
        ],
    ),
    (
        "ru",
        [
            "Читать полностью",
            "Новости",
            "Не удалось загрузить новости.",
            "Фото: {credit}",
        ],
    ),
    (
        "tr",
        [
            "Haberin tamamı",
            "Haberler",
            "Haberler yüklenemedi.",
            "Fotoğraf: {credit}",
        ],
    ),
    (
        "uk",
        [
            "Читати повністю",
            "Новини",
            "Не вдалося завантажити новини.",
            "Фото: {credit}",
        ],
    ),
    (
        "zh",
        ["阅读全文", "新闻", "新闻无法加载。", "摄影：{credit}"],
    ),
    (
        "zh-hant",
        ["閱讀全文", "新聞", "新聞無法載入。", "攝影：{credit}"],
    ),
];

/// The shipped words for the language `tag` (`fr-CA` takes `fr`'s; Chinese written in
/// traditional characters, `zh-Hant` or as in Taiwan, Hong Kong and Macao, `zh-hant`'s).
pub(crate) fn shipped(tag: &str) -> Option<Words> {
    let lower = tag.to_ascii_lowercase();
    let mut subtags = lower.split('-');
    let language = subtags.next().unwrap_or_default();
    let rest: Vec<&str> = subtags.collect();
    let traditional = language == "zh"
        && (rest.contains(&"hant")
            || (!rest.contains(&"hans") && ["tw", "hk", "mo"].iter().any(|r| rest.contains(r))));
    let key = if traditional { "zh-hant" } else { language };
    SHIPPED.iter().find(|(shipped, _)| *shipped == key).map(
        |(_, [full_story, tab_list, failure, credit])| Words {
            full_story: (*full_story).to_owned(),
            tab_list: (*tab_list).to_owned(),
            failure: (*failure).to_owned(),
            credit: (*credit).to_owned(),
        },
    )
}

/// The tags of the shipped languages.
pub fn shipped_languages() -> impl Iterator<Item = &'static str> {
    SHIPPED.iter().map(|(tag, _)| *tag)
}
