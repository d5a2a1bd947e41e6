import { foldWord } from './names.js';
import { foldForMatching } from './textLayout.js';

/**
 * The words that mark speech, per language: reporting verbs, "according to", complementisers
 * ("that"), pronouns and titles that refer back to a speaker. Arabic-script entries are folded
 * like the text they are matched against (see foldForMatching).
 */

export type CueLanguage = 'en' | 'ur' | 'ps' | 'fa';

/** verb: "X said"; participle: "…, saying"; act: "X urged/called on" (attributes quotations only). */
export type CueType = 'verb' | 'participle' | 'act' | 'according';

export interface CueLexicon {
  language: CueLanguage;
  verbs: string[];
  participles: string[];
  acts: string[];
  /** "according to X": the speaker follows (en, fa) or precedes (ur, ps) the phrase. */
  according: string[];
  accordingSpeakerFirst: boolean;
  complementisers: string[];
  /** Auxiliaries that may sit between the verb and its complementiser ("کہا ہے کہ"). */
  auxiliaries: string[];
  pronouns: string[];
  roles: string[];
  /** Words that never start or end a speaker mention ("also", "however", "on Monday"). */
  fillers: string[];
}

export const ENGLISH: CueLexicon = {
  language: 'en',
  verbs: [
    'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'warned', 'warns', 'stressed', 'stated',
    'remarked', 'observed', 'explained', 'insisted', 'insists', 'maintained', 'maintains', 'asserted', 'claimed',
    'argued', 'argue', 'argues', 'emphasised', 'emphasized', 'underlined', 'underscored', 'reiterated', 'announced',
    'declared', 'confirmed', 'recalled', 'wrote', 'writes', 'posted', 'tweeted', 'replied', 'responded', 'continued',
    'concluded', 'acknowledged', 'admitted', 'alleged', 'assured', 'informed', 'pointed out', 'went on to say',
  ],
  participles: [
    'saying', 'adding', 'noting', 'stressing', 'warning', 'stating', 'insisting', 'emphasising', 'emphasizing',
    'underlining', 'arguing', 'maintaining', 'asserting', 'claiming', 'pointing out', 'writing', 'telling',
  ],
  acts: ['urged', 'called on', 'called for', 'demanded', 'appealed', 'vowed', 'pledged', 'asked'],
  according: ['according to'],
  accordingSpeakerFirst: false,
  complementisers: ['that'],
  auxiliaries: [],
  pronouns: ['he', 'she', 'they', 'it'],
  roles: [
    'minister', 'spokesman', 'spokesperson', 'spokeswoman', 'envoy', 'ambassador', 'president', 'premier',
    'chief', 'commander', 'general', 'secretary', 'adviser', 'advisor', 'director', 'governor', 'representative',
    'ministry', 'office', 'military', 'army', 'government', 'mission', 'embassy', 'emirate',
  ],
  fillers: [
    'also', 'further', 'however', 'meanwhile', 'then', 'later', 'earlier', 'separately', 'today', 'yesterday',
    'has', 'have', 'had', 'was', 'is', 'were', 'reportedly', 'here', 'and', 'but', 'on', 'monday', 'tuesday',
    'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this', 'week', 'month', 'year', 'night',
  ],
};

export const URDU: CueLexicon = {
  language: 'ur',
  verbs: ['کہا', 'بتایا', 'خبردار کیا', 'زور دیا', 'واضح کیا', 'اعلان کیا', 'دعویٰ کیا', 'انکشاف کیا', 'لکھا', 'کہنا تھا', 'کہنا ہے'],
  participles: [],
  acts: ['مطالبہ کیا', 'اپیل کی'],
  according: ['کے مطابق', 'کے بقول'],
  accordingSpeakerFirst: true,
  complementisers: ['کہ'],
  auxiliaries: ['ہے', 'تھا', 'تھے', 'ہیں', 'گیا'],
  pronouns: ['انہوں', 'انھوں', 'ان', 'اُن', 'وہ'],
  roles: ['ترجمان', 'وزیر', 'مشیر', 'سفیر', 'نمائندہ', 'وزیراعظم', 'صدر'],
  fillers: ['بھی', 'نے', 'کا', 'کی', 'کے'],
};

