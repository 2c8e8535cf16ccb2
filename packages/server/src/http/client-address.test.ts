import { describe, expect, it } from 'vitest';
import { rateLimitAddress } from '../accounts/address-key.js';
import { clientAddressFrom, normaliseAddress, UNKNOWN_ADDRESS } from './client-address.js';

describe('clientAddressFrom', () => {
  const proxy = '10.0.0.2';

  it('ignores X-Forwarded-For unless proxies are trusted', () => {
    expect(clientAddressFrom('203.0.113.9', '198.51.100.4', 0)).toBe('198.51.100.4');
    expect(clientAddressFrom(undefined, undefined, 0)).toBe(UNKNOWN_ADDRESS);
  });

  it('takes the address the one trusted proxy appended, whatever the client wrote to its left', () => {
    for (let i = 0; i < 40; i++) {
      expect(clientAddressFrom(`192.0.2.${i}, 198.51.100.7`, proxy, 1)).toBe('198.51.100.7');
    }
    expect(clientAddressFrom('198.51.100.7', proxy, 1)).toBe('198.51.100.7');
  });

  it('counts N hops from the right behind N proxies', () => {
    const header = '192.0.2.1, 198.51.100.7, 10.0.0.1';
    expect(clientAddressFrom(header, proxy, 2)).toBe('198.51.100.7');
    expect(clientAddressFrom(header, proxy, 1)).toBe('10.0.0.1');
    expect(clientAddressFrom(header, proxy, 3)).toBe('192.0.2.1');
  });

  it('falls back safely: the leftmost entry when the chain is short, the socket peer when the entry is not an address', () => {
    expect(clientAddressFrom('198.51.100.7', proxy, 3)).toBe('198.51.100.7');
    expect(clientAddressFrom('192.0.2.1, not-an-address', proxy, 1)).toBe(proxy);
    expect(clientAddressFrom('192.0.2.1, ', proxy, 1)).toBe(proxy);
    expect(clientAddressFrom(',,,', proxy, 2)).toBe(proxy);
    expect(clientAddressFrom('198.51.100.7\u0000', proxy, 1)).toBe(proxy);
    expect(clientAddressFrom('x'.repeat(10_000), undefined, 1)).toBe(UNKNOWN_ADDRESS);
  });

  it('spells one address one way', () => {
    expect(normaliseAddress('198.51.100.7:51234')).toBe('198.51.100.7');
    expect(normaliseAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normaliseAddress('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(normaliseAddress('2001:db8::1')).toBe('2001:db8::1');
    expect(normaliseAddress('unknown')).toBeUndefined();
    expect(normaliseAddress('999.1.1.1')).toBeUndefined();
  });
});

describe('rateLimitAddress', () => {
  it('keeps IPv4 addresses and counts IPv6 ones by their /64', () => {
    expect(rateLimitAddress('198.51.100.7')).toBe('198.51.100.7');
    expect(rateLimitAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitAddress('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(rateLimitAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitAddress('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitAddress('64:ff9b::198.51.100.7')).toBe('64:ff9b:0:0::/64');
    expect(rateLimitAddress(UNKNOWN_ADDRESS)).toBe(UNKNOWN_ADDRESS);
  });
});
