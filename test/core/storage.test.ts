import { expect } from '@open-wc/testing';
import { storage } from '../../src/core/platform/storage.js';
import { blockStorage } from '../helpers/storage.js';

describe('storage', () => {
  afterEach(() => localStorage.clear());

  it('round-trips JSON through localStorage under its namespace', () => {
    storage.set('test:a', { n: 1 });
    expect(storage.get('test:a')).to.deep.equal({ n: 1 });
    expect(localStorage.getItem('wellbeing-widgets:test:a')).to.equal('{"n":1}');
    storage.remove('test:a');
    expect(storage.get('test:a')).to.be.undefined;
  });

  it('never throws when storage is blocked, keeping values for the page lifetime', () => {
    const restore = blockStorage();
    try {
      expect(() => localStorage).to.throw();
      expect(() => storage.set('test:b', [1, 2])).not.to.throw();
      expect(storage.get('test:b')).to.deep.equal([1, 2]);
      storage.remove('test:b');
      expect(storage.get('test:b')).to.be.undefined;
    } finally {
      restore();
    }
  });

  it('falls back to memory when a write fails (quota)', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      storage.set('test:c', 'kept');
      expect(storage.get('test:c')).to.equal('kept');
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('keeps a value cleared in localStorage (by another tab or the user) cleared', () => {
    storage.set('test:e', 'old');
    localStorage.removeItem('wellbeing-widgets:test:e');
    expect(storage.get('test:e')).to.be.undefined;
  });

  it('ignores corrupt stored values', () => {
    localStorage.setItem('wellbeing-widgets:test:d', '{not json');
    expect(storage.get('test:d')).to.be.undefined;
  });
});