export const PASHTO: CueLexicon = {
  language: 'ps',
  verbs: [
    'وویل', 'ووېل', 'ویلي دي', 'ویلي', 'ویې ویل', 'وايي', 'وایي', 'زیاته کړه', 'زیاته کړې', 'ټینګار وکړ',
    'ټینګار کړی', 'خبرداری ورکړ', 'خبرداری ورکړی', 'څرګنده کړه', 'ولیکل', 'اعلان وکړ',
  ],
  participles: [],
  acts: ['غوښتنه وکړه'],
  according: ['په وینا', 'په خبره'],
  accordingSpeakerFirst: true,
  complementisers: ['چې'],
  auxiliaries: ['دي', 'دی'],
  pronouns: ['هغه', 'هغوی', 'دوی', 'ده'],
  roles: ['ویاند', 'وزیر', 'استازی', 'مشر', 'سفیر'],
  fillers: ['هم', 'د'],
};

export const DARI: CueLexicon = {
  language: 'fa',
  verbs: [
    'گفت', 'گفته است', 'گفتند', 'می‌گوید', 'افزود', 'افزوده است', 'تأکید کرد', 'تأکید کرده است', 'هشدار داد',
    'هشدار دادند', 'خاطرنشان کرد', 'خاطر نشان کرد', 'اظهار داشت', 'نوشت', 'اعلام کرد', 'ابراز داشت', 'تصریح کرد',
  ],
  participles: [],
  acts: ['خواستار شد', 'درخواست کرد'],
  according: ['به گفته', 'به نقل از'],
  accordingSpeakerFirst: false,
  complementisers: ['که'],
  auxiliaries: ['است'],
  pronouns: ['وی', 'او', 'ایشان', 'آنان', 'آنها'],
  roles: ['سخنگو', 'سخنگوی', 'وزیر', 'سفیر', 'نماینده', 'معاون', 'رئیس'],
  fillers: ['نیز', 'هم', 'همچنین'],
};

export const LEXICONS: readonly CueLexicon[] = [ENGLISH, URDU, PASHTO, DARI];

/**
 * Which lexicons to use for an article: English alone for English text; for anything else all of
 * them, because a script-based language guess can mistake Dari for Pashto or Urdu, and their
 * reporting verbs do not collide.
 */
export function lexiconsFor(language: string | undefined): readonly CueLexicon[] {
  return language?.toLowerCase().split('-')[0] === 'en' ? [ENGLISH] : LEXICONS;
}

/** Nationality words that say which side an unnamed title belongs to ("the Pakistani envoy"). */
export const SIDE_HINTS: Record<'pakistan' | 'afghanistan', string[]> = {
  pakistan: ['pakistan', 'pakistani', 'islamabad', 'پاکستان', 'پاکستانی'],
  afghanistan: ['afghan', 'afghanistan', 'taliban', 'kabul', 'افغان', 'افغانستان', 'امارت', 'طالبان'],
};

/** Honorifics and ranks that precede a name but are not part of it. */
export const HONORIFICS = [
  'senator', 'dr', 'mr', 'mrs', 'ms', 'brig', 'gen', 'general', 'lt', 'col', 'maj', 'capt', 'prof', 'mullah',
  'mawlawi', 'maulvi', 'maulana', 'alhaj', 'haji', 'hafiz', 'qari', 'sheikh', 'engineer', 'retd', 'field', 'marshal',
];

/** Words saying a speaker is unnamed on purpose ("a government source", "analysts"). */
export const ANONYMOUS_MARKERS = [
  'a', 'an', 'some', 'several', 'many', 'source', 'sources', 'official', 'officials', 'analyst', 'analysts', 'expert',
  'experts', 'resident', 'residents', 'observer', 'observers', 'diplomat', 'diplomats', 'trader', 'traders', 'people',
  'یک', 'ایک', 'یو', 'ذرائع', 'منبع', 'منابع', 'شنونکي', 'باشندگان', 'اوسېدونکي', 'تجزیہ',
];

// A phrase as a regex source: folded like the text, spaces and ZWNJ between words interchangeable.
function phraseSource(phrase: string): string {
  return foldForMatching(phrase)
    .split(/[\s\u200c]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\u200c]+');
}

/** A regex matching any of the phrases as whole words in folded text, longest first. */
export function phrasesRegex(phrases: readonly string[], flags = 'gu'): RegExp {
  const sources = [...phrases].sort((a, b) => b.length - a.length).map(phraseSource);
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, flags);
}

/** A set of folded words, for membership tests on token keys (see names.ts). */
export function foldedSet(words: readonly string[]): Set<string> {
  return new Set(words.map(foldWord));
}
