using Microsoft.Playwright;

namespace PartnershipSite.Tests.Browser;

/// <summary>
/// Checks run in the page, each returning null when it holds or a description of what is wrong. The same
/// functions run on the real pages and on deliberately broken pages, so they are known to be able to fail.
/// </summary>
public static class PageChecks
{
    /// <summary>The text-spacing overrides of WCAG 2.2 SC 1.4.12, applied with <c>!important</c> as a user style would.</summary>
    public const string TextSpacingStyle = """
        * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        p { margin-bottom: 2em !important; }
        """;

    /// <summary>WCAG 2.2 SC 1.4.10: the page must not scroll sideways; names the elements that stick out.</summary>
    public static Task<string?> HorizontalOverflowAsync(IPage page) => Run(page, """
        () => {
          const root = document.documentElement;
          const width = root.clientWidth;
          if (root.scrollWidth <= width) return null;
          const wide = [...document.body.querySelectorAll('*')]
            .filter(e => e.getBoundingClientRect().right > width + 1)
            .slice(-5)
            .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ')');
          return 'scrolls sideways: content ' + root.scrollWidth + ' px wide in a ' + width + ' px viewport; ' + wide.join(', ');
        }
        """);

    /// <summary>WCAG 2.2 SC 1.4.12: no text is cut off by a box that hides its overflow.</summary>
    public static Task<string?> ClippedTextAsync(IPage page) => Run(page, """
        () => {
          const clipped = [...document.body.querySelectorAll('*')].filter(e => {
            const s = getComputedStyle(e);
            const hides = v => v === 'hidden' || v === 'clip';
            // A screen-reader-only label (.visually-hidden: a 1 px absolutely placed box) is hidden by design, not cut off.
            const screenReaderOnly = s.position === 'absolute' && e.clientWidth <= 1 && e.clientHeight <= 1;
            return e.textContent.trim() !== '' && s.display !== 'none' && !screenReaderOnly &&
              ((hides(s.overflowY) && e.scrollHeight > e.clientHeight + 1) || (hides(s.overflowX) && e.scrollWidth > e.clientWidth + 1));
          });
          return clipped.length === 0 ? null : 'text clipped in ' + clipped.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')).join(', ');
        }
        """);

    /// <summary>
    /// WCAG 2.2 SC 2.4.7 and 2.4.11: the focused element has an indicator (an outline of at least 2 px or a box
    /// shadow), lies inside the viewport, and nothing covers its centre.
    /// </summary>
    /// <remarks>Waits for scrolling to settle first: the theme scrolls smoothly unless motion is reduced.</remarks>
    public static Task<string?> FocusProblemAsync(IPage page) => Run(page, """
        async () => {
          for (let i = 0, last = '', stable = 0; i < 120 && stable < 3; i++) {
            await new Promise(resolve => requestAnimationFrame(resolve));
            const now = scrollX + ',' + scrollY;
            stable = now === last ? stable + 1 : 0;
            last = now;
          }
          const e = document.activeElement;
          if (!e || e === document.body) return 'nothing has focus';
          const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
          const s = getComputedStyle(e);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
          if (!outline && s.boxShadow === 'none') return name + ': no visible focus indicator (outline ' + s.outlineStyle + ' ' + s.outlineWidth + ', no box-shadow)';
          const r = e.getClientRects()[0] || e.getBoundingClientRect();
          if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return name + ': focused outside the viewport';
          const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
          const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
          const top = document.elementFromPoint(x, y);
          if (top && top !== e && !e.contains(top)) return name + ': obscured by ' + top.tagName.toLowerCase() + (top.className ? '.' + top.className : '');
          return null;
        }
        """);

    /// <summary>
    /// The page's skeleton: <c>lang</c> on <c>html</c>, exactly one <c>h1</c>, headings that never skip a level, and
    /// one each of banner, labelled navigation, main and contentinfo landmarks; and no JavaScript.
    /// </summary>
    public static Task<string?> StructureProblemAsync(IPage page) => Run(page, """
        () => {
          const problems = [];
          if (!document.documentElement.lang) problems.push('html has no lang');
          const h1s = document.querySelectorAll('h1').length;
          if (h1s !== 1) problems.push(h1s + ' h1 elements');
          let previous = 0;
          for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
            const level = Number(h.tagName[1]);
            if (level > previous + 1) problems.push('h' + level + ' "' + h.textContent.trim().slice(0, 30) + '" follows h' + previous);
            previous = level;
          }
          const count = selector => document.querySelectorAll(selector).length;
          if (count('body > header') !== 1) problems.push('banner landmarks: ' + count('body > header'));
          if (count('nav[aria-label], nav[aria-labelledby]') !== count('nav') || count('nav') < 1) problems.push('navigation without a label, or none');
          if (count('main') !== 1) problems.push('main landmarks: ' + count('main'));
          if (count('body > footer') !== 1) problems.push('contentinfo landmarks: ' + count('body > footer'));
          // The theme needs no JavaScript; structured data (JSON-LD) is not script that runs.
          if (count('script:not([type="application/ld+json"])') !== 0) problems.push('page has JavaScript');
          return problems.length === 0 ? null : problems.join('; ');
        }
        """);

    /// <summary>The focused element's computed outline is a solid-ish line at least 2 px wide in a visible colour.</summary>
    public static Task<string?> OutlineProblemAsync(IPage page) => Run(page, """
        () => {
          const s = getComputedStyle(document.activeElement);
          const transparent = s.outlineColor === 'transparent' || /rgba\(.*,\s*0\)$/.test(s.outlineColor);
          if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2 || transparent)
            return 'outline not visible: ' + s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor;
          return null;
        }
        """);

    /// <summary>A short description of the focused element, or null when the document has no focus.</summary>
    public static Task<string?> FocusedAsync(IPage page) => Run(page, """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '');
        }
        """);

    private static async Task<string?> Run(IPage page, string script)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<string?>(script);
    }
}
