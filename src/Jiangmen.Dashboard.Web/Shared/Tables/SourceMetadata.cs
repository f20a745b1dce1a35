namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>A source the rows name, with what a reader needs to find it.</summary>
internal sealed record SourceMetadata(
    string Id, Bilingual Title, Bilingual Publisher, IReadOnlyList<string> Authors, string? Published, string? Url, string? ReadAt, string Grade)
{
    public static SourceMetadata From(SourceInfo s) => new(
        s.Id, new Bilingual(s.TitleZh, s.TitleEn), new Bilingual(s.PublisherZh, s.PublisherEn),
        s.AuthorList, s.Published, s.Url, s.ReadAt, Grades.Code(s.Grade));
}
