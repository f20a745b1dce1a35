using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiangmen.Dashboard.Data.Configurations;

internal sealed class PlatformRegionConfiguration : IEntityTypeConfiguration<PlatformRegion>
{
    public void Configure(EntityTypeBuilder<PlatformRegion> builder)
    {
        builder.HasKey(r => new { r.PlatformSlug, r.RegionCode });
        builder.HasOne(r => r.Region).WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
