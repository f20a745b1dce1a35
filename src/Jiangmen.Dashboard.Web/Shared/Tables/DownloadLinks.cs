namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>The three downloads of a table: its address (no extension) with .csv, .metadata.json and .zip, then the query.</summary>
public sealed record DownloadLinks(string Path, string Query = "");
