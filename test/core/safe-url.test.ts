import { expect } from '@open-wc/testing';
import { SAFE_URL_PATTERN, mailtoHref, safeUrl, smsHref, telHref } from '../../src/core/data/safe-url.js';

describe('URL safety', () => {
  it('allows http(s), tel, sms and mailto, resolving relative links', () => {
    expect(safeUrl('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeUrl('/wellbeing')).to.equal(`${location.origin}/wellbeing`);
    expect(safeUrl('tel:111')).to.equal('tel:111');
    expect(safeUrl('mailto:a@b.example')).to.equal('mailto:a@b.example');
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>',
      'vbscript:x',
      'file:///etc/passwd',
      '',
      42,
    ]) {
      expect(safeUrl(bad), String(bad)).to.be.undefined;
    }
  });

  it('agrees with the schema pattern', () => {
    expect(SAFE_URL_PATTERN.test('javascript:alert(1)')).to.be.false;
    expect(SAFE_URL_PATTERN.test('data:x')).to.be.false;
    expect(SAFE_URL_PATTERN.test('https://a.example')).to.be.true;
    expect(SAFE_URL_PATTERN.test('/relative/path')).to.be.true;
  });

  it('builds digit-only tel: and sms: hrefs', () => {
    expect(telHref('116 123')).to.equal('tel:116123');
    expect(telHref('+44 (0)1632 960-000')).to.equal('tel:+4401632960000');
    expect(smsHref('85258', 'SHOUT')).to.equal('sms:85258?&body=SHOUT');
    expect(mailtoHref('jo@samaritans.org')).to.equal('mailto:jo@samaritans.org');
    expect(mailtoHref('not an address')).to.be.undefined;
  });
});
