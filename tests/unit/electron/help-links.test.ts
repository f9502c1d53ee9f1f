import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedHelpLink, HELP_LINK_HOSTS } from '../../../electron/policy';
import { makeWindow } from './support';

/**
 * What goes to the OS is the URL as parsed and checked, never the text the renderer sent: another parser (the
 * shell, the browser) may read the raw text as a different host.
 */
describe('help links', () => {
  it('open the normalised URL that was checked, not the text sent', async () => {
    const w = makeWindow('/nonexistent-userdata', '/nonexistent-docs');
    const cases: [string, string][] = [
      ['https://www.vgregion.se\\@evil.example/', 'https://www.vgregion.se/@evil.example/'],
      ['https://www.vgregion.se\\\\evil.example\\x', 'https://www.vgregion.se//evil.example/x'],
      ['  https://WWW.VGREGION.SE/sida?a=1#b  ', 'https://www.vgregion.se/sida?a=1#b'],
      ['https://www.vgregion.se/a\tb\nc', 'https://www.vgregion.se/abc'],
      ['https://www.vgregion.se/<script>', 'https://www.vgregion.se/%3Cscript%3E'],
    ];
    for (const [sent, opened] of cases) {
      expect(await w.handlers['help:openLink']({ url: sent }), sent).toEqual({ status: 'opened' });
      expect(w.shell.external.at(-1), sent).toBe(opened);
    }
  });

  it('never let another host, scheme, user name or port through, for any text', () => {
    const host = fc.oneof(fc.constantFrom(...HELP_LINK_HOSTS), fc.constantFrom('evil.example', 'vgregion.se.evil.example', 'www.vgregion.se.', 'xn--vgregion-se', '127.0.0.1'));
    const piece = fc.constantFrom('\\', '@', ':', '/', '//', '%40', '%2F', '#', '?', '.', '\t', '\n', ' ', 'evil.example', 'user:pw@', ':443', ':8080', '\u0000', '%00', '\u3002');
    const scheme = fc.constantFrom('https://', 'http://', 'HTTPS://', 'https:', 'https:/', 'javascript:', 'file://', '');
    const text = fc.tuple(scheme, fc.array(piece, { maxLength: 3 }), host, fc.array(piece, { maxLength: 6 })).map(([s, pre, h, post]) => s + pre.join('') + h + post.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (sent) => {
        const opened = checkedHelpLink(sent);
        if (opened === null) return;
        const u = new URL(opened);
        expect(u.protocol).toBe('https:');
        expect(HELP_LINK_HOSTS).toContain(u.hostname);
        expect([u.username, u.password, u.port]).toEqual(['', '', '']);
        // Normalised: parsing it again gives the same text, so every reader sees the one host.
        expect(u.href).toBe(opened);
        expect(opened).not.toMatch(/[\\\s\u0000-\u001f]/);
      }),
      { numRuns: 3000 },
    );
  });
});
