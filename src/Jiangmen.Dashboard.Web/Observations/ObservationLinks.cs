namespace Jiangmen.Dashboard.Web.Observations;

/// <summary>The addresses of this page of /api/observations and of its neighbours (null where there is none), as in the Link header.</summary>
internal sealed record ObservationLinks(string Self, string First, string? Prev, string? Next, string Last);
