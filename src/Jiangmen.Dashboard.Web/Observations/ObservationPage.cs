namespace Jiangmen.Dashboard.Web.Observations;

/// <summary>One page of /api/observations, with the total the filters select and the addresses of the pages around it.</summary>
internal sealed record ObservationPage(IReadOnlyList<ObservationDto> Items, int Page, int PageSize, int Total, ObservationLinks Links);
