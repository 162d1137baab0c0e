import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { FILE_SPECS, campaignsFile, helpFile, servicesFile, type FileSpec } from '../../src/core/schemas.js';
import { validateFile } from '../../src/core/validate.js';

/**
 * validate.ts reads valibot schemas as data (so the bundle can carry them
 * precomputed); this reference is valibot itself, with the same messages.
 */
const WORDS: Record<string, string> = { string: 'a string', number: 'a number', boolean: 'true or false', Object: 'an object', Array: 'a list' };
const config: v.Config<v.BaseIssue<unknown>> = {
  message: (issue) => (issue.received === 'undefined' ? 'is required' : `expected ${WORDS[issue.expected ?? ''] ?? `one of ${issue.expected}`}`),
};
const pathOf = (issue: v.BaseIssue<unknown>) =>
  (issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('');

function reference(raw: Record<string, unknown>, spec: FileSpec<unknown, unknown>) {
  const errors: string[] = [];
  const items: unknown[] = [];
  (raw[spec.list] as unknown[]).forEach((entry, index) => {
    const result = v.safeParse(spec.item, entry, config);
    if (result.success) items.push(result.output);
    else for (const issue of result.issues) errors.push(`${spec.list}[${index}]${pathOf(issue)}: ${issue.message}`);
  });
  let extras = {};
  if (spec.extras) {
    const result = v.safeParse(spec.extras, raw, config);
    if (result.success) extras = result.output as object;
    else for (const issue of result.issues) errors.push(`${pathOf(issue).slice(1)}: ${issue.message}`);
  }
  return { items, extras, errors };
}

const hours = [{ days: ['mon', 'fri'], opens: '09:00', closes: '17:00' }];
const campaign = { id: 'c', title: 'T', message: 'M', starts: '2026-01-01', ends: '2026-02-01', link: { href: '/x', text: 'Go' }, priority: 1, dismissible: true, tone: 'info', image: { src: '/i.svg', alt: '' }, pages: { include: ['/a/*'] } };
const samples: Record<string, Record<string, unknown>> = {
  contacts: { contacts: [{ name: 'Line', phone: '01632 960 123', sms: { number: '01632 960 124', keyword: 'HI' }, email: 'a@b.example', url: 'https://x.example', hours }] },
  services: {
    services: [{ id: 's', name: 'S', summary: 'x', topics: ['stress'], contact: { phone: '01632 960 123' }, hours: '24/7', formats: ['phone'], access: 'self-referral', confidential: true, lastReviewed: '2026-01-31' }],
    synonyms: { 'cant sleep': ['sleep'] },
  },
  campaigns: { campaigns: [campaign] },
};
const ODD = [undefined, null, 0, Number.NaN, '', 'x', '24/7', '25:00', 'mon', true, [], ['mon'], [1], {}, { number: 'x' }, [{ days: 'mon', opens: '09:00' }], 'javascript:x', 'a@', '2026-02-30', 'info'];

/** Deterministic mutations: every field of the sample set to each odd value, or removed, one at a time and nested. */
function* mutations(value: unknown, depth = 0): Generator<unknown> {
  yield* ODD;
  if (!value || typeof value !== 'object' || depth > 3) return;
  for (const key of [...Object.keys(value), ...(Array.isArray(value) ? [] : ['extra', '__proto__'])]) {
    const { [key]: child, ...rest } = value as Record<string, unknown>;
    if (!Array.isArray(value)) yield rest;
    for (const changed of mutations(child, depth + 1)) {
      yield Array.isArray(value) ? Object.assign([...value], { [key]: changed }) : { ...value, [key]: changed };
    }
  }
}

describe('validateFile', () => {
  it('reports each bad entry by path in plain English and keeps the good ones', () => {
    const result = validateFile(
      { contacts: [{ name: 'Good' }, { name: 'Bad', phone: 7 }, { phone: '999' }, { name: 'x', hours: [{ days: ['mon'], opens: '9am', closes: '17:00' }] }, { name: 'y', hours: 'weekdays' }] },
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
    expect(validateFile({ campaigns: [{ ...campaign, colour: 'red' }] }, campaignsFile)).to.deep.equal({ items: [campaign], extras: {}, errors: [] });
  });

  it('rejects a file that is not an object with a list', () => {
    expect(validateFile([], helpFile)).to.deep.equal({ fatal: 'expected a JSON object' });
    expect(validateFile({ contacts: {} }, helpFile)).to.deep.equal({ fatal: 'contacts: expected a list' });
  });

  it('agrees with valibot on every one-change mutation of a valid file', () => {
    let compared = 0;
    for (const spec of FILE_SPECS) {
      const sample = samples[spec.list]!;
      const entry = (sample[spec.list] as unknown[])[0];
      const files = [sample, ...[...mutations(entry)].map((changed) => ({ ...sample, [spec.list]: [changed] }))];
      if (spec.extras) files.push(...[...mutations(sample.synonyms)].map((synonyms) => ({ ...sample, synonyms })));
      for (const file of files) {
        expect(JSON.stringify(validateFile(file, spec as FileSpec<unknown, unknown>))).to.equal(
          JSON.stringify(reference(file, spec as FileSpec<unknown, unknown>)),
        );
        compared++;
      }
    }
    expect(compared).to.be.greaterThan(1000);
  });
});
