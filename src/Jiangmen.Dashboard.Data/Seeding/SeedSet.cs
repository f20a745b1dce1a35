using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Data.Seeding;

/// <summary>Everything in seeds/, validated and ready to load.</summary>
public sealed record SeedSet(
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<Designation> Designations,
    IReadOnlyList<Partnership> Partnerships,
    IReadOnlyList<PartnershipMember> PartnershipMembers,
    IReadOnlyList<Platform> Platforms,
    IReadOnlyList<PlatformRegion> PlatformRegions,
    IReadOnlyList<Project> Projects);
