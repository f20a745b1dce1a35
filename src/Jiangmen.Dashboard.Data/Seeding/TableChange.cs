namespace Jiangmen.Dashboard.Data.Seeding;

/// <summary>What a load did to one table.</summary>
public sealed record TableChange(int Rows, int Added, int Updated, int Removed);
