import { expect } from '@open-wc/testing';
import type { Service } from '../../src/core/data/schemas.js';
import { NATIONAL_SERVICES } from '../../src/support-finder/national-services.js';
import { buildIndex, oneEdit, readAs, search, words, type Doc } from '../../src/support-finder/search.js';
import { indexServices } from '../../src/support-finder/service-index.js';
import { LABELLED } from './queries.js';

const doc = (name: string, topics: string[] = [], summary = ''): Doc => ({ name, topics, summary });
const ids = (services: Service[], found: number[] | undefined) => (found ?? []).map((i) => services[i]!.id);

describe('support finder search: words', () => {
  it('ignores case, accents, punctuation and common words', () => {
    expect(words('CAN’T sleep — after NIGHTS!')).to.deep.equal(words('cant sleep after nights'));
    expect(words('Café naïve rôle')).to.deep.equal(words('cafe naive role'));
    expect(words('I need help with the debt')).to.deep.equal(words('debt'));
    expect(words('amser i ffwrdd ar gyfer angladd')).to.deep.equal(words('amser ffwrdd angladd')); // "ar gyfer": for
    expect(words('dan straen')).to.deep.equal(words('straen')); // "dan": under
  });

  it('trims plurals and word endings so forms of a word meet', () => {
    const same = (a: string, b: string) => expect(words(a), `${a} / ${b}`).to.deep.equal(words(b));
    same('worries', 'worried');
    same('nights', 'night');
    same('bullied', 'bullying');
    same('harassment', 'harassed');
    same('tiredness', 'tired');
    same('assaulted', 'assault');
    same('biliau', 'bills'); // Welsh and English plurals
  });

  it('brings British and American spellings together', () => {
    const same = (a: string, b: string) => expect(words(a), `${a} / ${b}`).to.deep.equal(words(b));
    same('counselling', 'counseling');
    same('counsellor', 'counselor');
    same('behaviour', 'behavior');
    same('centre', 'center');
    same('centres', 'centers');
    same('organise', 'organize');
    same('programme', 'program');
  });

  it('tells one typo from two', () => {
    expect(oneEdit('grief', 'greif')).to.be.true; // swap
    expect(oneEdit('anxiety', 'anxity')).to.be.true; // missing letter
    expect(oneEdit('health', 'helth')).to.be.true;
    expect(oneEdit('health', 'hxalth')).to.be.true; // substitution
    expect(oneEdit('health', 'hlth')).to.be.false;
    expect(oneEdit('money', 'honey!')).to.be.false;
  });

  it('reads a different first letter as a Welsh mutation, never as a typo', () => {
    expect(oneEdit('might', 'night')).to.be.false;
    expect(oneEdit('dental', 'mental')).to.be.false;
    expect(oneEdit('banic', 'panic')).to.be.true; // panic, soft-mutated
    expect(oneEdit('mentor', 'fentor')).to.be.true;
    expect(oneEdit('ehalth', 'health')).to.be.true; // the first two letters swapped
    expect(oneEdit('stafell', 'ystafell')).to.be.true; // the first letter left out

    const index = buildIndex([doc('Sleep after nights'), doc('Panic attacks')], {});
    expect(search(index, 'I might be pregnant')).to.deep.equal([]);
    expect(search(index, 'nigths')).to.deep.equal([0]);
    expect(search(index, 'pyliau o banic')).to.deep.equal([1]);
  });
});

