import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const web = process.cwd();

describe('the favicon', () => {
  it('is linked from index.html and served from public/ as an SVG of its own (no /favicon.ico 404)', () => {
    const html = new DOMParser().parseFromString(readFileSync(`${web}/index.html`, 'utf8'), 'text/html');
    const link = html.querySelector('link[rel="icon"]');
    expect(link?.getAttribute('href')).toBe('/favicon.svg');
    expect(link?.getAttribute('type')).toBe('image/svg+xml');
    const file = `${web}/public/favicon.svg`;
    expect(existsSync(file)).toBe(true);
    const svg = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(svg.documentElement.tagName).toBe('svg');
    expect(svg.documentElement.outerHTML).not.toMatch(/href=|url\(/); // no external asset
  });
});
