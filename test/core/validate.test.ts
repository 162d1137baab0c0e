import { expect } from '@open-wc/testing';
import { campaignsFile, helpFile, servicesFile } from '../../src/core/data/schemas.js';
import { validateFile } from '../../src/core/data/validate.js';

const campaign = {
  id: 'c',
  title: 'T',
  message: 'M',
  starts: '2026-01-01',
  ends: '2026-02-01',
  link: { href: '/x', text: 'Go' },
  priority: 1,
  dismissible: true,
  tone: 'info',
  image: { src: '/i.svg', alt: '' },
  pages: { include: ['/a/*'] },
};

describe('validateFile', () => {
  it('reports each bad entry by path in plain English and keeps the good ones', () => {
    const result = validateFile(
      {
        contacts: [
          { name: 'Good' },
          { name: 'Bad', phone: 7 },
          { phone: '999' },
          { name: 'x', hours: [{ days: ['mon'], opens: '9am', closes: '17:00' }] },
          { name: 'y', hours: 'weekdays' },
        ],
      },
      helpFile,
    );
    expect(result).to.deep.equal({
      items: [{ name: 'Good' }],
      extras: {},
      errors: [
        'contacts[1].phone: expected a string',
        'contacts[2].name: is required',
        'contacts[3].hours[0].opens: expected HH:MM',
        'contacts[4].hours: expected "24/7" or a list of { "days", "opens", "closes" }',
      ],
    });
  });

  it('drops unknown fields and checks the extras beside the list', () => {
    const result = validateFile({ services: [], synonyms: { sleep: ['tired', 3] } }, servicesFile);
    expect(result).to.deep.equal({ items: [], extras: {}, errors: ['synonyms.sleep[1]: expected a string'] });
    expect(validateFile({ campaigns: [{ ...campaign, colour: 'red' }] }, campaignsFile)).to.deep.equal({
      items: [campaign],
      extras: {},
      errors: [],
    });
  });

  it('rejects a file that is not an object with a list', () => {
    expect(validateFile([], helpFile)).to.deep.equal({ fatal: 'expected a JSON object' });
    expect(validateFile({ contacts: {} }, helpFile)).to.deep.equal({ fatal: 'contacts: expected a list' });
  });
});
