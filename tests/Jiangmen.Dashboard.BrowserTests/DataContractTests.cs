using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Jiangmen.Dashboard.BrowserTests;

/// <summary>
/// The data contract judged by tools nobody here wrote: Redocly lints /openapi/v1.json with its recommended rules;
/// Chromium fetches the data from a page on another origin (CORS); LibreOffice opens an .xlsx (Debian's
/// libreoffice-calc, headless) and finds the CSV's numbers as numbers, the Chinese intact and the sources sheet.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class DataContractTests(BrowserFixture fixture)
{
    private static readonly string Redocly = Path.Combine(Repository.Root, "tests", "Jiangmen.Dashboard.BrowserTests", "node_modules", ".bin", "redocly");

    private const string Soffice = "/usr/bin/soffice";

    [Fact]
    public async Task The_OpenAPI_description_passes_Redoclys_recommended_rules()
    {
        File.Exists(Redocly).Should().BeTrue($"{Redocly} is installed by the build's npm ci (package.json)");
        var folder = Directory.CreateTempSubdirectory("jiangmen-redocly-").FullName;
        try
        {
            using var client = new HttpClient { BaseAddress = fixture.BaseAddress };
            var description = Path.Combine(folder, "openapi.json");
            await File.WriteAllTextAsync(description, await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

            var (_, output, log) = await RunAsync(Redocly, folder, "lint", description, "--format=json");
            output.Should().Contain("{", log);
            var report = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]).RootElement;
            var problems = report.GetProperty("problems").EnumerateArray()
                .Select(p => $"{p.GetProperty("severity").GetString()} {p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()}")
                .ToList();

            // The project has not chosen a licence for its data yet; the description does not invent one.
            problems.Where(p => !p.Contains("info-license", StringComparison.Ordinal)).Should().BeEmpty();
            report.GetProperty("totals").GetProperty("errors").GetInt32().Should().Be(0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_page_on_another_origin_can_fetch_the_data_and_revalidate_it()
    {
        // The dashboard listens on 127.0.0.1 here, and Chromium keeps a page of a public origin from reaching a local
        // address (Local Network Access), which a notebook on the web reaching the public dashboard never meets: that
        // check is off in this browser, so that only CORS decides, as it would between two public sites.
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = [.. BrowserFixture.LaunchArguments,
                "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights"],
        });
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        // A notebook somewhere else: any page whose origin is not the dashboard's.
        await page.RouteAsync("http://notebook.example/**", route => route.FulfillAsync(new() { ContentType = "text/html", Body = "<!DOCTYPE html><title>notebook</title>" }));
        await page.GotoAsync("http://notebook.example/");

        var answers = await page.EvaluateAsync<string[]>(@"async base => {
            const regions = await fetch(base + 'api/regions');
            const tag = regions.headers.get('ETag');
            const again = await fetch(base + 'api/regions', { headers: { 'If-None-Match': tag }, cache: 'no-store' });
            const csv = await fetch(base + 'export/observations.csv');
            const description = await fetch(base + 'openapi/v1.json');
            return [String(regions.status), String((await regions.json()).length), String(tag !== null), String(again.status),
                String(csv.status), (await csv.text()).slice(0, 12), String(description.status)];
        }", fixture.BaseAddress.ToString());

        answers.Should().Equal("200", "19", "true", "304", "200", "subject_kind", "200");
    }

    [Fact]
    public async Task LibreOffice_opens_the_xlsx_with_the_csvs_numbers_as_numbers_Chinese_intact_and_the_sources_sheet()
    {
        File.Exists(Soffice).Should().BeTrue("Debian's libreoffice-calc provides /usr/bin/soffice (./test.sh installs it)");
        var folder = Directory.CreateTempSubdirectory("jiangmen-xlsx-").FullName;
        try
        {
            using var client = new HttpClient { BaseAddress = fixture.BaseAddress };
            var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri("/indicators/gdp.csv", UriKind.Relative))).TrimStart('\uFEFF');
            await File.WriteAllBytesAsync(Path.Combine(folder, "gdp.xlsx"), await client.GetByteArrayAsync(new Uri("/indicators/gdp.xlsx", UriKind.Relative)));

            // Every sheet to its own CSV (sheet -1), UTF-8, text cells quoted and numbers not, cells as shown.
            var (exitCode, output, log) = await RunAsync(Soffice, folder, $"-env:UserInstallation=file://{folder}/profile", "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,false,true,false,false,-1", "gdp.xlsx", "--outdir", folder);
            exitCode.Should().Be(0, output + log);
            var sheets = Directory.GetFiles(folder, "gdp-*.csv").Order(StringComparer.Ordinal).ToList();
            sheets.Should().HaveCount(2, log);

            var data = Fields(await File.ReadAllTextAsync(sheets.Single(s => s.Contains("Data", StringComparison.Ordinal))));
            var expected = Fields(csv);
            var value = expected[0].FindIndex(f => f.Text == "value");
            data[1].Select(f => f.Text).Should().Equal(expected[0].Select(f => f.Text), "the second header row has the CSV's column names");
            data[0][5].Text.Should().Be("指标中文名称", "the first header row is Chinese, intact");
            data.Skip(2).Select(r => r.Select(f => f.Text)).Should().BeEquivalentTo(expected.Skip(1).Select(r => r.Select(f => f.Text)), o => o.WithStrictOrdering());
            data.Skip(2).Should().OnlyContain(r => !r[value].Quoted && decimal.Parse(r[value].Text, CultureInfo.InvariantCulture) > 0, "values are number cells");
            data.Skip(2).Select(r => r[value].Text).Should().Contain("516.50");
            var sources = await File.ReadAllTextAsync(sheets.Single(s => s.Contains("Sources", StringComparison.Ordinal)));
            sources.Should().Contain("jmdrc-2024-county-economy").And.Contain("江门市发展和改革局");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A CSV's rows as fields, each with whether it was quoted (LibreOffice quotes text cells, not numbers).</summary>
    private static List<List<(string Text, bool Quoted)>> Fields(string csv)
    {
        var rows = new List<List<(string, bool)>>();
        var row = new List<(string, bool)>();
        var field = new StringBuilder();
        var (quoted, inQuotes) = (false, false);
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                (quoted, inQuotes) = (true, true);
            }
            else if (c == ',')
            {
                row.Add((field.ToString(), quoted));
                field.Clear();
                quoted = false;
            }
            else if (c == '\n')
            {
                row.Add((field.ToString(), quoted));
                rows.Add(row);
                (row, quoted) = ([], false);
                field.Clear();
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add((field.ToString(), quoted));
            rows.Add(row);
        }

        return rows;
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string file, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
