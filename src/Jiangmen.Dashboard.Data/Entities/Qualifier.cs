namespace Jiangmen.Dashboard.Data.Entities;

/// <summary>How a value relates to the true figure, in the source's own terms ("超90亿元" is MoreThan 90).</summary>
public enum Qualifier
{
    Exact,
    MoreThan,
    AtLeast,
    About,
}
