using Jiangmen.Dashboard.Web.Shared;

namespace Jiangmen.Dashboard.Web.Sources;

/// <summary>A source, with how many figures the dashboard takes from it.</summary>
public sealed record SourceRow(SourceInfo Source, int ObservationCount)
{
    public static readonly IReadOnlyList<Column<SourceRow>> Columns =
    [
        Column.Text("source_id", nameof(Strings.CsvColumn_source_id), (SourceRow r) => r.Source.Id),
        Column.Text("title_zh", nameof(Strings.CsvColumn_title_zh), (SourceRow r) => r.Source.TitleZh),
        Column.Text("title_en", nameof(Strings.CsvColumn_title_en), (SourceRow r) => r.Source.TitleEn),
        Column.Text("publisher_zh", nameof(Strings.CsvColumn_publisher_zh), (SourceRow r) => r.Source.PublisherZh),
        Column.Text("publisher_en", nameof(Strings.CsvColumn_publisher_en), (SourceRow r) => r.Source.PublisherEn),
        Column.Text("published", nameof(Strings.CsvColumn_published), (SourceRow r) => r.Source.Published),
        Column.Text("source_url", nameof(Strings.CsvColumn_source_url), (SourceRow r) => r.Source.Url),
        Column.Text("read_at", nameof(Strings.CsvColumn_read_at), (SourceRow r) => r.Source.ReadAt),
        Column.Text("source_grade", nameof(Strings.CsvColumn_source_grade), (SourceRow r) => Grades.Code(r.Source.Grade)),
        Column.Count("figure_count", nameof(Strings.CsvColumn_figure_count), nameof(Strings.CsvUnit_figures), (SourceRow r) => r.ObservationCount),
        Column.Text("notes_zh", nameof(Strings.CsvColumn_notes_zh), (SourceRow r) => r.Source.NotesZh),
        Column.Text("notes_en", nameof(Strings.CsvColumn_notes_en), (SourceRow r) => r.Source.NotesEn),
    ];
}
