namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>The counties' values of one indicator in one period as a bar chart, largest first; on a county's own chart, it is highlighted.</summary>
public static class CountyChart
{
    /// <summary>
    /// The chart of the period most counties have (the latest of equals), if two or more have one; <paramref name="values"/>
    /// are one indicator's values, one a county and period (the chart-value rule applied).
    /// </summary>
    public static ChartView? InFullestPeriod(IEnumerable<ObservationRow> values, RegionInfo? highlight, Func<RegionInfo, string?> page)
    {
        var period = values.Where(v => v.Subject.Region?.IsCounty == true).GroupBy(v => v.Period)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        return period is null || period.Count() < 2 ? null : Of([.. period], highlight, page);
    }

    /// <summary>The chart of <paramref name="values"/>: one indicator, one period, one value a county.</summary>
    public static ChartView Of(IReadOnlyList<ObservationRow> values, RegionInfo? highlight, Func<RegionInfo, string?> page)
    {
        var (indicator, period) = (values[0].Indicator, values[0].Period);
        return ChartView.OneSeries(
            $"chart-{indicator.Code}-{period}",
            // A county's own chart highlights it, so its image says whose it is.
            ImageCaption.FileName(indicator.Code, period, highlight?.Slug ?? ""),
            Text.Format(Strings.ChartCountiesTitle, indicator.Name, period),
            indicator.Unit,
            [.. values.OrderByDescending(v => v.Value)
                .Select(v => ChartPoint.From(v.Subject.Name, v, v.Subject.Region == highlight, page(v.Subject.Region!)))]);
    }
}
