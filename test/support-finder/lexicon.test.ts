import { expect } from '@open-wc/testing';
import type { Service } from '../../src/core/data/schemas.js';
import { ACRONYMS, LEXICON } from '../../src/support-finder/lexicon.js';
import { search, words } from '../../src/support-finder/search.js';
import { indexServices } from '../../src/support-finder/service-index.js';
import { TOPICS } from '../../src/support-finder/strings.js';
import { builtInSynonyms } from '../../src/support-finder/synonyms.js';

const service = (id: string, name: string, topics: string[] = [], summary = ''): Service => ({
  id,
  name,
  summary: summary || name,
  topics,
  contact: {},
});
const finder = (services: Service[], synonyms?: Record<string, string[]>) => {
  const index = indexServices(services, synonyms);
  return (query: string) => (search(index, query) ?? []).map((i) => services[i]!.id);
};

describe('support finder search: acronyms and short words', () => {
  const services = [
    service('oh', 'Occupational Health'),
    service('people', 'Human Resources advice line'),
    service('eap', 'Employee Assistance Programme'),
    service('ftsu', 'Freedom to Speak Up Guardians'),
    service('mhfa', 'Mental Health First Aiders'),
    service('trim', 'Trauma Risk Management practitioners'),
    service('psychology', 'Psychological support', ['difficult-events'], 'After a difficult event at work.'),
    service('urgent', 'Urgent help', [], 'Call 999 or go to accident and emergency.'),
    service('gp', 'Registering with a general practitioner'),
    service('desk', 'Information technology service desk'),
  ];
  const top = finder(services);

  it('finds what OH, HR, EAP, FTSU, MHFA, TRiM, PTSD, A&E, GP and IT stand for', () => {
    const cases: Array<[string, string]> = [
      ['OH', 'oh'],
      ['oh referral', 'oh'],
      ['HR', 'people'],
      ['hr', 'people'],
      ['EAP', 'eap'],
      ['FTSU', 'ftsu'],
      ['ftsu', 'ftsu'],
      ['MHFA', 'mhfa'],
      ['TRiM', 'trim'],
      ['trim', 'trim'],
      ['PTSD', 'psychology'], // through the lexicon: a difficult event
      ['A&E', 'urgent'],
      ['a & e', 'urgent'],
      ['GP', 'gp'],
      ['IT', 'desk'],
    ];
    for (const [query, id] of cases) expect(top(query)[0], query).to.equal(id);
  });

  it('matches an acronym the data spells out, and the other way round', () => {
    const find = finder([service('oh', 'Workplace health (OH)'), service('other', 'Something else')]);
    expect(find('occupational health')[0]).to.equal('oh');
    expect(find('OH')[0]).to.equal('oh');
  });

  it('keeps the word "it" apart from IT, the acronym written in capitals', () => {
    const index = indexServices(services);
    expect(search(index, 'it')).to.equal(undefined); // a short common word: nothing to search for
    expect(search(index, 'It')).to.equal(undefined);
    expect(top('it keeps crashing, I need IT')[0]).to.equal('desk');
  });

  it('still ignores other short words', () => {
    expect(words('is me an ox')).to.deep.equal([]);
    expect(words('I need OH')).to.deep.equal(words('OH'));
  });

  it('lets a Trust add its own short words and acronyms in its synonyms', () => {
    const data = [
      service('physio', 'Physiotherapy', ['physical-health']),
      service('pals', 'Patient advice', ['complaints']),
    ];
    expect(search(indexServices(data), 'OT')).to.equal(undefined); // a short word, ignored
    const own = finder(data, { OT: ['physical-health'], PALS: ['complaints'] });
    expect(own('OT')).to.deep.equal(['physio']);
    expect(own('ot referral')).to.deep.equal(['physio']);
    expect(own('pals')).to.deep.equal(['pals']);
  });
});

