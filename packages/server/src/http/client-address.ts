import { isIP } from 'node:net';

/** What stands for the address when there is no socket (in-process requests). */
export const UNKNOWN_ADDRESS = 'unknown';

/**
 * The client's address for rate limiting, behind `trustedHops` proxies that each append the
 * address they received the request from to `X-Forwarded-For`.
 *
 * The chain is the header's entries followed by the socket peer. The right-most `trustedHops`
 * of it are our own proxies, so the next one to the left is the address the outermost proxy saw:
 * the client. Everything further left was written by the client and is ignored, which is what
 * makes a rotated or forged leftmost value useless. (Express's `trust proxy` with a number
 * counts the same way.)
 *
 * A header shorter than the configured hops means the request did not pass through every proxy;
 * then the leftmost entry is the furthest trusted hop we know of. An entry that is not an IP
 * address is never believed: the socket peer stands in, which the client cannot choose.
 */
export function clientAddressFrom(
  forwardedFor: string | undefined,
  peer: string | undefined,
  trustedHops: number,
): string {
  const socket = normaliseAddress(peer) ?? UNKNOWN_ADDRESS;
  if (trustedHops <= 0 || !forwardedFor) return socket;
  const chain = [...forwardedFor.split(',').map((entry) => entry.trim()), socket];
  const picked = chain[Math.max(0, chain.length - 1 - trustedHops)];
  return normaliseAddress(picked) ?? socket;
}

/**
 * An address in one canonical spelling, or undefined if it is not one: proxies may add a port
 * (`203.0.113.7:51234`, `[2001:db8::1]:443`), IPv6 is case-insensitive, and an IPv4 client of a
 * dual-stack socket shows up as `::ffff:203.0.113.7`.
 */
export function normaliseAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  address = address.toLowerCase();
  if (address.startsWith('::ffff:') && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address : undefined;
}
