namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>Who awarded a designation.</summary>
public enum DesignationLevel
{
    National,
    Provincial,
}
