namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>The level of a division: the prefecture-level city, its districts and county-level cities, their towns.</summary>
public enum RegionKind
{
    City,
    District,
    CountyCity,
    Town,
}
