/** The word stock of the generated news: places, outlets and sentence parts about Pakistan–Afghanistan relations. */

export const PLACES = [
  'Islamabad', 'Kabul', 'Peshawar', 'Torkham', 'Chaman', 'Quetta', 'Kandahar', 'Jalalabad', 'Khost',
  'Kurram', 'North Waziristan', 'South Waziristan', 'Bajaur', 'Khyber', 'Spin Boldak', 'Nangarhar',
  'Paktika', 'Kunar', 'Rawalpindi', 'Lahore', 'Karachi', 'Doha', 'Beijing', 'Tehran', 'Herat', 'Gwadar',
] as const;

export const DATELINES = ['ISLAMABAD', 'KABUL', 'PESHAWAR', 'QUETTA', 'KANDAHAR', 'TORKHAM', 'DOHA'] as const;

export const OUTLETS = [
  'Dawn', 'The Express Tribune', 'The News International', 'Pajhwok Afghan News', 'TOLOnews',
  'Ariana News', 'Khaama Press', 'Geo News', 'Radio Pakistan', 'Bakhtar News Agency', 'Business Recorder', 'Amu TV',
] as const;

export const AUTHORS = [
  'Baqir Sajjad Syed', 'Tahir Khan', 'Kamran Yousaf', 'Ali Akbar', 'Mariana Baabar', 'Zahid Hussain',
  'Sayed Jawad', 'Fazal Rahim', 'Nasratullah Haqpal', 'Shakeel Qarar', 'Iftikhar Firdous',
] as const;

export const SUBJECTS = [
  'the border crossing', 'bilateral trade', 'the transit agreement', 'refugee returns', 'cross-border attacks',
  'the Joint Coordination Committee', 'TTP sanctuaries', 'visa facilitation', 'the railway project',
  'the CASA-1000 power line', 'the TAPI gas pipeline', 'customs clearance at Torkham', 'the fencing of the Durand Line',
  'the repatriation of undocumented Afghans', 'counter-terrorism cooperation', 'the detention of truckers',
  'water sharing on the Kabul River', 'the ceasefire talks in Doha', 'airspace violations', 'medical visas for patients',
] as const;

export const VERBS = [
  'discussed', 'raised concerns over', 'welcomed progress on', 'rejected claims about', 'called for talks on',
  'agreed to review', 'warned against delays in', 'demanded action on', 'praised cooperation on', 'questioned the timing of',
] as const;

export const OBJECTS = [
  'the security of traders', 'the livelihoods of border communities', 'regional stability', 'mutual respect',
  'the sovereignty of both countries', 'a lasting peace', 'the safety of civilians', 'economic connectivity',
  'the dignity of refugees', 'the commitments made in Doha', 'the flow of goods', 'the next round of talks',
] as const;

export const CLAUSES = [
  'no country would be allowed to use its soil against a neighbour',
  'trade would resume once the security situation improved',
  'the government remained committed to dialogue',
  'militants had crossed from the other side before the attack',
  'the allegations were baseless and aimed at diverting attention',
  'both sides needed a mechanism to settle disputes without closing the border',
  'the deadline for the return of undocumented migrants would not be extended',
  'the delegation had been given a list of demands',
  'the committee would meet again within a month',
  'more than two hundred trucks were stranded at the crossing',
  'the transit fee had been cut to encourage exports',
  'the security forces had responded in self-defence',
  'its patience was running out after repeated attacks',
  'the visit marked a new chapter in relations',
] as const;

export const BACKGROUND = [
  'Relations between the two neighbours have been strained since the Taliban returned to power in August 2021.',
  'The crossing is the busiest trade route between the two countries and handles thousands of travellers a day.',
  'Officials said the talks lasted more than three hours and ended with a joint statement.',
  'Traders on both sides say the repeated closures have cost them millions of rupees.',
  'Analysts in the capital said the meeting was a test of whether the new mechanism could hold.',
  'The ministry did not respond to a request for comment by the time this report was filed.',
  'Local elders said the fighting had forced dozens of families to leave their homes overnight.',
  'A spokesman for the provincial government said the situation was under control.',
  'The previous round of talks ended without agreement on the fencing of the frontier.',
  'Pakistan has repeatedly asked Kabul to act against groups it says operate from Afghan territory.',
] as const;

/** Paragraphs in the region's other languages, for articles in them and for passages quoted in English ones. */
export const FOREIGN: Record<'ur' | 'ps' | 'fa', readonly string[]> = {
  ur: [
    'پاکستان اور افغانستان کے درمیان سرحدی تجارت کے معاملے پر اسلام آباد میں مذاکرات ہوئے۔',
    'وزیر خارجہ نے کہا کہ دہشت گردی کے خلاف مشترکہ اقدامات ناگزیر ہیں۔',
    'طورخم کی سرحد تین دن بعد دوبارہ کھول دی گئی اور تجارتی گاڑیوں کی آمد و رفت بحال ہو گئی۔',
    'ترجمان دفتر خارجہ نے کہا کہ پاکستان اپنی خودمختاری کا ہر قیمت پر دفاع کرے گا۔',
    'قبائلی عمائدین نے مطالبہ کیا کہ سرحد کی بندش سے متاثرہ تاجروں کو معاوضہ دیا جائے۔',
  ],
  ps: [
    'د پاکستان او افغانستان ترمنځ د تورخم پوله بیا پرانیستل شوه.',
    'د بهرنیو چارو وزیر وویل چې سوداګري باید بې له خنډه دوام ومومي.',
    'په کابل کې د دواړو هېوادونو پلاوي د کډوالو د بېرته ستنېدو په اړه خبرې وکړې.',
    'سیمه ییزو مشرانو وویل چې د جګړې له امله ډېرې کورنۍ بې ځایه شوې دي.',
    'د اسلامي امارت ویاند وویل چې افغانستان له هېڅ ګاونډي سره شخړه نه غواړي.',
  ],
  fa: [
    'وزیر خارجه افغانستان گفت که روابط با پاکستان باید بر اساس احترام متقابل باشد.',
    'گذرگاه تورخم پس از سه روز دوباره باز شد و رفت و آمد بازرگانان از سر گرفته شد.',
    'هیئت‌های دو کشور در کابل درباره بازگشت مهاجران و تجارت گفتگو کردند.',
    'سخنگوی وزارت دفاع گفت که نیروهای امنیتی در برابر حملات مرزی پاسخ خواهند داد.',
    'کارشناسان می‌گویند بسته شدن مکرر مرز به اقتصاد هر دو کشور آسیب رسانده است.',
  ],
};

/** Verbs of saying in each language, for quotations inside the foreign-language articles. */
export const SAID: Record<'ur' | 'ps' | 'fa', string> = { ur: 'نے کہا', ps: 'وویل', fa: 'گفت' };
