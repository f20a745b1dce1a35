namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>Which side of an east–west pairing a member county is on.</summary>
public enum PartnershipSide
{
    East,
    West,
}
