import { describe, expect, it } from 'vitest';
import { dataPerExample } from '../../src/scenes/kit/example-data';

describe('dataPerExample', () => {
  it('returns the base data for its key, and makes the data for any other key once', () => {
    const made: string[] = [];
    const base = { key: 'sunset' };
    const dataFor = dataPerExample(base, 'sunset', (key) => (made.push(key), { key }));
    expect(dataFor('sunset')).toBe(base);
    const sky = dataFor('天空');
    expect(sky).toEqual({ key: '天空' });
    expect(dataFor('天空')).toBe(sky);
    expect(made).toEqual(['天空']);
  });
});
