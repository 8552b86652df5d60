export function parseCaddyHeaders(text: string): Record<string, string>;
export function securityHeaders(options?: { apiOrigin?: string; inlineScriptHashes?: string[] }): Record<string, string>;
export function inlineScriptHashes(html: string): string[];
