import Bowser from 'bowser';

/** "Chrome on macOS" from a User-Agent (bowser, a maintained UA parser); null when nothing is recognisable. */
export function deviceName(userAgent: string | null | undefined, template: (browser: string, os: string) => string): string | null {
  if (!userAgent) return null;
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name;
  const os = parsed.os.name;
  if (browser && os) return template(browser, os);
  return browser || os || null;
}
