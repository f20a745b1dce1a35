namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>One bar: the value, as the reader reads it ("more than 500") and its mark ("&gt;"), its period and source.</summary>
public sealed record ChartValue(decimal Value, string Display, string Mark, bool Highlight, string Period, SourceInfo Origin)
{
    public string SourceId => Origin.Id;

    /// <summary>A lower bound ("more than 500", "at least 50"): drawn as an open-ended bar, never a plain one.</summary>
    public bool LowerBound => Mark == Text.Mark(Data.Entities.Qualifier.MoreThan) || Mark == Text.Mark(Data.Entities.Qualifier.AtLeast);

    /// <summary>The source's title in the reader's language.</summary>
    public string Source => Origin.Title;

    /// <summary>What a tooltip says of it: value with its qualifier, unit and period ("超过 500 亿元（2023）").</summary>
    public string Tooltip(string unit) => Text.Format(Strings.ChartTooltip, Display, unit, Period);

    /// <summary>A figure a source gives (never a gap: a chart leaves a gap empty).</summary>
    public static ChartValue From(ObservationRow row, bool highlight) => new(
        row.Value!.Value, row.Display, Text.Mark(row.Qualifier), highlight, row.Period, row.Source!);
}
