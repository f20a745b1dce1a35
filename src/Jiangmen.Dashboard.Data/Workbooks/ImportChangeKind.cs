namespace Jiangmen.Dashboard.Data.Workbooks;

public enum ImportChangeKind
{
    Added,
    Changed,
    Removed,
}
