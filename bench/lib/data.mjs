// Deterministic, valid support-services data of any size for the finder
// benchmark. Names follow real Trust catalogues: a kind of service at a site,
// with a long tail of distinct site names (about one per ten services), as a
// large organisation's catalogue would have. Fictional numbers (Ofcom drama
// range 01632 960xxx) and `.example` addresses only.

const KINDS = [
  'Counselling Service',
  'Staff Support Line',
  'Peer Support Group',
  'Occupational Health Clinic',
  'Money Advice',
  'Chaplaincy',
  'Physiotherapy Self-Referral',
  'Menopause Café',
  'Sleep Clinic',
  'Wellbeing Hub',
  'Schwartz Round',
  'Freedom to Speak Up Guardian',
  'Bereavement Support',
  'Carers Network',
  'Stop Smoking Service',
  'Rest Room',
  'Mindfulness Course',
  'Domestic Abuse Advocate',
  'Legal Advice Line',
  'Trauma Risk Management (TRiM)',
];
const TOPICS = [
  'stress',
  'sleep',
  'money',
  'bullying',
  'grief',
  'menopause',
  'back-pain',
  'anxiety',
  'alcohol',
  'domestic-abuse',
  'career',
  'caring',
  'physical-health',
  'mental-health',
  'fatigue',
  'trauma',
  'speaking-up',
  'smoking',
];
const ADJECTIVES = ['Confidential', 'Free', 'Friendly', 'Practical', 'Specialist', 'Quick', 'Ongoing', 'Same-day'];
const HELPS = [
  'support for staff dealing with',
  'advice for colleagues worried about',
  'sessions for anyone struggling with',
  'help for teams affected by',
  'one-to-one conversations about',
];
const TEAMS = [
  'psychologists',
  'trained volunteers',
  'occupational health nurses',
  'the chaplaincy team',
  'HR advisers',
];
const P = [
  'Ash',
  'Bel',
  'Cal',
  'Dun',
  'Elm',
  'Fen',
  'Glen',
  'Hal',
  'Ivy',
  'Kel',
  'Lang',
  'Mar',
  'Nor',
  'Oak',
  'Pen',
  'Red',
  'Sel',
  'Thorn',
  'Wel',
  'York',
];
const M = ['', 'a', 'er', 'ing', 'o', 'by', 'den', 'ley', 'ton', 'well', 'ford', 'more', 'stead', 'wick', 'field'];
const S = [
  'bridge',
  'moor',
  'vale',
  'ham',
  'cross',
  'gate',
  'mouth',
  'side',
  'hurst',
  'combe',
  'holm',
  'lees',
  'thwaite',
  'by',
  'dale',
  'wood',
  'port',
  'bury',
  'stow',
  'worth',
];

const site = (j) =>
  `${P[j % P.length]}${M[Math.floor(j / P.length) % M.length]}${S[Math.floor(j / (P.length * M.length)) % S.length]}`;
const pick = (list, i) => list[i % list.length];
const words = (topic) => topic.replace('-', ' ');

/** `count` services, the same on every run. */
export function generateServices(count) {
  const services = [];
  for (let i = 0; i < count; i++) {
    const where = site(Math.floor(i / 10) * 7919);
    const topics = [pick(TOPICS, i * 7), pick(TOPICS, i * 11 + 3), pick(TOPICS, i * 13 + 5)].filter(
      (t, k, all) => all.indexOf(t) === k,
    );
    const number = `01632 960 ${String(i % 1000).padStart(3, '0')}`;
    services.push({
      id: `service-${i}`,
      name: `${where} ${pick(KINDS, i)}`,
      summary: `${pick(ADJECTIVES, i * 3)} ${pick(HELPS, i * 5)} ${topics.map(words).join(', ')}, run by ${pick(TEAMS, i * 3 + 1)} at ${where} Hospital.`,
      topics,
      contact:
        i % 3 === 0
          ? { phone: number, email: `support${i}@wellford-valley.example` }
          : { phone: number, url: `https://intranet.wellford-valley.example/support/${i}` },
      hours:
        i % 4 === 0
          ? '24/7'
          : [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: i % 5 === 0 ? '02:00' : '18:00' }],
      formats: i % 2 ? ['phone', 'online'] : ['in-person'],
      access: i % 3 ? 'self-referral' : 'manager-referral',
      confidential: i % 2 === 0,
    });
  }
  return { services };
}
