import { describe, expect, it } from 'vitest';
import { RENDER_TIMEOUT_MS, renderTimeoutMs } from '../../src/export/core/render-timeout.ts';

describe('the export render bound', () => {
  it('is 90 s unless the page asks for less', () => {
    expect(RENDER_TIMEOUT_MS).toBe(90_000);
    expect(renderTimeoutMs('')).toBe(90_000);
    expect(renderTimeoutMs('?embed=1')).toBe(90_000);
  });

  it('can be shortened by render-timeout-ms', () => {
    expect(renderTimeoutMs('?render-timeout-ms=5000')).toBe(5000);
    expect(renderTimeoutMs('?embed=1&render-timeout-ms=1')).toBe(1);
    expect(renderTimeoutMs('?render-timeout-ms=89999')).toBe(89_999);
  });

  it('is never lengthened, and malformed values keep the default', () => {
    for (const value of [
      '90000',
      '90001',
      '600000',
      '999999999',
      '1e9',
      '0',
      '-5',
      '5s',
      '',
      '2.5',
      'Infinity',
      '0x10',
    ]) {
      expect(renderTimeoutMs(`?render-timeout-ms=${encodeURIComponent(value)}`), value).toBe(
        90_000,
      );
    }
  });
});
