using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace Jiangmen.Dashboard.Tests.Compare;

public sealed class ComparePageTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    [Fact]
    public async Task Without_parameters_it_compares_the_seven_counties_on_what_most_of_them_have()
    {
        var (response, page) = await fixture.GetAsync("/compare");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelectorAll("table.compare thead th a").Select(a => a.TextContent)
            .Should().Equal("蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市");
        page.QuerySelectorAll("table.compare tbody td[data-region='pengjiang']").Select(td => td.GetAttribute("data-indicator"))
            .Should().Contain(["gdp", "resident_population"]);
    }

    [Fact]
    public async Task Each_cell_has_its_value_period_and_source_and_a_gap_says_why_never_a_zero()
    {
        var (_, of2023) = await fixture.GetAsync("/compare?regions=xinhui,taishan,enping&indicators=gdp,gdp_growth&year=2023");
        var xinhui = of2023.QuerySelector("td[data-region='xinhui'][data-indicator='gdp']")!;
        xinhui.TextContent.Should().Contain("1,011.25").And.Contain("2023");
        xinhui.QuerySelector("a.source-link")!.GetAttribute("href").Should().Be("/sources/xinhui-2023-statistical-bulletin");

        var (_, page) = await fixture.GetAsync("/compare?regions=xinhui,taishan,enping&indicators=gdp,gdp_growth");
        var taishan = page.QuerySelector("td[data-region='taishan'][data-indicator='gdp']")!;
        taishan.TextContent.Trim().Should().StartWith("575.37", "of 2024's two values the chart rule takes the official one read in a copy, not the Q&A page's");
        taishan.TextContent.Should().Contain("2024");
        taishan.QuerySelector(".sources-differ")!.TextContent.Should().Contain("约 575", "the other source's value is named beside it");
        page.QuerySelector("td[data-region='enping'][data-indicator='gdp']")!.TextContent.Trim().Should().Be("未见于已载入的资料");
        var gap = page.QuerySelector("td[data-region='xinhui'][data-indicator='gdp']")!;
        gap.TextContent.Should().NotContain("1,011.25", "新会's GDP is of 2023 and the row is of 2024: a gap, never an older figure in a 2024 row");
        gap.QuerySelector("a.gap-latest")!.GetAttribute("href").Should().Contain("year=2023", "the gap names the year 新会 has and links to it");
    }

    [Fact]
    public async Task A_chart_never_puts_two_units_or_two_periods_on_one_axis()
    {
        var (_, page) = await fixture.GetAsync("/compare?regions=xinhui,taishan,kaiping,heshan&indicators=gdp,gdp_growth,resident_population");

        var charts = page.QuerySelectorAll("script[type='application/json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).ToList();

        charts.Select(c => c.GetProperty("unit").GetString()).Should().BeEquivalentTo(["亿元", "%", "人"], "three indicators with three units");
        var gdp = charts.Single(c => c.GetProperty("unit").GetString() == "亿元").GetProperty("series")[0];
        gdp.GetProperty("name").GetString().Should().EndWith("（2024 年）");
        gdp.GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : (decimal?)v.GetDecimal())
            .Should().Equal([null, 575.37m, 515.47m, null], "新会's and 鹤山's latest GDP are of 2023 and are not drawn beside 2024");
    }

    [Fact]
    public async Task The_swap_control_turns_regions_into_rows()
    {
        var (_, page) = await fixture.GetAsync("/compare?regions=xinhui,heshan&indicators=gdp");
        var swap = page.QuerySelector("#swap")!.GetAttribute("href")!;
        var (_, swapped) = await fixture.GetAsync(swap);

        swap.Should().Contain("rows=regions");
        swapped.QuerySelectorAll("table.compare tbody th").Select(th => th.TextContent).Should().Equal("新会区", "鹤山市");
    }

    [Theory]
    [InlineData("regions=xinhui,nowhere", "nowhere")]
    [InlineData("indicators=gdp,gdp_per_cat", "gdp_per_cat")]
    public async Task An_unknown_region_or_indicator_is_a_400_that_names_it_and_lists_valid_values(string query, string unknown)
    {
        var (response, page) = await fixture.GetAsync("/en/compare?" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var message = page.QuerySelector("[role='alert']")!.TextContent;
        message.Should().Contain(unknown).And.Contain("Valid values").And.Contain(query.StartsWith("regions", StringComparison.Ordinal) ? "xinhui" : "resident_population");
    }

    [Fact]
    public async Task More_than_eight_regions_is_a_400_that_states_the_limit()
    {
        var (response, page) = await fixture.GetAsync("/en/compare?regions=jiangmen,pengjiang,jianghai,xinhui,taishan,kaiping,heshan,enping,xinhui-daze");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.QuerySelector("[role='alert']")!.TextContent.Should().Contain("xinhui-daze", "towns are not in the comparison");
        var (eight, _) = await fixture.GetAsync("/compare?regions=jiangmen,pengjiang,jianghai,xinhui,taishan,kaiping,heshan,enping");
        eight.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Duplicates_empty_values_and_repeated_parameters_are_accepted()
    {
        var (response, page) = await fixture.GetAsync("/compare?regions=xinhui,,xinhui&regions=heshan&regions=&indicators=gdp,");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelectorAll("table.compare thead th a").Select(a => a.TextContent).Should().Equal("新会区", "鹤山市");
    }

    [Fact]
    public async Task The_picker_is_a_plain_get_form_holding_the_current_view()
    {
        var (_, page) = await fixture.GetAsync("/en/compare?regions=xinhui,heshan&indicators=gdp");

        var form = page.QuerySelector("form.picker")!;
        form.GetAttribute("method").Should().Be("get");
        form.QuerySelectorAll("input[name='regions'][checked]").Select(i => i.GetAttribute("value")).Should().Equal("xinhui", "heshan");
        form.QuerySelectorAll("input[name='indicators'][checked]").Select(i => i.GetAttribute("value")).Should().Equal("gdp");
        form.GetAttribute("action").Should().Be("/en/compare", "the form keeps the reader in English");
    }

    [Fact]
    public async Task The_compare_CSV_holds_every_cell_of_the_table_gaps_included()
    {
        const string query = "?regions=xinhui,taishan,enping&indicators=gdp,resident_population";
        var (_, page) = await fixture.GetAsync("/compare" + query);
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(new Uri("/compare.csv" + query, UriKind.Relative));
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();

        page.QuerySelector("a.csv-link")!.GetAttribute("href").Should().Be("/compare.csv" + query);
        response.Content.Headers.ContentDisposition!.FileName.Should().StartWith("jiangmen-compare-");
        var cells = page.QuerySelectorAll("table.compare td[data-region]").ToList();
        rows.Should().HaveCount(cells.Count);
        // The period rule of the page: GDP is shown for 2024 (the latest any of them has), so 新会's 2023 figure is a gap.
        rows.Select(r => ((string)r["subject_name_zh"], (string)r["indicator_code"], (string)r["value"]))
            .Should().BeEquivalentTo(new[]
            {
                ("新会区", "gdp", ""), ("台山市", "gdp", "575.37"), ("恩平市", "gdp", ""),
                ("新会区", "resident_population", "909277"), ("台山市", "resident_population", "907744"), ("恩平市", "resident_population", "483907"),
            });
    }

    public static TheoryData<string> MalformedQueries()
    {
        var data = new TheoryData<string>();
        string[] values =
        [
            "nowhere", "%00", "xinhui%00", "%E6%96%B0%E4%BC%9A", "新会", "XINHUI", "xin hui", "xinhui;drop table Regions", "'or'1'='1",
            "<script>alert(1)</script>", "..%2F..%2Fetc%2Fpasswd", new string('a', 5000), "%FF%FE", "%C0%AF", "\u202Exinhui", "440705",
            "-1", "1e9", "NaN", "null", "[]", "{}", "%0D%0Aheader:x", "%", "%%", "x%2Cy",
        ];
        foreach (var value in values)
        {
            data.Add("/compare?regions=" + value);
            data.Add("/compare.csv?indicators=" + value);
            data.Add("/compare?year=" + value);
        }

        data.Add("/compare?rows=" + new string('x', 3000));
        data.Add("/compare?rows=1");
        data.Add("/compare.csv?regions=" + string.Join(',', Enumerable.Repeat("xinhui,taishan,kaiping,heshan,enping,pengjiang,jianghai,jiangmen,x", 200)));
        data.Add("/compare?regions=jiangmen,pengjiang,jianghai,xinhui,taishan,kaiping,heshan,enping,xinhui-daze,taishan-dajiang");
        return data;
    }

    [Theory]
    [MemberData(nameof(MalformedQueries))]
    public async Task A_malformed_query_gets_a_4xx_never_a_5xx(string address)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).Should().BeInRange(400, 499);
        body.Should().NotContain("Exception").And.NotContain("   at ");
    }
}

