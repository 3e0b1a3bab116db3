import path from 'node:path';
import { buildTime, contentRoot, showsUnpublished } from '@/lib/config';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('contentRoot', () => {
  it('is content/ in the working folder by default', () => {
    vi.stubEnv('CONTENT_DIR', undefined);

    expect(contentRoot()).toBe(path.resolve('content'));
  });

  it('is CONTENT_DIR, resolved from the working folder, when set', () => {
    vi.stubEnv('CONTENT_DIR', 'tests/fixtures/content/valid');

    expect(contentRoot()).toBe(path.resolve('tests/fixtures/content/valid'));
  });
});

describe('buildTime', () => {
  it('is the pinned BUILD_TIME when set', () => {
    vi.stubEnv('BUILD_TIME', '2025-12-01T12:00:00+01:00');

    expect(buildTime().toISOString()).toBe('2025-12-01T11:00:00.000Z');
  });

  it('is the clock when BUILD_TIME is not set', () => {
    vi.stubEnv('BUILD_TIME', undefined);
    const before = Date.now();

    const time = buildTime().getTime();

    expect(time >= before && time <= Date.now()).toBe(true);
  });

  it('throws, saying what was expected, when BUILD_TIME cannot be read', () => {
    vi.stubEnv('BUILD_TIME', 'morgen');

    expect(() => buildTime()).toThrow(
      'BUILD_TIME: expected an ISO 8601 instant such as 2025-11-17T12:00:00Z (got "morgen")',
    );
  });

  // `new Date` would roll a day that does not exist over into the next month.
  it('throws when BUILD_TIME names a day that does not exist', () => {
    vi.stubEnv('BUILD_TIME', '2025-02-30T12:00:00Z');

    expect(() => buildTime()).toThrow('BUILD_TIME');
  });

  // Content dates without an offset are Amsterdam time; a pinned BUILD_TIME must be too, or it
  // would schedule differently on machines in other zones.
  it('reads a BUILD_TIME without an offset as Amsterdam time, whatever zone the machine has', () => {
    vi.stubEnv('TZ', 'Asia/Tokyo');
    vi.stubEnv('BUILD_TIME', '2025-12-01T12:00');

    expect(buildTime().toISOString()).toBe('2025-12-01T11:00:00.000Z');
  });
});

describe('showsUnpublished', () => {
  it.each([
    [true, 'development'],
    [false, 'production'],
    [false, 'test'],
  ])('is %s when NODE_ENV is %s', (expected, nodeEnv) => {
    vi.stubEnv('NODE_ENV', nodeEnv);

    expect(showsUnpublished()).toBe(expected);
  });
});
