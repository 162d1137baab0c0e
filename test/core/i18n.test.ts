import { expect, html } from '@open-wc/testing';
import { mount } from '../helpers/mount.js';
import { localeFor, localised, translator, type StringTable } from '../../src/core/i18n/index.js';

const strings: StringTable<'hello' | 'count'> = {
  en: { hello: 'Hello {name}', count: { one: '{count} service', other: '{count} services' } },
  cy: {
    hello: 'Helo {name}',
    count: {
      zero: '{count} gwasanaeth',
      one: '{count} gwasanaeth',
      two: '{count} wasanaeth',
      few: '{count} gwasanaeth',
      many: '{count} gwasanaeth',
      other: '{count} gwasanaeth',
    },
  },
};

describe('i18n', () => {
  it('follows the nearest lang attribute, and an explicit locale wins', async () => {
    const el = await mount(html`<div lang="cy-GB"><p><span></span></p></div>`);
    const span = el.querySelector('span')!;
    expect(localeFor(span)).to.equal('cy');
    expect(localeFor(span, 'en')).to.equal('en');
  });

  it('fills parameters and picks plural forms for each language', () => {
    expect(translator('w', strings, 'en')('hello', { name: 'Sam' })).to.equal('Hello Sam');
    expect(translator('w', strings, 'en')('count', { count: 1 })).to.equal('1 service');
    expect(translator('w', strings, 'en')('count', { count: 3 })).to.equal('3 services');
    expect(translator('w', strings, 'cy')('count', { count: 2 })).to.equal('2 wasanaeth');
  });

  it("applies the Trust's overrides for its locale only", () => {
    const overrides = { en: { 'w.hello': 'Hi {name}' } };
    expect(translator('w', strings, 'en', overrides)('hello', { name: 'Sam' })).to.equal('Hi Sam');
    expect(translator('w', strings, 'cy', overrides)('hello', { name: 'Sam' })).to.equal('Helo Sam');
  });

  it("shows a Trust's Welsh text on Welsh pages, and the English where it has none", () => {
    const campaign = {
      title: 'Walk to work week',
      title_cy: 'Wythnos cerdded i’r gwaith',
      message: 'Leave the car at home.',
      message_cy: '',
    };
    expect(localised(campaign, 'title', 'cy')).to.equal('Wythnos cerdded i’r gwaith');
    expect(localised(campaign, 'title', 'en')).to.equal('Walk to work week');
    expect(localised(campaign, 'message', 'cy')).to.equal('Leave the car at home.');
    const contact: { name: string; name_cy?: string; description?: string; description_cy?: string } = {
      name: 'Chaplaincy',
    };
    expect(localised(contact, 'name', 'cy')).to.equal('Chaplaincy');
    expect(localised(contact, 'description', 'cy')).to.equal(undefined);
  });
});
