/** H10: the private-address check for catalogue sources covers every local and internal range. */
import { describe, expect, it } from 'vitest';
import { checkFetchTarget, isPrivateHost } from '../../lib/fetch/url-policy';

describe('private hosts', () => {
  it.each([
    ['100.64.0.1', 'shared address space (CGNAT)'],
    ['100.127.255.254', 'shared address space, upper end'],
    ['198.18.0.1', 'benchmarking'],
    ['198.19.255.255', 'benchmarking, upper end'],
    ['224.0.0.251', 'multicast (mDNS)'],
    ['239.255.255.250', 'multicast (SSDP)'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.0.8', 'IETF protocol assignments'],
    ['[64:ff9b::7f00:1]', 'NAT64 of 127.0.0.1'],
    ['[64:ff9b::10.0.0.1]', 'NAT64 of 10.0.0.1, dotted'],
    ['[64:ff9b:1::1]', 'local-use NAT64'],
    ['[2002:c0a8:0101::1]', '6to4 of 192.168.1.1'],
    ['[2002:7f00:1::]', '6to4 of 127.0.0.1'],
    ['[fec0::1]', 'site-local'],
    ['[ff02::1]', 'IPv6 multicast'],
    ['[::ffff:0:7f00:1]', 'IPv4-translated 127.0.0.1'],
    ['[::ffff:a9fe:a9fe]', 'IPv4-mapped 169.254.169.254, hexadecimal'],
    ['[::ffff:100.64.0.1]', 'IPv4-mapped CGNAT'],
    ['localhost.localdomain', 'localhost alias'],
    ['ip6-localhost', 'Debian localhost alias'],
    ['ip6-loopback', 'Debian loopback alias'],
    ['drucker.home.arpa', 'home network'],
    ['nas.lan', 'router-assigned name'],
    ['fritz.box', 'the router'],
    ['FRITZ.BOX.', 'the router, upper case with a trailing dot'],
    ['wiki', 'single-label intranet name'],
    ['intranet', 'single-label intranet name'],
  ])('H10 %s (%s) is private', (host) => {
    expect(isPrivateHost(host)).toBe(true);
    expect(checkFetchTarget(`http://${host}/feed`, { allowPrivate: false })).toMatch(/private network address/);
  });

  it.each([
    ['100.63.255.255'], ['100.128.0.1'], ['198.17.255.255'], ['198.20.0.1'], ['223.255.255.254'],
    ['[64:ff9b::808:808]'], ['[2002:808:808::1]'], ['[2001:db8::1]'], ['[2a00:1450:4001::200e]'],
    ['www.kommune21.de'], ['egovernment.de'], ['box.example'], ['fritz.box.example.org'],
  ])('H10 %s stays public', (host) => {
    expect(isPrivateHost(host)).toBe(false);
    expect(checkFetchTarget(`https://${host}/feed`, { allowPrivate: false })).toBeUndefined();
  });

  it('H10 a source the user named may still point into the intranet', () => {
    expect(checkFetchTarget('http://wiki/feed', { allowPrivate: true })).toBeUndefined();
  });
});
