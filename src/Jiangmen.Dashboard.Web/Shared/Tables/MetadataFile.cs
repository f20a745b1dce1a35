namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>The CSV a metadata file describes: its name and its address.</summary>
internal sealed record MetadataFile(string FileName, string Address);
