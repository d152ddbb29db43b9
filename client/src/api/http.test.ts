// Unit: every write the client sends carries the session's CSRF token once someone is signed in;
// reads never do, and nothing is sent when nobody is signed in.
import { afterEach, describe, expect, it } from 'vitest';
import { requestHeaders, setCsrfToken } from './http.ts';

describe('requestHeaders', () => {
  afterEach(() => setCsrfToken(undefined));

  it('adds X-CSRF-Token to POST, PATCH and DELETE when signed in, never to GET', () => {
    setCsrfToken('tok');
    expect(requestHeaders('POST', true)).toEqual({ accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': 'tok' });
    expect(requestHeaders('PATCH', true)['x-csrf-token']).toBe('tok');
    expect(requestHeaders('DELETE', false)).toEqual({ accept: 'application/json', 'x-csrf-token': 'tok' });
    expect(requestHeaders('GET', false)).toEqual({ accept: 'application/json' });
  });

  it('sends no token when nobody is signed in', () => {
    expect(requestHeaders('POST', true)).not.toHaveProperty('x-csrf-token');
  });
});
