namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>
/// Every page type in both languages, as the browser has it after its scripts ran: an English page has no Chinese text
/// outside an element marked lang="zh…" (a name in the other language, a quote of a source, a source's words in a
/// note), and a Chinese page has no English words outside an element marked lang="en…", codes and units.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class StrayLanguageTests(BrowserFixture fixture)
{
    /// <summary>Each page type once, every region and pairing, and a page that does not exist (404).</summary>
    public static readonly string[] Pages =
    [
        "/", "/regions/jiangmen", "/regions/pengjiang", "/regions/jianghai", "/regions/xinhui", "/regions/taishan", "/regions/kaiping",
        "/regions/heshan", "/regions/enping", "/regions/xinhui-daze", "/indicators", "/indicators/gdp",
        "/compare?regions=taishan,kaiping,enping&indicators=gdp,gdp_growth", "/partnerships", "/partnerships/pengjiang-jianghai-enping",
        "/partnerships/xinhui-taishan", "/partnerships/heshan-kaiping", "/platforms", "/platforms/jiangmen-main-platform",
        "/platforms/daguanghai-bay-economic-zone", "/sources", "/sources/jmdrc-2024-county-economy", "/sources/kaiping-gov-kpzx-3029558",
        "/sources/cre-gdpct-research-table", "/regions/nowhere",
    ];

    /// <summary>
    /// Collects the text nodes in the wrong language, each with where it is. Text inside script, style and template is not
    /// read by anyone. What may stand in a Chinese page without lang="en", narrowly:
    /// - codes and addresses: a web address, a token with a letter and one of / . _ @ : or a hyphen between letters or digits
    ///   (jmdrc-2024-county-economy, jmnews.com.cn, CRE_Gdpct.csv, eileenCHEN-9/PhD_2022_2025), and what code, kbd, samp
    ///   or translate="no" elements hold;
    /// - acronyms and units: a word in capitals and digits (GDP, RCEP, CSV, PNG, ISBN), and km²;
    /// - the few product and person names the sources and the downloads are known by, written in Latin letters by their
    ///   owners: GitHub, Excel, and Lei Dong (the author of a census compilation, as he writes his name).
    /// Numbers, marks and Chinese are never English words.
    /// </summary>
    private const string FindStrayText = """
        lang => {
          const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;
          const allowedNames = new Set(['GitHub', 'Excel', 'Lei', 'Dong']);
          const isCode = t => /[A-Za-z]/.test(t) && (/[\/._@:]/.test(t) || /[A-Za-z0-9]-[A-Za-z0-9]/.test(t));
          const isAcronym = t => /^[A-Z][A-Z0-9]+$/.test(t) || t === 'km²';
          const englishWords = text => text.replace(/https?:\/\/[^\s“”（）]+/g, ' ').replace(/[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’（），。、；：]/g, ' ')
            .split(/[\s;,]+/).map(t => t.replace(/^[("'\[]+|[)"'\],;!?]+$/g, ''))
            .filter(t => /[A-Za-z]{2,}/.test(t) && !isCode(t) && !isAcronym(t) && !allowedNames.has(t.replace(/[.]$/, '')));
          const where = e => { const parts = []; for (; e && e !== document.body; e = e.parentElement) parts.unshift(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/[\s;,]+/).join('.') : '')); return parts.slice(-3).join(' > '); };
          const stray = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            const text = node.textContent.trim();
            if (!text || parent.closest('script, style, template')) continue;
            const marked = (parent.closest('[lang]')?.getAttribute('lang') || '').toLowerCase();
            if (lang === 'en') {
              if (cjk.test(text) && !marked.startsWith('zh')) stray.push(where(parent) + ': ' + text.slice(0, 120));
            } else {
              if (marked.startsWith('en') || parent.closest('code, kbd, samp, [translate="no"]')) continue;
              const words = englishWords(text);
              if (words.length > 0) stray.push(where(parent) + ': ' + words.join(' ') + ' | ' + text.slice(0, 120));
            }
          }
          const title = document.title;
          if (lang === 'en' ? cjk.test(title) : englishWords(title).length > 0) stray.push('title: ' + title);
          return stray;
        }
        """;

    [Theory]
    [InlineData("desktop-zh")]
    [InlineData("phone-en")]
    public async Task No_page_shows_text_of_the_other_language_outside_an_element_marked_with_it(string viewName)
    {
        var view = View.Both.Single(v => v.Name == viewName);
        await using var context = await fixture.NewContextAsync(view);
        var page = await context.NewPageAsync();
        var stray = new List<string>();
        foreach (var path in Pages)
        {
            await page.GotoAsync(view.Address(path));
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            var found = await page.EvaluateAsync<string[]>(FindStrayText, view.Lang == "en" ? "en" : "zh");
            stray.AddRange(found.Select(f => $"{view.Address(path)} {f}"));
        }

        stray.Should().BeEmpty("these text nodes are in the other language:\n" + string.Join('\n', stray));
    }
}