describe('support finder search: ranking', () => {
  it('ranks a match in the name above topics, and topics above the summary', () => {
    const index = buildIndex(
      [doc('Quiet rooms', [], 'debt advice too'), doc('Rest', ['debt']), doc('Debt clinic')],
      {},
    );
    expect(search(index, 'debt')).to.deep.equal([2, 1, 0]);
  });

  it('keeps data order for ties', () => {
    const index = buildIndex([doc('A', ['money']), doc('B'), doc('C', ['money']), doc('D', ['money'])], {});
    expect(search(index, 'money')).to.deep.equal([0, 2, 3]);
  });

  it('treats the first topic as the main one', () => {
    const index = buildIndex([doc('EAP', ['stress', 'money']), doc('Advice', ['money'])], { bills: ['money'] });
    expect(search(index, 'bills')).to.deep.equal([1, 0]);
  });

  it('weighs a way in touch like a topic after the others, for a service without topics too', () => {
    // A format is a topic after the topics: a service with none has it as its main one.
    const textLine = { ...doc('Line A'), formats: ['text'] };
    const withTopics = { ...doc('Line B', ['stress', 'money']), formats: ['text'] };
    expect(search(buildIndex([withTopics, textLine], {}), 'text')).to.deep.equal([1, 0]);
    expect(search(buildIndex([textLine, withTopics], {}), 'text')).to.deep.equal([0, 1]);
  });

  it('finds by synonym, in English and Welsh, single words and phrases', () => {
    const services = [
      doc('Money advice', ['money']),
      doc('Sleep clinic', ['sleep-and-fatigue']),
      doc('Chaplaincy', ['faith']),
    ];
    const index = buildIndex(services, { rent: ['money'], dyled: ['money'], 'night shift': ['sleep-and-fatigue'] });
    expect(search(index, "can't pay the rent")).to.deep.equal([0]);
    expect(search(index, 'dyled')).to.deep.equal([0]);
    expect(search(index, 'after a night shift')![0]).to.equal(1);
    expect(search(index, 'shift')).to.deep.equal([]); // half a phrase is not the phrase
  });

  it('matches a synonym that is also a related word in any form, not only as typed', () => {
    // "divorce" and "promotion" bring related words (family matters, career); their synonyms do not need them
    const index = buildIndex(
      [doc('Listening', ['mental-health']), doc('Coaching', ['work']), doc('Sleep', ['sleep-and-fatigue'])],
      {},
      undefined,
      { divorce: ['mental-health'], promotion: ['work'], 'running on empty': ['sleep-and-fatigue'] },
    );
    expect(search(index, 'divorced')).to.deep.equal([0]);
    expect(search(index, 'getting divorced')).to.deep.equal([0]);
    expect(search(index, 'promotions')).to.deep.equal([1]);
    expect(search(index, 'divorce')).to.deep.equal([0]);
    expect(search(index, 'running on empty')).to.deep.equal([2]); // a phrase still matches with the words "running" brings
  });

  it('lets the words of a phrase find only the services with one of its topics', () => {
    const services = [
      doc('Stop smoking', ['smoking']),
      doc('Shout', ['crisis']),
      doc('Debrief', ['difficult-events']),
      doc('Speak up', ['bullying']),
    ];
    const index = buildIndex(services, {}, undefined, {
      'cant stop thinking about': ['difficult-events'],
      'shouts at me': ['bullying'],
    });
    expect(search(index, "can't stop thinking about it")).to.deep.equal([2]); // not the stop smoking service
    expect(search(index, 'my manager shouts at me')).to.deep.equal([3]); // not Shout
    expect(search(index, 'stop smoking')).to.deep.equal([0]);
    expect(search(index, 'shout')).to.deep.equal([1]);
  });

  it('lets a longer phrase take its words from a shorter one at the same place, except a word of crisis', () => {
    const services = [
      doc('Samaritans', ['crisis', 'mental-health']),
      doc('Urgent help', ['crisis']),
      doc('Wellbeing', ['mental-health']),
    ];
    const index = buildIndex(services, {}, undefined, { scared: ['mental-health'], 'scared for my life': ['crisis'] });
    expect(search(index, 'scared for my life')).to.deep.equal([1, 0]); // "scared" alone is not counted
    expect(search(index, 'scared')).to.deep.equal([2, 0]);
  });

  it('counts a word of staff life (a day, work, a shift) a tenth as much as another word', () => {
    const index = buildIndex(
      [doc('Helpline', [], 'Open 24 hours a day'), doc('Wellbeing hub', [], 'Somewhere to vent')],
      {},
    );
    expect(search(index, 'a bad day, need to vent')).to.deep.equal([1, 0]); // a tie in data order without it
  });

  it('counts a word of how someone feels (a mental-health synonym) for a little more than a word of where or what', () => {
    const services = [doc('Physiotherapy', ['physical-health']), doc('Staff psychology', ['mental-health'])];
    const index = buildIndex(services, {}, undefined, { anxious: ['mental-health'], walking: ['physical-health'] });
    expect(search(index, 'anxious walking in to work')).to.deep.equal([1, 0]); // in data order without it
  });

  it('reads a death at work as a difficult event, and a death of one of your own as a bereavement', () => {
    const services = [doc('Bereavement support', ['bereavement']), doc('Trauma risk management', ['difficult-events'])];
    const index = buildIndex(services, { 'wedi marw': ['bereavement'] }, undefined, { died: ['bereavement'] });
    expect(search(index, 'a patient died on my shift')).to.deep.equal([1]);
    expect(search(index, 'claf wedi marw')).to.deep.equal([1]); // claf: a patient
    expect(search(index, 'my dad died on the ward')).to.deep.equal([0]);
    expect(search(index, 'my dad died')).to.deep.equal([0]);
  });

  it('reads a crisis word about someone else at work as a difficult event too, and still as crisis', () => {
    const services = [doc('Samaritans', ['crisis']), doc('Trauma risk management', ['difficult-events'])];
    const index = buildIndex(services, { 'lladd ei hun': ['crisis'] }, undefined, {
      suicide: ['crisis'],
      'kill myself': ['crisis'],
    });
    expect(search(index, 'a patient suicide on the ward')).to.deep.equal([0, 1]);
    expect(search(index, 'claf wedi lladd ei hun ar yr uned')).to.deep.equal([0, 1]);
    expect(search(index, 'i want to kill myself after this shift')).to.deep.equal([0]); // about oneself
    expect(search(index, 'suicide')).to.deep.equal([0]);
  });

  it('ranks a service for some staff groups lower when the query names none of them nor its rarer words', () => {
    const services = [
      { ...doc('Support for doctors', ['mental-health'], 'With stress and exams'), nameCy: 'Cymorth i feddygon' },
      doc('Staff psychology', ['mental-health'], 'With stress'),
    ];
    const index = buildIndex(services, {}, undefined, { anxious: ['mental-health'] });
    expect(search(index, 'anxious')).to.deep.equal([1, 0]); // in data order without it
    expect(search(index, 'anxious F2')).to.deep.equal([0, 1]);
    expect(search(index, 'anxious meddyg')).to.deep.equal([0, 1]); // the Welsh name's "feddygon", de-mutated
    expect(search(index, 'anxious about exams')).to.deep.equal([0, 1]); // its summary's word, in no other
    // a leader names the managers' group
    const coaching = buildIndex([doc('Coaching for managers', ['work']), doc('HR advice', ['work'])], {}, undefined, {
      job: ['work'],
    });
    expect(search(coaching, 'new job')).to.deep.equal([1, 0]);
    expect(search(coaching, 'new job as a team lead')).to.deep.equal([0, 1]);
    // a name without "for" says nothing of whom a service is for
    const plain = buildIndex([doc('Doctors support', ['mental-health']), services[1]!], {}, undefined, {
      anxious: ['mental-health'],
    });
    expect(search(plain, 'anxious')).to.deep.equal([0, 1]);
  });

  it('does not read the words an acronym stands for as words of crisis: A&E is not an emergency', () => {
    const services = [doc('Samaritans', ['crisis']), doc('Support after violence', ['violence-and-aggression'])];
    const index = buildIndex(services, {}, undefined, {
      emergency: ['crisis'],
      assault: ['violence-and-aggression'],
    });
    expect(search(index, 'A&E nurse assaulted')).to.deep.equal([1]);
    expect(search(index, 'a and e emergency')).to.deep.equal([0]); // typed, it is
    // a phrase's own related words are its own: "running" brings "gym", and "engine running" is still found
    const withRelated = buildIndex(services, {}, undefined, { 'engine running': ['crisis'] });
    expect(search(withRelated, 'sat with the engine running')).to.deep.equal([0]);
  });

  it("brings a word's related words for its plural, and for a Welsh word in its mutated forms", () => {
    // immunisation=occupational and cyfweliad=gyrfa (an interview, a career) are in the built-in lexicon
    const index = buildIndex([doc('Occupational Health'), doc('Hyfforddi gyrfa')], {});
    expect(search(index, 'immunisations')).to.deep.equal([0]);
    expect(search(index, 'cyfweliad')).to.deep.equal([1]);
    expect(search(index, 'paratoi am gyfweliad')).to.deep.equal([1]); // soft mutation after "am"
  });

  it('keeps a place in the top three for a service other than crisis services when there is one', () => {
    const services = [
      doc('Samaritans', ['crisis']),
      doc('Shout', ['crisis']),
      doc('Urgent help', ['crisis']),
      doc('Hardship fund', ['money'], 'One-off grants'),
    ];
    const index = buildIndex(services, {}, undefined, { emergency: ['crisis'] });
    expect(search(index, 'emergency grant')).to.deep.equal([0, 1, 3, 2]);
    expect(search(index, 'emergency')).to.deep.equal([0, 1, 2]); // nothing else matches: all three stay
  });

  it('gives a crisis service a place in the top three when words of danger are typed among stronger words', () => {
    const services = [
      doc('Debrief after a baby dies in resus', ['difficult-events']),
      doc('Peer support after a baby dies in resus', ['difficult-events']),
      doc('Reflection after a baby dies in resus', ['difficult-events']),
      doc('Urgent help', ['crisis']),
    ];
    const index = buildIndex(services, {}, undefined, {
      'baby died': ['difficult-events'],
      'to the bridge': ['crisis'],
    });
    // Every other service matches more words; words of danger still bring the urgent help route.
    expect(search(index, 'after the baby died in resus i drove to the bridge')!.slice(0, 3)).to.include(3);
    expect(search(index, 'the baby died in resus after a long death')).to.not.include(3); // no words of danger
  });

  it('reads danger in words no phrase has, by word classes in order, and not in their look-alikes', () => {
    const services = [doc('Sleep advice'), doc('Urgent help', ['crisis']), doc('Medicines advice')];
    const index = buildIndex(services, {}, undefined, { tablets: ['sleep'] }); // no crisis phrase at all
    const urgent = (query: string) => (search(index, query) ?? []).slice(0, 3).includes(1);
    for (const query of [
      'cannae dae this anymair, want tae be deid', // a wish to die, in Scots
      'since that patient died i keep thinking i should be the one dead',
      "dw i'n barod i farw", // ready to die, "marw" mutated
      'i took a load of tablets after my shift',
      'dwi di cymryd gormod o dablets', // "tabledi" mutated and respelt
      'i dont wanna be here no more',
      'been hitting myself when i make mistakes',
      'he said he would hurt me if i told anyone',
      "bydd e'n lladd fi os af i adre",
    ])
      expect(urgent(query), query).to.be.true;
    for (const query of [
      'dying for a cuppa', // no word of wanting
      'i take lots of tablets for my arthritis', // not taken: not an overdose
      'want to sort the funeral now my dad is dead and gone', // dead, more than four words after wanting
      'i dont want to be on nights', // not "be here"
      'it hurt me when she said that', // no word of a threat before it
      'will the flu jab hurt me', // no one threatening
    ])
      expect(urgent(query), query).to.be.false;
  });

  it('matches the start of a word as you type, and one typo in longer words that are not in the data', () => {
    const index = buildIndex(
      [doc('Physiotherapy fast track'), doc('Bereavement support'), doc('Occupational health')],
      {},
    );
    expect(search(index, 'physio')).to.deep.equal([0]);
    expect(search(index, 'bereavment')).to.deep.equal([1]);
    expect(search(index, 'ocupational helth')).to.deep.equal([2]);
    expect(search(index, 'heal')).to.deep.equal([2]);
    expect(search(index, 'xyzzy')).to.deep.equal([]);
  });

  it('reads a word that would match nothing as the word one typo away, or a phrase typed as one word', () => {
    const services = [
      doc('Pensions advice'),
      doc('Physiotherapy fast track'),
      doc('Urgent help', ['crisis']),
      doc('Courses and training'),
      doc('Counselling'),
      doc('Wellbeing hub'),
    ];
    const index = buildIndex(services, {}, undefined, { 'self harm': ['crisis'], 'financial wellbeing': ['money'] });
    expect(search(index, 'pensoin'), 'one typo from the singular of a word of the data').to.deep.equal([0]);
    expect(search(index, 'phsyio'), 'one typo from a word that brings others (physio)').to.deep.equal([1]);
    expect(search(index, 'selfharm'), 'a phrase of the lexicon as one word').to.deep.equal([2]);
    expect(search(index, 'wellbeeing'), 'one typo from a word of a phrase, not the phrase').to.deep.equal([5]);
    expect(readAs(index, 'my phsyio'), 'the query as read, for the finder to say').to.equal('my physio');
    expect(readAs(index, 'selfharm')).to.equal('self harm');
    expect(readAs(index, 'physio'), 'read as typed').to.be.undefined;
    expect(search(index, 'counse'), 'still being typed: the start of counselling, not course').to.deep.equal([4]);
    expect(search(index, 'pnesoins'), 'two typos: nothing').to.deep.equal([]);
  });

  it('reads words typed without spaces as the words, when each is a word of four letters or more it knows', () => {
    const services = [doc('Physiotherapy for back pain'), doc('Sleep clinic'), doc('Staff cabin')];
    const index = buildIndex(services, {});
    expect(search(index, 'BACKPAIN')).to.deep.equal([0]);
    expect(readAs(index, 'backpain')).to.equal('back pain');
    expect(search(index, 'cantsleep'), "can't and a word it knows").to.deep.equal([1]);
    expect(readAs(index, 'cantsleep')).to.equal('cant sleep');
    expect(search(index, 'painback'), 'in either order').to.deep.equal([0]);
    expect(readAs(index, 'backpan'), 'one half not a word it knows').to.be.undefined;
    expect(readAs(index, 'pinback'), 'pin is too short to stand alone').to.be.undefined;
    expect(readAs(index, 'SLEEPANDBACKPAIN'), 'up to four, small words between them').to.equal('sleep and back pain');
    expect(search(index, 'sleepandbackpain')).to.have.members([0, 1]);
    expect(readAs(index, 'andsleep'), 'a small word only between two others').to.be.undefined;
  });

  it('reads a word typed with a space in it as the one word, when one half is no word it knows', () => {
    const services = [doc('Feeling overwhelmed?'), doc('Housing for the homeless'), doc('Night rest rooms')];
    const index = buildIndex(services, {});
    expect(search(index, 'over whelmed')).to.deep.equal([0]);
    expect(readAs(index, 'so over whelmed')).to.equal('so overwhelmed');
    expect(search(index, 'home less')).to.deep.equal([1]);
    expect(readAs(index, 'night rest'), 'both halves words it knows').to.be.undefined;
    expect(readAs(index, 'night ive'), 'the first word again with an ending').to.be.undefined;
  });

  it('matches a later word of a phrase with one typo: killing myslef', () => {
    const index = buildIndex([doc('Urgent help', ['crisis']), doc('Self-care courses')], {}, undefined, {
      'killing myself': ['crisis'],
    });
    expect(search(index, 'cant stop thinking about killing myslef')).to.deep.equal([0]);
    expect(search(index, 'killing myself')).to.deep.equal([0]);
    expect(search(index, 'killing my shelf'), 'two words, not one typo').to.deep.equal([]);
  });

  it('reads a word that would match nothing with its dropped g: self harmin is self harming', () => {
    const services = [
      doc('Urgent help', ['crisis']),
      doc('Alcohol support', ['alcohol-and-drugs']),
      doc('Staff cabin'),
    ];
    const index = buildIndex(services, {}, undefined, { 'self harm': ['crisis'], drinking: ['alcohol-and-drugs'] });
    expect(search(index, 'self harmin again')).to.deep.equal([0]);
    expect(readAs(index, 'self harmin again')).to.equal('self harming again');
    expect(search(index, 'drinkin')).to.deep.equal([1]); // the stem of the -ing word is a synonym's
    expect(readAs(index, 'cabin'), 'a word of the data is read as it is').to.be.undefined;
    expect(readAs(index, 'robin'), 'no -ing word the data or lexicon knows').to.be.undefined;
  });

  it('reads letters with dots between them as one word: e.a.p is EAP', () => {
    expect(words('e.a.p phone')).to.deep.equal(words('EAP phone'));
    expect(words('O.H. referral')).to.deep.equal(words('OH referral'));
    expect(words('Call us. Or text')).to.deep.equal(words('call us or text')); // a full stop between words is not a dot in a word
  });

  it('keeps finding a word while it is typed, letter by letter', () => {
    const index = buildIndex([doc('Money worries'), doc('Stress clinic'), doc('Bullying advice'), doc('Therapy')], {});
    for (const word of ['worries', 'stress', 'bullying', 'therapies']) {
      for (let n = 3; n <= word.length; n++) {
        const found = search(index, word.slice(0, n)); // undefined: a common word such as "the", so everything shows
        expect(found === undefined || found.length > 0, word.slice(0, n)).to.be.true;
      }
    }
  });

  it('shows everything (undefined) when the query has no meaningful words', () => {
    const index = buildIndex([doc('A')], {});
    expect(search(index, '')).to.be.undefined;
    expect(search(index, '  the and ')).to.be.undefined;
  });

  it("lets a Trust's synonyms add to and replace the built-in ones", () => {
    const services: Service[] = [
      { id: 'datix', name: 'Incident reporting', summary: 'Report it.', topics: ['reporting'], contact: {} },
      { id: 'money', name: 'Money advice', summary: 'Help.', topics: ['money'], contact: {} },
    ];
    expect(ids(services, search(indexServices(services), 'datix form'))).to.deep.equal([]);
    expect(ids(services, search(indexServices(services, { 'datix form': ['reporting'] }), 'datix form'))).to.deep.equal(
      ['datix'],
    );
    expect(ids(services, search(indexServices(services), 'skint'))).to.deep.equal(['money']);
    expect(ids(services, search(indexServices(services, { skint: ['reporting'] }), 'skint'))).to.deep.equal(['datix']);
  });

  it("tokenises the synonyms' phrases once for each synonyms object, however many indexes a page builds", () => {
    const trust = { 'wobble room': ['rest'] };
    const first = indexServices(NATIONAL_SERVICES, trust);
    expect(indexServices([], trust).synonyms, 'the same Trust synonyms').to.equal(first.synonyms);
    expect(indexServices(NATIONAL_SERVICES).first, 'the built-in ones').to.equal(indexServices([]).first);
    const edited = indexServices(NATIONAL_SERVICES, { ...trust, 'quiet room': ['rest'] });
    expect(edited.synonyms, 'new synonyms, new phrases').not.to.equal(first.synonyms);
    expect(search(edited, 'quiet room')).to.deep.equal(search(first, 'wobble room'));
  });
});