describe('support finder search: the built-in lexicon', () => {
  const entries = LEXICON.split('|').map((entry) => {
    const [topic, lists] = entry.split('=') as [string, string];
    const [english, welsh] = lists.split(';').map((list) => list.split(','));
    return { topic, english: english!, welsh: welsh! };
  });

  it('is data: each topic has English and Welsh words, none empty or repeated', () => {
    expect(entries.length).to.be.at.least(20);
    for (const { topic, english, welsh } of entries) {
      expect(topic, topic).to.match(/^[a-z]+(-[a-z]+)*$/);
      expect(english.length, topic).to.be.at.least(3);
      expect(welsh.length, topic).to.be.at.least(3);
      for (const list of [english, welsh]) {
        expect(
          list.filter((w) => !w.trim() || w !== w.trim().toLowerCase()),
          topic,
        ).to.deep.equal([]);
        expect(new Set(list).size, `${topic}: a word twice`).to.equal(list.length);
      }
    }
    expect(new Set(entries.map((e) => e.topic)).size).to.equal(entries.length);
  });

  it('covers the standard topics and the ones staff asked for', () => {
    const topics = entries.map((e) => e.topic);
    expect(topics).to.include.members(Object.keys(TOPICS));
    expect(topics).to.include.members(['alcohol-and-drugs', 'smoking', 'discrimination', 'housing', 'work', 'family']);
  });

  it('parses into English and Welsh synonyms, once', () => {
    const [SYNONYMS, SYNONYMS_CY] = builtInSynonyms();
    expect(builtInSynonyms()[0]).to.equal(SYNONYMS);
    expect(SYNONYMS['skint']).to.deep.equal(['money']);
    expect(SYNONYMS_CY['dyled']).to.deep.equal(['money']);
    expect(SYNONYMS['overdose']).to.have.members(['crisis', 'alcohol-and-drugs']);
  });

  it('finds its topic for every word and phrase in it, in either language', () => {
    const services = entries.map(({ topic }) => service(topic, `Service ${topic.length}`, [topic]));
    const find = finder(services);
    const lost: string[] = [];
    for (const { topic, english, welsh } of entries) {
      for (const word of [...english, ...welsh]) if (!find(word).includes(topic)) lost.push(`${word} → ${topic}`);
    }
    expect(lost).to.deep.equal([]);
  });

  it('lists its acronyms as "key=words"', () => {
    for (const entry of ACRONYMS.split(',')) expect(entry).to.match(/^([a-z]+|[A-Z]+)=[a-z ]+$/);
  });

  it('finds the three kinds of staff language the old finder missed: a plain medical word, a behaviour, workload', async () => {
    const data = (await (await fetch('/test/support-finder/eval/catalogue.json')).json()) as { services: Service[] };
    const find = finder(data.services);
    expect(find('insomnia').slice(0, 3)).to.include('sleep');
    expect(find('drinking too much').slice(0, 3)).to.include('alcohol-drugs');
    expect(find('too much work').slice(0, 3)).to.include.oneOf([
      'staff-psychology',
      'eap',
      'wellbeing-hub',
      'pna',
      'coaching',
    ]);
  });

  it('finds the right service for plain words, slang and Welsh variants it was not tuned on (issue #16)', async () => {
    const data = (await (await fetch('/test/support-finder/eval/catalogue.json')).json()) as { services: Service[] };
    const find = finder(data.services);
    const cases: Array<[string, string[]]> = [
      ['tinnitus', ['occupational-health']],
      ['trapped nerve', ['physio', 'occupational-health']],
      ['financial worries', ['money-advice', 'hardship-fund', 'salary-finance']],
      ['alcoholics anonymous', ['alcohol-drugs']], // a plural of a lexicon word
      ['hapchwarae', ['alcohol-drugs']],
      ['wedi ymlâdd', ['sleep', 'rest-spaces']],
      ['dwi’n becso drwy’r amser', ['staff-psychology', 'eap', 'online-cbt', 'mhfa']],
      ['pen tost', ['occupational-health']],
      ['misgendered', ['lgbt-network']],
      ['she hits me', ['domestic-abuse']],
      ['my dad passed', ['bereavement']],
      ['interview prep', ['coaching']],
      // the sixth round (fresh-4.json's tuning half and fresh-3.json's retired half), in other words
      ['repetitive strain injury', ['physio', 'occupational-health']],
      ['klarna payments', ['money-advice', 'hardship-fund', 'salary-finance']],
      ['text to speech software', ['assistive-tech']],
      ['screen magnifier', ['assistive-tech']],
      ['ga i decstio rhywun', ['shout']], // the text format's Welsh words, mutated
      ['blue light card', ['staff-discounts']],
      ['tupe transfer', ['hr-advice', 'unions']],
      ["maen nhw'n pigo arna i", ['ftsu', 'unions', 'hr-advice']],
      ['help gyda chyfweliad', ['coaching']],
      ['deadnamed at work', ['lgbt-network']],
      // the seventh round (fresh-5.json's tuning half and fresh-4.json's retired half), in other words
      ['dissociating on shift', ['staff-psychology', 'eap', 'mhfa']],
      ['attended a road traffic collision', ['trim', 'staff-psychology']],
      ['scared of repercussions', ['ftsu']],
      ['partner reads my messages', ['domestic-abuse']],
      ['heel pain from standing', ['physio', 'occupational-health']],
      ['got a ccj letter', ['money-advice']],
      ['on site accommodation', ['housing']],
      ['methu ymdopi o gwbl', ['eap', 'staff-psychology', 'mhfa', 'wellbeing-hub']],
      ['ffaelu mynd mlaen', ['samaritans', 'shout', 'urgent-help']], // South Walian "can't", a crisis phrase
      ['want to unalive myself', ['samaritans', 'shout', 'urgent-help']],
      ['a patient bit me', ['violence-aggression']],
      ['phsyio', ['physio']], // one typo from a word that brings others
      ['selfharm', ['samaritans', 'shout', 'urgent-help']], // a phrase written as one word
      // the eighth round (fresh-6.json's tuning half and fresh-5.json's retired half), in other words
      ['i hate myself so much', ['staff-psychology', 'eap', 'online-cbt', 'mhfa']],
      ['im not eating', ['staff-psychology', 'eap']],
      ['namaz room', ['chaplaincy']],
      ['where can i do wudu', ['chaplaincy']],
      ['boiler packed in', ['hardship-fund', 'money-advice']],
      ['want to press charges against a relative', ['violence-aggression']],
      ['pumping milk on shift', ['parents']],
      ['nurse from the philippines', ['race-network']],
      ['GAD diagnosis', ['online-cbt', 'staff-psychology', 'eap']],
      ['reaction to the gloves', ['occupational-health']],
      ['osteoarthritis', ['physio']],
      ['colleague sent explicit photos', ['sexual-safety']],
      ['excercise classes for staff', ['gym']], // a common misspelling
      ['phsycologist', ['staff-psychology']], // two typos: a spelling of its own
      ['my ex keeps turning up at work', ['domestic-abuse']],
      ['team upset after a patient suicide', ['trim', 'staff-psychology', 'pna', 'schwartz-rounds']],
      ['flash back to the arrest', ['trim', 'staff-psychology']],
      ['my aunt killed herself', ['bereavement']],
      ['moving to the area to start a new job', ['housing']],
      ["wedi stresio'n llwyr", ['eap', 'wellbeing-hub', 'mindfulness', 'staff-psychology']],
      ['mae popeth yn ormod heddiw', ['eap', 'wellbeing-hub', 'mhfa', 'staff-psychology']],
      ['dw i ddim fel fi fy hun', ['eap', 'mhfa', 'wellbeing-hub', 'staff-psychology']],
      ['menopaws', ['menopause']],
      ["dw i'n ddyslecsig", ['assistive-tech', 'disability-network']],
      ['codais bryder am ddiogelwch cleifion', ['ftsu', 'unions']],
      ['wedi llosgi mas', ['staff-psychology', 'eap', 'wellbeing-hub', 'pna']],
      ['ymarfer myfyriol', ['schwartz-rounds', 'pna']],
      ['anaf moesol', ['staff-psychology', 'schwartz-rounds', 'pna']],
      ['llety ar y safle', ['housing']],
      ['rhywle i fyw', ['housing']],
      ['tynnu llaeth yn y gwaith', ['parents']],
      ['absenoldeb diogel', ['domestic-abuse']],
      // the ninth round (fresh-7.json's tuning half and fresh-6.json's retired half), in other words
      ['sciatica down my left leg', ['physio']],
      ['feeling a bit down lately', ['staff-psychology', 'eap', 'mhfa', 'wellbeing-hub', 'online-cbt']],
      ['my heads gone', ['staff-psychology', 'eap', 'mhfa', 'wellbeing-hub']],
      ['nodding off on the drive home', ['sleep', 'occupational-health', 'rest-spaces']],
      ['bladdered most nights', ['alcohol-drugs']],
      ['scratch cards', ['alcohol-drugs']],
      ['fasting during ramadan on shift', ['chaplaincy', 'occupational-health']],
      ['sight loss', ['disability-network', 'assistive-tech']],
      ['gypsy traveller staff', ['race-network']],
      ['micro aggression from a colleague', ['race-network', 'ftsu']],
      ['traumatised after the crash', ['trim', 'staff-psychology']],
      ['found a body on the way in', ['trim', 'staff-psychology']],
      ['sudden infant death at work', ['trim', 'staff-psychology', 'eap']],
      ['emdr therapy', ['staff-psychology']],
      ['a patient exposed himself', ['sexual-safety']],
      ['pstd', ['staff-psychology', 'trim']],
      ['angry patients on reception', ['violence-aggression']],
      ['breast feeding at work', ['parents']],
      ['still born', ['baby-loss']],
      ['colour blind', ['disability-network', 'race-network', 'lgbt-network', 'assistive-tech']],
      ['fflyshys poeth', ['menopause']],
      ['fflysiadau poeth', ['menopause']],
      ['poen yn fy arddwn', ['physio']],
      ['trwm fy nghlyw', ['disability-network', 'assistive-tech']],
      ['colli fy nghlyw', ['disability-network', 'assistive-tech']],
      ['ôl-drafodaeth ar ôl shifft anodd', ['trim', 'staff-psychology', 'schwartz-rounds', 'pna']],
      ['beth yw fy hawliau', ['hr-advice', 'unions']],
      ['newid patrwm shifft', ['hr-advice', 'unions']],
      ['clefyd y galon', ['health-checks']],
      ['cysgu ar soffa', ['housing']],
      ['sipsiwn a theithwyr', ['race-network']],
      ['teimlo’n unig yn y gwaith', ['eap', 'mhfa', 'wellbeing-hub', 'staff-psychology']],
      // the tenth round (fresh-8.json's tuning half and fresh-7.json's retired half), in other words; a death at work, a death of one's own
      ['patient died in resus today', ['trim', 'staff-psychology', 'pna', 'schwartz-rounds']],
      ['babi wedi marw ar y ward heddiw', ['trim', 'staff-psychology', 'pna', 'schwartz-rounds']],
      ['my nan died on the ward', ['bereavement']],
      ['termination for medical reasons', ['baby-loss']],
      ['hypermobility', ['physio', 'disability-network']],
      ['heart attack last year', ['health-checks', 'physio']],
      ['not in a good place', ['eap', 'mhfa', 'staff-psychology', 'wellbeing-hub']],
      ['broke down at work', ['eap', 'mhfa', 'staff-psychology', 'wellbeing-hub']],
      ['mass casualty incident', ['trim', 'staff-psychology']],
      ['the patient didnt make it', ['trim', 'staff-psychology', 'schwartz-rounds', 'pna']],
      ['frozen out by the team', ['ftsu', 'unions']],
      ['need to flee my partner', ['domestic-abuse']],
      ['lbgt network', ['lgbt-network']],
      ['screenreader', ['assistive-tech']],
      ['manger bullying me', ['ftsu', 'unions', 'hr-advice']],
      ['burnt out reg', ['doctors-support']],
      ['ffitrwydd', ['gym']],
      ['sesiwn ôl-drafod', ['trim', 'schwartz-rounds', 'pna']],
      ['ystafell dawel', ['rest-spaces']],
      ['pyliau o wres', ['menopause']],
      ['dod o wlad arall', ['race-network']],
      ['gwarchodwraig', ['childcare']],
      ['newid fy nghytundeb', ['hr-advice', 'unions']],
      ['cyfnod prawf', ['hr-advice', 'unions']],
      ['gordaliad', ['hr-advice', 'money-advice']],
      // the eleventh round (fresh-9.json's tuning half and fresh-8.json's retired half), in other words
      ['living with MS', ['disability-network', 'occupational-health']],
      ['syndrom twyllwr', ['coaching']],
      ['mae fy mab yn dost', ['carers']],
      ['cocên', ['alcohol-drugs']],
      ['dim amynedd o gwbl', ['eap', 'staff-psychology', 'mhfa', 'wellbeing-hub', 'online-cbt']],
      ['ar ben fy nhennyn', ['eap', 'staff-psychology', 'mhfa', 'wellbeing-hub']],
      ['rhywun yn cyffwrdd fy mhen-ôl', ['sexual-safety']],
      ['ataliaeth ar y ward', ['violence-aggression']],
      ['gweithio llai o oriau', ['hr-advice', 'unions']],
      // the twelfth round (fresh-10.json's tuning half and fresh-9.json's retired half), in other words
      ['lost my temper at home again', ['eap', 'staff-psychology', 'mhfa', 'wellbeing-hub', 'online-cbt']],
      ['teimlo’n anhapus ers wythnosau', ['eap', 'staff-psychology', 'mhfa', 'wellbeing-hub', 'online-cbt']],
      ['colli fy nhymer efo pawb', ['eap', 'staff-psychology', 'mhfa', 'wellbeing-hub', 'online-cbt']],
      ['teimlo’n fflat a blinedig', ['eap', 'staff-psychology', 'mhfa', 'wellbeing-hub', 'online-cbt']],
      ['my sponsorship is ending soon', ['hr-advice', 'eap', 'unions']],
      ['called to the coroners court', ['unions', 'hr-advice']],
      ['sweating buckets at work', ['menopause', 'occupational-health']],
      ['is there a pastor', ['chaplaincy']],
      ['yfad gormod bob penwythnos', ['alcohol-drugs']],
      // the thirteenth round (fresh-11.json's tuning half and fresh-10.json's retired half), in other words
      ['he hurt his back on a transfer', ['physio', 'occupational-health']],
      ['manual handling injury', ['physio', 'occupational-health']],
      ['knee replacement next month', ['physio', 'occupational-health', 'hr-advice']],
      ['a patient keeps hitting on me', ['sexual-safety']],
      ['i think something unsafe is going on', ['ftsu']],
      ['the manager covered up an error', ['ftsu']],
      ['cant stop seeing his face', ['trim', 'staff-psychology', 'eap']],
      ['paediatric arrest on shift', ['trim', 'staff-psychology', 'pna', 'schwartz-rounds']],
      ['did last offices today and cant shake it', ['trim', 'staff-psychology', 'schwartz-rounds']],
      ['hits me when he drinks', ['domestic-abuse']],
      ['thinking about a change of specialty', ['coaching']],
      ['a porter keeps messaging me', ['sexual-safety', 'ftsu']],
      ['a needle went into my finger', ['occupational-health']],
      ['trying to quit rollies', ['stop-smoking']],
      ['the registrar put his hand on my thigh', ['sexual-safety', 'ftsu']],
      // the fourteenth round (fresh-12.json's tuning half and fresh-11.json's retired half), in other words
      ['my partner miscarried at the weekend', ['baby-loss']],
      ['lost the wife at christmas', ['bereavement', 'eap']],
      ['got mugged leaving the car park', ['violence-aggression', 'eap', 'trim']],
      ['burnt my hand on the urn at work', ['occupational-health']],
      ['can someone check my heart', ['health-checks', 'occupational-health']],
      ['cant hear patients on the phone any more', ['assistive-tech', 'occupational-health', 'disability-network']],
      ['my sister says her husband hits her', ['domestic-abuse', 'eap']],
      ['a caller died while i was on the phone', ['trim', 'staff-psychology', 'eap']],
      ['bad night on the unit', ['trim', 'pna', 'staff-psychology', 'schwartz-rounds']],
      ['got an inquest coming up', ['unions', 'staff-psychology', 'eap']],
      ['SUI meeting tomorrow', ['trim', 'unions']],
      ['neighbours making my life hell', ['housing', 'eap']],
      ['hyperemesis again with this pregnancy', ['parents', 'hr-advice', 'occupational-health']],
      ['staying on a friends sofa for now', ['housing']],
      ['no changing rooms i can use as a trans woman', ['lgbt-network', 'hr-advice']],
      ['mae ’mhengliniau i’n brifo', ['physio', 'occupational-health']],
      ['fi sy’n dishgwl ar ei hôl hi', ['carers']],
      ['gwraig yn sâl ac angen amser', ['carers', 'hr-advice']],
      ['dwi’m yn ok o gwbl', ['mhfa', 'eap', 'wellbeing-hub', 'staff-psychology', 'online-cbt']],
      ['wi’n ddyslecsig', ['assistive-tech', 'disability-network']],
      ['they call me by a nickname because nobody tries to say my name', ['race-network', 'ftsu']],
      ['siarad am fy mhensiwn', ['pensions']], // pensiwn brings its plural, pensiynau, in the service's Welsh name
      ['dw i’n methu stopo meddwl am y peth', ['trim', 'staff-psychology', 'pna']],
      ['cael row gan y rheolwr', ['ftsu', 'unions', 'hr-advice']],
      ['gwall meddyginiaeth ar y ward', ['pna', 'unions', 'staff-psychology', 'trim']],
      ['pobl yn gwawdio fy acen', ['ftsu', 'unions', 'hr-advice']],
      ['partner yn checkio ffôn fi', ['domestic-abuse']],
      // the sixteenth round (fresh-14.json's tuning half and fresh-13.json's tuning half), in other words
      ['ketamine habit', ['alcohol-drugs']],
      ['enforcement agent at the door', ['money-advice', 'eap']],
      ['a county court judgment came', ['money-advice', 'eap']],
      ['our car failed its mot', ['hardship-fund', 'salary-finance', 'money-advice']],
      ['lost a week’s wages at the bookies', ['alcohol-drugs', 'money-advice']],
      ['gave a patient the wrong dose', ['pna', 'trim', 'staff-psychology', 'schwartz-rounds']],
      ['someone outed me at work', ['lgbt-network', 'ftsu']],
      ['my stammer gets worse on the phone', ['disability-network', 'assistive-tech']],
      // the seventeenth round: not knowing where to start is a reason to ask the generalists
      ['no idea what support there is for me', ['wellbeing-hub', 'mhfa', 'eap']],
      ['pa gymorth sydd ar gael i mi', ['wellbeing-hub', 'mhfa', 'eap']],
      ['not sure where to begin, who do i turn to', ['wellbeing-hub', 'mhfa', 'eap']],
      ['relapsed after two years sober', ['alcohol-drugs']],
      ['sobr ers blwyddyn ond ofn y parti', ['alcohol-drugs']],
      ['lle i gau’n llygaid am ychydig', ['rest-spaces']],
      ['he took out a loan in my name', ['domestic-abuse', 'money-advice']],
      ['lost my confidence after a mistake', ['coaching', 'pna', 'staff-psychology', 'eap']],
      ['hunllefau ers y digwyddiad', ['staff-psychology', 'trim', 'eap']],
      // the eighteenth round (fresh-16.json's tuning half, fresh-15.json retired): two words typed as one,
      // asking for help and nothing more, everyday words
      ['cantcope', ['mhfa', 'eap', 'wellbeing-hub', 'staff-psychology', 'online-cbt']],
      ['NECKPAIN', ['physio']],
      ['please help', ['wellbeing-hub', 'mhfa', 'eap']],
      ["I need support but I'm not sure what kind", ['wellbeing-hub', 'mhfa', 'eap']],
      ['visitors swearing at me in reception', ['violence-aggression']],
      ['landlord is kicking me out next month', ['housing']],
      ["had a miscarriage last week and I'm back on the ward tomorrow", ['baby-loss']],
      ['my mother passed on friday', ['bereavement', 'eap', 'chaplaincy']],
      ['cannot make it to the end of the month on my pay', ['money-advice', 'hardship-fund', 'staff-pantry']],
      ['chemo starts next week and I want to keep working', ['occupational-health']],
      ['ER meeting next week', ['hr-advice', 'unions']],
      ['rca meeting about the fall', ['unions', 'pna', 'eap']],
      ['daycare near the hospital', ['childcare']],
      ['chickenpox immunity check', ['occupational-health']],
      ['the call where he stopped breathing is on a loop in my head', ['trim', 'staff-psychology', 'pna']],
      ['take her to all her hospital appointments', ['carers', 'hr-advice']],
      ['ymchwiliad yn fy erbyn', ['unions', 'hr-advice', 'eap']],
      ['chwythu chwiban ar y ward', ['ftsu']],
      ['llithro ar y llawr', ['physio', 'occupational-health']],
      ['methu diffodd ar ôl shifft', ['mindfulness', 'online-cbt', 'sleep', 'staff-psychology', 'pna']],
      ['maen nhw’n siarad amdana i', ['ftsu', 'hr-advice', 'unions', 'eap']],
      ['dwi’n disgwyl babi', ['parents', 'occupational-health']],
      // the twentieth round (every tuning part): a death at work by a shift, a crisis word about a
      // patient, and a service for some staff groups (doctors) for the queries that name them
      ['stillbirth on my shift and i keep going over it', ['trim', 'pna', 'staff-psychology']],
      ['a resident took their own life on the unit', ['trim', 'staff-psychology', 'schwartz-rounds']],
      ['failed my royal college exam', ['doctors-support']],
      ['anxious junior doctor', ['doctors-support']],
      // the twenty-first round (fresh-19.json's tuning half and fresh-18.json's retired half): name-calling,
      // skin colour, being attacked, skin problems from work, benefits for a child
      ['a relative called me names about my colour', ['race-network', 'ftsu']],
      ['maen nhw’n galw enwau arna i', ['ftsu', 'race-network']],
      ['dermatitis from the gloves', ['occupational-health']],
      ['croen sych o olchi dwylo', ['occupational-health']],
      ['dla renewal', ['money-advice', 'hardship-fund']],
      // the twenty-second round (fresh-20.json's tuning half and fresh-19.json's retired half): harm from
      // work's tools, a cremation, dialect, leaving an abusive partner, lifting patients and tribunals in Welsh
      ['white finger from the hedge trimmer', ['occupational-health']],
      ['scalded my arm on the dishwasher', ['occupational-health']],
      ['electric shock off a plug socket on the ward', ['occupational-health']],
      ['my nans cremation is on tuesday', ['bereavement', 'eap', 'chaplaincy']],
      ['the gaffer has got it in for me', ['ftsu', 'unions', 'hr-advice']],
      ['the registrar talks to me like a child', ['ftsu', 'unions', 'hr-advice']],
      ['me da passed at the weekend', ['bereavement', 'eap', 'chaplaincy']],
      ['how do i leave him safely', ['domestic-abuse']],
      ['bit of a rough patch lately', ['eap', 'wellbeing-hub', 'staff-psychology', 'mhfa', 'online-cbt']],
      ['codi claf heb hoist', ['physio', 'occupational-health']],
      ['tribiwnlys', ['unions', 'hr-advice']],
      ['threatened by a relative on the ward', ['violence-aggression']],
      ['feel invisible on this ward', ['mhfa', 'staff-psychology', 'wellbeing-hub', 'eap']],
      ['dirty jokes in the staff room', ['ftsu', 'sexual-safety']],
      ['got told off in front of everyone', ['ftsu', 'unions', 'hr-advice']],
      // a time of night finds what is open then
      ['anyone to talk to at 3am', ['samaritans', 'shout', 'eap']],
      ['angen siarad efo rhywun ganol nos', ['samaritans', 'shout', 'eap']],
      // the twenty-third round (fresh-21.json's tuning half and fresh-20.json's retired half): money a bit
      // tight, a child's complex needs, asbestos, relatives asking for a white nurse, a head melted, a
      // space typed inside a word, Welsh "isal" and a place to stay
      ['things are a bit tight this month', ['money-advice', 'hardship-fund', 'staff-pantry']],
      ['my son has complex needs and im shattered', ['carers', 'eap']],
      ['worried about asbestos in the basement', ['occupational-health']],
      ['family asked for a white nurse instead of me', ['race-network', 'ftsu', 'violence-aggression']],
      ['my heads melted', ['mindfulness', 'pna', 'wellbeing-hub', 'eap', 'staff-psychology']],
      ['so over whelmed at work', ['eap', 'staff-psychology', 'wellbeing-hub', 'mhfa', 'online-cbt']],
      ['teimlo’n isal', ['staff-psychology', 'online-cbt', 'eap', 'mhfa']],
      ['lle i aros yn agos i’r ysbyty', ['housing', 'rest-spaces']],
      ['chasing losses again', ['alcohol-drugs']],
      ['jokes about my patka', ['race-network', 'ftsu']],
      ['antisemitic comments at work', ['ftsu', 'race-network']],
      ['gwddw fi’n brifo', ['physio']],
      ['nights dont fit with the school run', ['childcare', 'hr-advice']],
    ];
    for (const [query, ids] of cases) expect(find(query).slice(0, 3), query).to.include.oneOf(ids);
    // not coping is a mental-health word, and coping with a loss still finds bereavement
    expect(find('not coping').slice(0, 3)).to.include('staff-psychology');
    expect(find('coping with grief').slice(0, 3)).to.include('bereavement');
    expect(find("i'm not ok").slice(0, 3)).to.include('staff-psychology');
    // a service for doctors is not for everyone with a mental-health word
    expect(find('bipolar and finding work hard').slice(0, 3)).to.not.include('doctors-support');
    // counselling misspelt as council is counselling; council tax is still money
    expect(find('counciling').slice(0, 3)).to.include('staff-psychology');
    expect(find('councilling for staff').slice(0, 3)).to.include('staff-psychology');
    expect(find('council tax arrears').slice(0, 3)).to.include('money-advice');
    // "passed" alone is not a death: exams are passed too
    expect(find('passed my exams').slice(0, 3)).to.not.include('bereavement');
    // a car is not a carer (the stemmer makes both "car"), and carers are still found
    expect(find('car broke down cant pay for repairs').slice(0, 3)).to.not.include('carers');
    expect(find('car park').slice(0, 3)).to.not.include('carers');
    expect(find('have to carry on as normal').slice(0, 3)).to.not.include('carers'); // nor is carrying on
    expect(find('annual leave carry over').slice(0, 3)).to.not.include('carers');
    expect(find('young carers').slice(0, 3)).to.include('carers');
    expect(find('caring for my mum').slice(0, 3)).to.include('carers');
    // someone shouting is not Shout, the text line (the stemmer makes both "shout"), and Shout is still found
    expect(find('a relative was shouting')[0]).to.equal('violence-aggression');
    expect(find('patient shouted').slice(0, 3)).to.not.include('shout');
    expect(find('shout')[0]).to.equal('shout');
    // "a bit" is not a bite, and a manager is not Trauma Risk Management
    expect(find('a bit low').slice(0, 3)).to.not.include('violence-aggression');
    expect(find('problem with my manager').slice(0, 3)).to.not.include('trim');
    // "came" is not the Welsh "cam" of cam-drin (abuse), "stop" is not stop smoking, and "heno" (tonight) is not "henoed" (the elderly)
    expect(find('the pain came back').slice(0, 3)).to.not.include('domestic-abuse');
    expect(find('i cant stop shaking after that call').slice(0, 3)).to.not.include('stop-smoking');
    expect(find('stop smoking')[0]).to.equal('stop-smoking');
    expect(find('shifft hir heno').slice(0, 3)).to.not.include('carers');
    // feet "killing me" are sore, not "kill me"; nor is a job that is killing me
    for (const query of ['my feet are killing me', 'this job is killing me'])
      for (const id of ['urgent-help', 'samaritans', 'shout'])
        expect(find(query).slice(0, 3), query).to.not.include(id);
    expect(find('my feet are killing me')[0]).to.equal('physio');
    // common words one typo or mutation from a word of the data: "morning" is not mourning, "letter" not llety
    // (lodging), "dysgu" (learning) not cysgu (sleep), "rhy" (too) not rhywiol (sexual)
    expect(find('got a letter this morning about my rent')[0]).to.equal('housing');
    expect(find('got a letter this morning about my rent').slice(0, 3)).to.not.include('bereavement');
    expect(find('dw i’n dysgu Cymraeg ac mae gen i straen').slice(0, 3)).to.not.include('sleep');
    expect(find('mae’r shifft yn rhy hir').slice(0, 3)).to.not.include('sexual-safety');
    // a first letter changed is a Welsh mutation, never a typo: "might" is not "night", and "banic" is panic
    expect(find('i might be depressed')).to.not.include('sleep');
    expect(find('pyliau o banic').slice(0, 3)).to.include('staff-psychology');
    expect(find('angen fentor')[0]).to.equal('coaching');
    // common words are not the start of another, nor one typo from one: "only" is not online, "good" not
    // god, "loads" not loans; nor are staff words: "handover" is not a hangover, "theatre" not a threat
    expect(find('the only one on nights')[0]).to.equal('sleep');
    expect(find('good evening, is there counselling')[0]).to.equal('eap');
    expect(find('chaplain for people who aren’t religious')[0]).to.equal('chaplaincy'); // not parents
    expect(find('told my manager loads of times about staffing')).to.not.include('salary-finance');
    expect(find('colleague made a racist joke at handover')).to.not.include('alcohol-drugs');
    expect(find('hot flushes in theatre')).to.not.include('violence-aggression');
    // nor does the stemmer join them with a word of another meaning: a policy is not the police, a role not
    // rollies, carrying on not carers
    expect(find('sickness absence policy')).to.not.include('violence-aggression');
    expect(find('starting a band 6 role and feel out of my depth')).to.not.include('stop-smoking');
    expect(find('no point carrying on')[0]).to.equal('urgent-help');
    expect(find('cwrs ymwybyddiaeth ofalgar am ddim?')).to.not.include('domestic-abuse'); // a course is not a husband
    expect(find('gŵr yn codi ofn arna i')).to.not.include('sleep'); // nor a husband the sleep course
    // someone attacked is an incident of violence before a word of drink
    expect(find('been attacked on a late shift by a drunk man')[0]).to.equal('violence-aggression');
    // an English query is not read as mutated Welsh: a pill is not "bil" (a bill), nor a file
    expect(find('contraceptive pill')).to.not.include('money-advice');
    expect(find('file a grievance against my manager').slice(0, 3)).to.not.include('pensions');
  });

  it('offers a crisis service for the ways staff say they are in danger, and keeps the right service for an incident', async () => {
    const data = (await (await fetch('/test/support-finder/eval/catalogue.json')).json()) as { services: Service[] };
    const find = finder(data.services);
    const crisis = ['urgent-help', 'samaritans', 'shout'];
    for (const query of [
      "i'm going to end things",
      "i don't want to wake up tomorrow",
      'giving my things away',
      'he said he would kill me',
      "i'm frightened for my safety",
      'frightened to go home tonight',
      'mae arna i ofn am fy niogelwch',
      "dw i'n torri fy hun",
      'wedi cymryd gorddos',
      // someone's own life, taken or to be taken: a crisis as well as a bereavement
      'my dad took his own life last year',
      'thinking of ending my own life',
      // dialect spellings of "eisiau" (want)
      'dwi isio lladd fy hun',
      "dwi'n moyn marw",
      'ddim isie byw',
      // slang, a plan, and a partner who hurts
      'thinking of topping myself',
      'i have made a plan',
      'mae fy mhartner yn fy mrifo',
      // the Welsh for what the English crisis words say (take my life, no hope, a plan, not wake up), and notes and counting tablets
      'dw i am gymryd fy mywyd fy hun',
      'does dim gobaith',
      'does dim rheswm i fyw',
      'mae gen i gynllun',
      'eisiau crogi fy hun',
      'ofn mynd adra heno',
      'wedi llyncu fy nhabledi i gyd',
      'dw i ddim eisiau deffro',
      'ddim yn werth byw',
      'found a suicide note',
      'checked how many tablets',
      'she wants to end her life',
      // the ninth round: more ways to say it, in English and Welsh, and a dropped g
      'thinking about crashing the car',
      'i have my tablets lined up',
      'done with life',
      'saved up all the pills',
      'jump from the car park roof',
      'she has been giving things away',
      'scared of what i might do to myself',
      'walk into the sea',
      'self harmin',
      'neidio o’r bont',
      'taflu fy hun dan drên',
      "sa i moyn bod 'ma rhagor",
      'isio i bopeth stopio',
      'ddim yn saff efo fi fy hun',
      'am wneud rhywbeth gwirion',
      'wedi casglu tabledi',
      "mae'n dweud ei fod am roi diwedd ar y cyfan",
      'ddim yn teimlo’n saff gartre',
      "dw i'n mynd i dy ladd di",
      // the tenth round
      'i dont trust myself tonight',
      'tired of everything',
      'he has a rope',
      'a patient followed me home',
      'nobody would miss me',
      'thinking about killing myslef',
      'cadw tabledi',
      'rhywbeth stiwpid',
      'ofn fy hun',
      'moyn cwpla popeth',
      'dim pwynt byw',
      'neb yn gweld fy eisiau',
      // the eleventh round
      'dwi ddim isio bod yma ddim mwy',
      'llyncu tabledi',
      'does dim ffordd allan',
      'byddai pawb yn well off wedi marw',
      'isho marw heno',
      'am orffen pethau',
      'moyn cwpla’r cwbl',
      'wedi gwneud niwed i fi fy hun',
      'teimlo’n anniogel',
      'sat with the engine running',
      'she texted sorry for everything',
      'hoarding tablets',
      'cant see a way out',
      // the twelfth round
      'so tired of life',
      'what is even the point',
      'my colleague might hurt herself',
      'how many paracetamol is too many',
      'written letters to my children',
      'he keeps planning how to do it',
      'someone waiting for me outside the ward',
      'beth yw’r pwynt bellach',
      'neb yn gweld fy ngholli',
      'moyn i bob dim stopio',
      'smo fi moyn byw',
      'ofn gwneud rhywbeth i fi’n hun',
      'dwi ddim yn teimlo’n saff yma',
      'mae hi’n brifo ei hun',
      'mae o’n aros amdana i tu allan',
      // the thirteenth round
      'they’d all be better off without her',
      'been saving up pills for weeks',
      'i know how to do it and i have the drugs',
      'how many tabs would it take',
      'my ex is outside work waiting for me',
      'byddai pawb yn well heb fi',
      'dw i eisiau brifo fi',
      'wedi blino ar fyw erbyn hyn',
      'dw i’n gwybod sut i wneud o',
      'mae hi am wneud rhywbeth i’w hun',
      // the fourteenth round
      'he said he might do himself in',
      'she has got her affairs in order',
      'been looking up ways to die',
      'sat on the bridge for an hour last night',
      'not sure i can keep going like this',
      'up on the car park roof',
      'thinking of taking all my insulin',
      'someone followed me home and is outside',
      'dwi’m isio byw',
      'isio gorffen y cyfan heno',
      'bydd hi’n well i bawb hebdda i',
      'sdim pwynt i ddim byd',
      'wedi torri fy hunan eto',
      // the sixteenth round
      'i know what would do it',
      'he keeps saying he wont be around for long',
      'i just want out of everything',
      'she said she would take all her tablets',
      'thought about walking in front of the train',
      'wish id not woken up today',
      'hes locked me in the flat',
      'ive written a note',
      'been saving up my codeine',
      'dont care if i wake up tomorrow',
      'no point in carrying on',
      'planned how im going to end it',
      'thinking about killing myself',
      'he will end up killing me',
      'dwi ar y bont',
      'isio rhoi terfyn ar fy mywyd',
      // the seventeenth round
      'had thoughts of jumping last night',
      'a man followed me to my car',
      'her son says hes going to stab me',
      'my partner strangled me',
      'worked out how many of my tablets it would take',
      'parked on the top of the multi storey',
      'wedi cymryd lot o dabledi',
      // the eighteenth round
      'i hope i wont wake up tomorrow',
      'she has been saving up her tablets',
      'he has started giving his stuff away',
      'keep thinking about the drug cupboard',
      'ofn mynd gartref heno',
      'mae o’n bygwth fi heno',
      // the eighteenth round, danger-4.json's tuning half and danger by kind
      'might kill meself if this carries on',
      'took too many of my tablets last night',
      'thinking of using insulin on myself',
      'the kids would be better without me',
      'i need everything to stop',
      'made my peace with it all',
      'want to finish my life soon',
      'dw i’n methu neud hyn rhagor',
      'mae e wedi bygwth lladd fi',
      'nath o drio fy nhagu',
      'wedi blino ar fy mywyd i gyd',
      // danger-5.json's tuning half; "doesnt" is "dont" and "his" is "my" in a phrase
      'my brother doesnt want to live any more',
      'she says theres no future for her',
      'he grabbed me round my neck last night',
      'sat in the car with the engine on',
      'he has locked himself in his room and wont come out',
      'wedi blino ar fywyd yn llwyr',
      'mab fi’n torri ei hun eto',
      // the twenty-first round
      'cant stop thinking about jumping',
      'wedi bod yn meddwl am neidio',
      'done an OD after my shift', // an overdose, in capitals or not; not "odd"
      'took an od',
      'my mum says shes going to drink poison',
      'cant see the point of going on',
      'keep thinking about not being here',
      'dad gone out leaving a note',
      'mae fy mrawd moyn lladd ei hunan',
      'nothing left to live for',
      'might just check out permanently',
      'mae o’n sôn am ddiweddu ei fywyd',
      'dim pwynt cario mlaen',
      'mae pawb yn well hebdda i',
      'yn cwato tabledi yn y drôr',
      'dw i wedi rhoi fy mhethau i ffwrdd',
      // the twenty-second round
      'how many of these tablets would it take',
      'mae o’n deud neith o fy lladd i',
      'my ex is waiting outside the hospital',
      'fresh cuts on her arms',
      'im a cutter',
      'been cutting again',
      'i cut again last night',
      'the urge to cut is back',
      'domestic abuse emergency tonight',
      'angen help brys rwan',
      'mae fy ngŵr yn fy nharo',
      'fy nghariad wedi fy nharo ac yn dweud y bydd yn fy lladd',
      // the twenty-third round: "cutting" alone, or cutting oneself, is still self-harm
      'cutting',
      'i keep cutting my arms',
      'been cutting again after shifts',
      'not sure ill be here next month',
      'divvent want to be here',
      'i just need it all to stop',
      'iwanttodie',
      'cutting my back',
      'i want to disappear',
      'saying goodbye to my kids',
      'ffarwelio',
      'i have no future',
      'tired of living',
    ])
      expect(find(query).slice(0, 3), query).to.include.oneOf(crisis);
    // "odd" is not an OD, nor is an SI (a serious incident) suicidal ideation; things put away, or a ward's
    // future, are not a life's
    for (const query of [
      'had an odd shift',
      'SI investigation and im named in it',
      'rhoi fy mhethau yn y locer', // putting my things in the locker
      'dim dyfodol i’r ward', // no future for the ward
      'ma’r audit ’ma’n fy lladd i', // the audit is killing me
      // a cut that is not self-harm's cutting
      'pay cut',
      'my hours got cut',
      'my hours got cut again',
      'not cut out for nursing',
      'used the ring cutter in ED',
      'cutting corners on QC because we are short staffed',
      'cutting back on drinking',
      'cutting down on booze',
      'they are cutting my hours',
      // a crisis phrase in an everyday one
      'overdosed on coffee this morning',
      'saying goodbye to the team, card ideas',
      'ffarwelio â’r tîm, syniadau am gerdyn',
      'knife crime awareness session',
      'tired of living in hospital accommodation',
      'no future in band 5',
    ])
      expect(find(query).slice(0, 3), query).to.not.include.oneOf(crisis);
    // cutting corners is a concern to raise; a cut from a vial, a sharps injury
    expect(find('cutting corners on QC because we are short staffed')[0]).to.equal('ftsu');
    expect(find('i cut my finger on a vial')[0]).to.equal('occupational-health');
    expect(find('a patient hit me')[0]).to.equal('violence-aggression');
    // in Welsh too: a patient has hit me (wedi fy nharo) is violence; someone at home hitting me (yn fy nharo) is danger
    expect(find('claf wedi fy nharo ar y ward')[0]).to.equal('violence-aggression');
    // someone waiting is danger only outside work or the hospital: children waiting at home are not
    for (const id of crisis) expect(find('my kids are waiting for me at home').slice(0, 3)).to.not.include(id);
    expect(find('emergency grant').slice(0, 3)).to.include('hardship-fund');
    // "his" stands for "my" in an English phrase, not "ei" for "fy" in Welsh: "cael ei daro" is being hit
    expect(find('a colleague took his own life last month').slice(0, 3)).to.include('bereavement');
    for (const id of crisis) expect(find('parafeddyg wedi cael ei daro neithiwr').slice(0, 3)).to.not.include(id);
    // a night shift is not danger (the stem of "noose" would have been "nos", night)
    for (const id of crisis) expect(find('bwyd am ddim ar shifft nos').slice(0, 3)).to.not.include(id);
    // a time of night narrows what else was found to what is open then; it does not bring in the rest
    expect(find('suicidal thoughts at 3am').slice(0, 3)).to.have.members(crisis);
    // not affording something is hardship first, before pensions
    expect(find('cant afford petrol to get to work')[0]).to.be.oneOf(['hardship-fund', 'money-advice']);
    // an emergency fund, or the adran frys (A&E) as a place of work, is no crisis: the crisis lines stay out
    expect(find('emergency money')[0]).to.be.oneOf(['money-advice', 'hardship-fund']);
    for (const query of ['emergency money', 'claf wedi poeri arna i yn yr adran frys', 'emergency cases all night'])
      expect(find(query).slice(0, 3), query).to.not.include.oneOf(['samaritans', 'shout']);
    // "many" is not the stem of Welsh "mannau" (places), the rest spaces' name
    expect(find('so many patients today').slice(0, 3)).to.not.include('rest-spaces');
    // asking for help with something is that something, not where to start
    expect(find('help with debt')[0]).to.equal('money-advice');
  });
});
