using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>An observation's own columns, as a query reads them; <see cref="Catalogue.Row"/> adds what they refer to.</summary>
public sealed record ObservationCells(
    int Id, string? RegionCode, string? PlatformSlug, string? PartnershipSlug, string? ProjectSlug,
    string IndicatorCode, string Period, decimal Value, int Decimals, Qualifier Qualifier, string SourceId, string Quote,
    string? RevisesSourceId, string? NoteZh, string? NoteEn);
