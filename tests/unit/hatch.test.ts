import { describe, expect, it } from 'vitest';
import { hatchPattern, hexToRgb } from '../../src/map/hatch.ts';

describe('hatchPattern', () => {
  it('draws stripes in the colour and leaves the rest transparent', () => {
    const img = hatchPattern('#8c2d19', 8, 2);
    expect(img.data.length).toBe(8 * 8 * 4);
    const alphaAt = (x: number, y: number) => img.data[(y * 8 + x) * 4 + 3];
    expect(alphaAt(0, 0)).toBe(230); // x + y = 0: on the stripe
    expect(alphaAt(7, 1)).toBe(230); // x + y = 8 ≡ 0
    expect(alphaAt(3, 0)).toBe(0);
    expect([...img.data.slice(0, 3)]).toEqual([0x8c, 0x2d, 0x19]);
  });

  it('tiles seamlessly: the right edge continues into the left edge', () => {
    const size = 16;
    const img = hatchPattern('#000000', size, 3);
    const on = (x: number, y: number) => img.data[(y * size + x) * 4 + 3]! > 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        // One step along the stripe (right and up), wrapping across the tile edge, stays the same.
        expect(on((x + 1) % size, (y - 1 + size) % size)).toBe(on(x, y));
      }
    }
    const stripes = Array.from({ length: size }, (_, x) => on(x, 0)).filter(Boolean).length;
    expect(stripes).toBe(3);
  });

  it('rejects colours it cannot parse', () => {
    expect(() => hexToRgb('red')).toThrow('not a #rrggbb colour: red');
  });
});
