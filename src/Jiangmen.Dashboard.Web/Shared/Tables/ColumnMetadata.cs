namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>One CSV column: its name in the header, its type, what it means, and its unit where it has a fixed one.</summary>
internal sealed record ColumnMetadata(string Name, string Type, Bilingual Description, Bilingual? Unit, string? UnitColumn);
