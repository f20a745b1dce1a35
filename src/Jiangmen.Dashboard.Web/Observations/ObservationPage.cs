namespace Jiangmen.Dashboard.Web.Observations;

/// <summary>One page of /api/observations, with the total the filters select.</summary>
internal sealed record ObservationPage(IReadOnlyList<ObservationDto> Items, int Page, int PageSize, int Total);