describe('support finder search: quality on staff language', () => {
  it('finds the right service in the top three for at least 90% of the labelled queries', async () => {
    expect(LABELLED.length).to.be.at.least(30);
    const data = (await (await fetch('/samples/services.json')).json()) as {
      services: Service[];
      synonyms: Record<string, string[]>;
    };
    const index = indexServices(data.services, data.synonyms);
    const misses: string[] = [];
    for (const [query, expected] of LABELLED) {
      const top = ids(data.services, search(index, query)).slice(0, 3);
      if (!top.some((id) => expected.includes(id)))
        misses.push(`"${query}" → ${top.join(', ') || 'nothing'} (wanted ${expected.join(' or ')})`);
    }
    const hitAt3 = (LABELLED.length - misses.length) / LABELLED.length;
    console.log(
      `support finder hit@3: ${(hitAt3 * 100).toFixed(1)}% of ${LABELLED.length} labelled queries${misses.length ? `; missed: ${misses.join('; ')}` : ''}`,
    );
    expect(hitAt3, misses.join('\n')).to.be.at.least(0.9);
  });

  it('reads a time of night as what is open then', async () => {
    const data = (await (await fetch('/samples/services.json')).json()) as { services: Service[] };
    const index = indexServices(data.services);
    const open = data.services.filter((s) => s.hours === '24/7').map((s) => s.id);
    // On its own, every service open day and night, not only those whose Welsh text says "nos" (night)
    expect(ids(data.services, search(index, 'help ganol nos'))).to.have.members(open);
    // With other words, what they find, open day and night first
    const found = ids(data.services, search(index, 'who can i talk to at 3am'));
    expect(
      found.slice(0, 3).every((id) => open.includes(id)),
      found.join(),
    ).to.be.true;
    expect(found).to.not.include('rest-rooms'); // open at 3am, but not someone to talk to
  });

  it('finds national services in the built-in catalogue', () => {
    const index = indexServices(NATIONAL_SERVICES);
    expect(ids(NATIONAL_SERVICES, search(index, 'feeling suicidal')).slice(0, 2)).to.have.members([
      'samaritans',
      'shout',
    ]);
    expect(ids(NATIONAL_SERVICES, search(index, 'I am a doctor'))[0]).to.equal('nhs-practitioner-health');
    expect(ids(NATIONAL_SERVICES, search(index, 'anxiety'))).to.include('nhs-talking-therapies');
    expect(ids(NATIONAL_SERVICES, search(index, 'text'))[0]).to.equal('shout');
  });
});
