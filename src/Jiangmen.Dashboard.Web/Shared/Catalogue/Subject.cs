using Jiangmen.Dashboard.Data.Entities;

namespace Jiangmen.Dashboard.Web.Shared;

/// <summary>What an observation is about: a region, a platform, a pairing or a project, by the code seeds/ gives it.</summary>
public sealed record Subject(SubjectKind Kind, string Code, string NameZh, string NameEn, RegionInfo? Region)
{
    public string Name => Text.Pick(NameZh, NameEn);

    /// <summary>The same codes as seeds/ uses in subject_kind: region, platform, partnership, project.</summary>
    public string KindCode => Kind switch
    {
        SubjectKind.Region => "region",
        SubjectKind.Platform => "platform",
        SubjectKind.Partnership => "partnership",
        _ => "project",
    };
}
