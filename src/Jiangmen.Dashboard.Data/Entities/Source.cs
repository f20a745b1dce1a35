namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>A document figures are taken from: the report, a statistical bulletin, a census volume.</summary>
public sealed class Source
{
    public required string Id { get; set; }
    public required string TitleZh { get; set; }
    public required string TitleEn { get; set; }
    public required string PublisherZh { get; set; }
    public required string PublisherEn { get; set; }
    public string? Authors { get; set; }
    /// <summary>ISO date or just the year: only as much as is known.</summary>
    public string? Published { get; set; }
    public string? Url { get; set; }
    /// <summary>Where the copy we quote from was read, when it is not the original address.</summary>
    public string? ReadAt { get; set; }
    public SourceGrade Grade { get; set; }
    /// <summary>What a reader of the source should know, in both languages or neither.</summary>
    public string? NotesZh { get; set; }
    public string? NotesEn { get; set; }
}
