import { describe, expect, it } from 'vitest';
import { railsRuntime, vestibuleAnswer, weakEtag } from './vestibule-headers.js';

// the body and ETag of atrium-ruby's spec/cassettes/atrium/user/create.yml (commit 54032394, recorded against vestibule in 2017)
const CASSETTE_BODY =
  '{"user":{"guid":"USR-a0d28b12-2ccf-e80f-df0f-157f17d1b134","is_disabled":false,"metadata":"{\\"first_name\\": \\"Steven\\", \\"favorite_color\\": \\"BLUE\\"}","identifier":"32d355b8-e2b4-449a-ab5c-86946224e0f9"}}';
const CASSETTE_ETAG = 'W/"610732839f4d0be084073be7e774b704"';

describe('vestibule response headers', () => {
  it('computes the ETag vestibule recorded for the same body: W/"<MD5 hex>"', () => {
    expect(weakEtag(CASSETTE_BODY)).toBe(CASSETTE_ETAG);
    expect(weakEtag(Buffer.from(CASSETTE_BODY))).toBe(CASSETTE_ETAG);
  });

  it('formats X-Runtime as Rack::Runtime does: seconds with six decimals', () => {
    expect(railsRuntime(64.885)).toBe('0.064885');
    expect(railsRuntime(11532.067)).toBe('11.532067');
    expect(railsRuntime(0)).toBe('0.000000');
  });

  it('gives a 200 with a body the ETag, max-age=0, private, must-revalidate and the Rails default headers', () => {
    expect(vestibuleAnswer({ method: 'POST' }, 200, CASSETTE_BODY, 64.885)).toEqual({
      status: 200,
      withBody: true,
      headers: {
        ETag: CASSETTE_ETAG,
        'Cache-Control': 'max-age=0, private, must-revalidate',
        'X-Frame-Options': 'SAMEORIGIN',
        'X-XSS-Protection': '1; mode=block',
        'X-Content-Type-Options': 'nosniff',
        'X-Runtime': '0.064885',
      },
    });
    expect(vestibuleAnswer({ method: 'GET' }, 201, '{}', 1).headers.ETag).toBe(weakEtag('{}'));
  });

  it('gives 202, 204, errors and empty bodies no ETag and Cache-Control: no-cache', () => {
    for (const [status, body] of [[202, '{"member":{}}'], [204, undefined], [400, '{"error":{}}'], [404, '{"error":{}}'], [500, '{}'], [200, '']] as const) {
      const answer = vestibuleAnswer({ method: 'GET' }, status, body, 1);
      expect(answer.headers.ETag, String(status)).toBeUndefined();
      expect(answer.headers['Cache-Control'], String(status)).toBe('no-cache');
      expect(answer.headers['X-Frame-Options']).toBe('SAMEORIGIN');
      expect(answer.status).toBe(status);
    }
  });

  it('answers 304 without a body to a GET or HEAD whose If-None-Match is exactly the ETag', () => {
    for (const method of ['GET', 'HEAD']) {
      const answer = vestibuleAnswer({ method, ifNoneMatch: CASSETTE_ETAG }, 200, CASSETTE_BODY, 1);
      expect(answer).toMatchObject({ status: 304, withBody: false, headers: { ETag: CASSETTE_ETAG, 'Cache-Control': 'max-age=0, private, must-revalidate' } });
    }
  });

  it('answers in full when If-None-Match differs, lists several tags, is *, or comes with If-Modified-Since (Rack 2.0 semantics)', () => {
    for (const ifNoneMatch of ['W/"00000000000000000000000000000000"', `${CASSETTE_ETAG}, W/"x"`, '*', CASSETTE_ETAG.slice(2)]) {
      expect(vestibuleAnswer({ method: 'GET', ifNoneMatch }, 200, CASSETTE_BODY, 1).status, ifNoneMatch).toBe(200);
    }
    expect(vestibuleAnswer({ method: 'GET', ifNoneMatch: CASSETTE_ETAG, ifModifiedSince: 'Fri, 16 Jun 2017 17:30:23 GMT' }, 200, CASSETTE_BODY, 1).status).toBe(200);
  });

  it('never turns a write, or an answer other than 200, into a 304', () => {
    expect(vestibuleAnswer({ method: 'POST', ifNoneMatch: CASSETTE_ETAG }, 200, CASSETTE_BODY, 1).status).toBe(200);
    expect(vestibuleAnswer({ method: 'GET', ifNoneMatch: weakEtag('{}') }, 201, '{}', 1).status).toBe(201);
  });
});
