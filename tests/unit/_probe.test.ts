import { it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { untranslated } from '../helpers/latin';
function pages(dir: string): string[] { return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? pages(p) : n === 'index.html' ? [p] : []; }); }
it('probe', () => {
  const counts = new Map<string, number>();
  for (const p of pages('dist/zh')) {
    let h = readFileSync(p, 'utf8').replace(/="[^"]*"/g, '=""');
    h = h.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '').replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<(code|pre|kbd|textarea)[\s\S]*?<\/\1>/g, ' ');
    h = h.replace(/<[^>]*\slang="en[^"]*"[^>]*>[\s\S]*?<\/(span|a|cite|li|p|div|q)>/g, ' ');
    const text = h.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');
    const words = untranslated(text);
    if (words.length && /chapters\/what-it-cost|present\/training|teach\/index/.test(p)) { console.log('PAGE', p.replace('dist/zh', ''), words.length, [...new Set(words)].join(' ')); }
  }
});
