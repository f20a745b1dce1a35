using Jiangmen.Dashboard.Data;
using Jiangmen.Dashboard.Data.Entities;
using Jiangmen.Dashboard.Data.Seeding;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>
/// One figure as every view shows it: the row of every figure table, of its .csv and of the API. A gap (a cell of a
/// comparison that no loaded source gives) has no value, period or source.
/// </summary>
public sealed record ObservationRow(
    int Id, Subject Subject, IndicatorInfo Indicator, string Period, decimal? Value, int Decimals, Qualifier Qualifier, SourceInfo? Source, string Quote,
    string? RevisesSourceId, string? NoteZh, string? NoteEn)
{
    public static ObservationRow Gap(Subject subject, IndicatorInfo indicator) => new(0, subject, indicator, "", null, 0, Qualifier.Exact, null, "", null, null, null);

    /// <summary>The note in the reader's language (seeds/ gives a note in both or in neither).</summary>
    public string? Note => Text.PickOptional(NoteZh, NoteEn);

    /// <summary>What the chart-value rule weighs when several sources give this figure.</summary>
    public ObservationVintage Vintage => new(SourceId, Source!.Grade, Source.Published, RevisesSourceId, Qualifier);

    /// <summary>The value as the reader reads it: "超过 500", or that no loaded source gives it.</summary>
    public string Display => Exact is { } value ? Text.Value(value, Qualifier) : Strings.NoValue;

    /// <summary>The value with the decimals its source writes (516.50, 500), as every page, download and answer shows it.</summary>
    public decimal? Exact => Value is { } value ? DecimalValue.WithDecimals(value, Decimals) : null;

    public string SourceId => Source?.Id ?? "";

    /// <summary>The same codes as seeds/ uses: exact, more_than, at_least, about.</summary>
    public static string QualifierCode(Qualifier qualifier) => SeedReader.Qualifiers.First(q => q.Value == qualifier).Key;

    /// <summary>The columns of every figure table's download, a stable contract.</summary>
    public static readonly IReadOnlyList<Column<ObservationRow>> Columns =
    [
        Column.Text("subject_kind", nameof(Strings.CsvColumn_subject_kind), (ObservationRow r) => r.Subject.KindCode),
        Column.Text("subject_code", nameof(Strings.CsvColumn_subject_code), (ObservationRow r) => r.Subject.Code),
        Column.Text("subject_name_zh", nameof(Strings.CsvColumn_subject_name_zh), (ObservationRow r) => r.Subject.NameZh),
        Column.Text("subject_name_en", nameof(Strings.CsvColumn_subject_name_en), (ObservationRow r) => r.Subject.NameEn),
        Column.Text("indicator_code", nameof(Strings.CsvColumn_indicator_code), (ObservationRow r) => r.Indicator.Code),
        Column.Text("indicator_name_zh", nameof(Strings.CsvColumn_indicator_name_zh), (ObservationRow r) => r.Indicator.NameZh),
        Column.Text("indicator_name_en", nameof(Strings.CsvColumn_indicator_name_en), (ObservationRow r) => r.Indicator.NameEn),
        Column.Text("period", nameof(Strings.CsvColumn_period), (ObservationRow r) => r.Period),
        Column.Number("value", nameof(Strings.CsvColumn_value), (ObservationRow r) => r.Exact, unitColumn: "unit"),
        Column.Text("unit", nameof(Strings.CsvColumn_unit), (ObservationRow r) => r.Indicator.UnitEn),
        Column.Text("unit_zh", nameof(Strings.CsvColumn_unit_zh), (ObservationRow r) => r.Indicator.UnitZh),
        Column.Text("qualifier", nameof(Strings.CsvColumn_qualifier), (ObservationRow r) => r.Value is null ? "" : QualifierCode(r.Qualifier)),
        Column.Text("source_id", nameof(Strings.CsvColumn_source_id), (ObservationRow r) => r.Source?.Id),
        Column.Text("source_grade", nameof(Strings.CsvColumn_source_grade), (ObservationRow r) => r.Source is null ? null : Grades.Code(r.Source.Grade)),
        Column.Text("source_title", nameof(Strings.CsvColumn_source_title), (ObservationRow r) => r.Source?.TitleEn),
        Column.Text("source_title_zh", nameof(Strings.CsvColumn_source_title_zh), (ObservationRow r) => r.Source?.TitleZh),
        Column.Text("source_publisher", nameof(Strings.CsvColumn_source_publisher), (ObservationRow r) => r.Source?.PublisherEn),
        Column.Text("source_url", nameof(Strings.CsvColumn_source_url), (ObservationRow r) => r.Source?.Url),
        Column.Text("quote", nameof(Strings.CsvColumn_quote), (ObservationRow r) => r.Quote),
    ];
}
