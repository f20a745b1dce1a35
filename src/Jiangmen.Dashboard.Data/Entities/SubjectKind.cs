namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>What an observation is about: exactly one of a region, a platform, a partnership or a project.</summary>
public enum SubjectKind
{
    Region,
    Platform,
    Partnership,
    Project,
}
