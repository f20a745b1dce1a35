using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiangmen.Dashboard.Data.Configurations;

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Period).HasMaxLength(16);

        // decimal maps to TEXT on SQLite and to unconstrained numeric on PostgreSQL: both keep 4022.25 as written.
        builder.HasOne(o => o.Region).WithMany().HasForeignKey(o => o.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Platform).WithMany().HasForeignKey(o => o.PlatformSlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Partnership).WithMany().HasForeignKey(o => o.PartnershipSlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Project).WithMany().HasForeignKey(o => o.ProjectSlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Indicator).WithMany().HasForeignKey(o => o.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Source).WithMany().HasForeignKey(o => o.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Source>().WithMany().HasForeignKey(o => o.RevisesSourceId).OnDelete(DeleteBehavior.Restrict);

        // One value per subject, indicator, period and source: sources that disagree are all kept. The leading subject
        // columns double as the pages' lookup indexes.
        builder.HasIndex(o => new { o.RegionCode, o.IndicatorCode, o.Period, o.SourceId }).IsUnique().HasFilter("\"RegionCode\" IS NOT NULL");
        builder.HasIndex(o => new { o.PlatformSlug, o.IndicatorCode, o.Period, o.SourceId }).IsUnique().HasFilter("\"PlatformSlug\" IS NOT NULL");
        builder.HasIndex(o => new { o.PartnershipSlug, o.IndicatorCode, o.Period, o.SourceId }).IsUnique().HasFilter("\"PartnershipSlug\" IS NOT NULL");
        builder.HasIndex(o => new { o.ProjectSlug, o.IndicatorCode, o.Period, o.SourceId }).IsUnique().HasFilter("\"ProjectSlug\" IS NOT NULL");
        // The bulk export's order, so that it streams from the index instead of sorting every row first; its first
        // column also answers the indicator pages. The source settles the order of the sources of one figure.
        builder.HasIndex(o => new { o.IndicatorCode, o.RegionCode, o.PlatformSlug, o.PartnershipSlug, o.ProjectSlug, o.Period, o.SourceId });
        // The API's filters by a period with a region or an indicator: in the indexes above the period comes after
        // other columns, so those filters read every entry of the region (6,000 for a yearbook county) or of the
        // indicator (bench/RESULTS.md, issue 18).
        builder.HasIndex(o => new { o.RegionCode, o.Period });
        builder.HasIndex(o => new { o.IndicatorCode, o.Period });

        builder.ToTable(t => t.HasCheckConstraint(
            "CK_Observations_OneSubject",
            "(CASE WHEN \"RegionCode\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"PlatformSlug\" IS NULL THEN 0 ELSE 1 END)"
            + " + (CASE WHEN \"PartnershipSlug\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"ProjectSlug\" IS NULL THEN 0 ELSE 1 END) = 1"));
    }
}