public sealed class CompareShareTests
{
    [Fact]
    public async Task A_share_of_the_city_total_appears_only_where_one_source_gives_both_numbers_for_the_same_period()
    {
        // With the real seeds no source gives a county figure and the city total together, so no share is shown.
        await using (var real = await TestDatabase.CreateAsync("Sqlite", migrate: false))
        await using (var app = new DashboardApplication(real))
        {
            using var client = app.CreateClient();
            var html = await client.GetStringAsync(new Uri("/compare?regions=xinhui,heshan&indicators=gdp", UriKind.Relative));
            html.Should().NotContain("class=\"share\"");
        }

        // A test copy in which the city's GDP comes only from 新会's bulletin, for 2023: now 新会's share can be shown, 鹤山's cannot.
        var seeds = Seeds.Copy();
        var file = Path.Combine(seeds, "observations.tsv");
        File.WriteAllLines(file, File.ReadAllLines(file).Where(l => !l.StartsWith("region\t440700\tgdp\t", StringComparison.Ordinal)));
        Seeds.AppendLine(seeds, "observations.tsv", "region\t440700\tgdp\t2023\t4022.25\t亿元\texact\txinhui-2023-statistical-bulletin\ttest quote\t\t\t");
        // And the city's per-head GDP from the same bulletin: a per-head amount is not a part of the city's, so no share.
        Seeds.AppendLine(seeds, "observations.tsv", "region\t440700\tgdp_per_capita\t2023\t83000\t元\texact\txinhui-2023-statistical-bulletin\ttest quote\t\t\t");
        await using var database = await TestDatabase.CreateAsync("Sqlite", migrate: false);
        await using var shared = new DashboardApplication(database, seeds);
        using var sharedClient = shared.CreateClient();

        var page = await sharedClient.GetStringAsync(new Uri("/en/compare?regions=xinhui,heshan&indicators=gdp,gdp_growth,gdp_per_capita", UriKind.Relative));

        page.Should().Contain("<span class=\"share\">25.1% of the city</span>", "1011.25 / 4022.25 = 25.14%");
        page.Split("class=\"share\"").Length.Should().Be(2, "only 新会's GDP cell qualifies: not 鹤山 (another source), not a growth rate, not GDP per head");
    }
}
