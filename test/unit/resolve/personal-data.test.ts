/**
 * Personal data in name cells: a table of values a programme office really types, each with the
 * kind expected (BSN examples pass the published 11-test, IBAN examples are the ISO 13616 and
 * bank documentation samples), and organisation names that must pass untouched.
 */
import { describe, expect, it } from 'vitest';
import { isIban, maskName, passesElevenTest, personalDataKind, personLikeName } from '../../../src/resolve/personal-data.js';

describe('personalDataKind', () => {
  it.each([
    ['j.devries@denhaag.nl', 'email'],
    ['Gemeente Den Haag (j.devries@denhaag.nl)', 'email'],
    ['info@pharos.example', 'email'],
    ['06-12345678', 'phone'],
    ['0612345678', 'phone'],
    ['06 1234 5678', 'phone'],
    ['+31 6 1234 5678', 'phone'],
    ['+31 (0)6 12345678', 'phone'],
    ['0031 30 123 4567', 'phone'],
    ['030 123 4567', 'phone'],
    ['(020) 123 45 67', 'phone'],
    ['+44 20 7946 0958', 'phone'],
    ['Jan, tel. 06-12345678', 'phone'],
    ['111222333', 'bsn'],
    ['1234.56.782', 'bsn'],
    ['BSN 123456782', 'bsn'],
    ['NL91ABNA0417164300', 'iban'],
    ['NL91 ABNA 0417 1643 00', 'iban'],
    ['GB82 WEST 1234 5698 7654 32', 'iban'],
  ])('%s → %s', (value, kind) => {
    expect(personalDataKind(value)).toBe(kind);
  });

  it.each([
    'Gemeente Amsterdam',
    'Stichting 40-45',
    'VluchtelingenWerk Nederland',
    'GGD Hollands-Midden',
    'Stichting 1001 Nacht',
    'Platform 31',
    'KvK 12345678',
    '123456789', // nine digits failing the 11-test
    'NL91ABNA0417164301', // IBAN with a wrong check
    'Wijkteam 2020-2024',
    "'s-Hertogenbosch",
  ])('%s is no personal data', (value) => {
    expect(personalDataKind(value)).toBeNull();
  });

  it('checks the 11-test and the IBAN checksum', () => {
    expect(passesElevenTest('123456782')).toBe(true);
    expect(passesElevenTest('123456781')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
    expect(isIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isIban('DE89 3704 0044 0532 0130 01')).toBe(false);
  });
});

describe('personLikeName', () => {
  it.each([
    'Jan de Vries',
    'Jan de Vries (wijkagent)',
    'dhr. Bakker',
    'Mevr. Jansen',
    'J. de Vries',
    'J.P. van Dam',
    'Peter van den Berg',
    'mr. A. Yilmaz',
  ])('%s reads as a person', (value) => {
    expect(personLikeName(value)).toBe(true);
  });

  it.each([
    'Huis van de Wijk',
    'Gemeente Den Haag',
    'Stichting de Brug',
    'Movisie',
    'Kennisplatform Integratie & Samenleving',
    'Vereniging van Nederlandse Gemeenten',
  ])('%s reads as an organisation', (value) => {
    expect(personLikeName(value)).toBe(false);
  });

  it('masks a name to its initials', () => {
    expect(maskName('Jan de Vries')).toBe('J… d… V…');
  });
});
