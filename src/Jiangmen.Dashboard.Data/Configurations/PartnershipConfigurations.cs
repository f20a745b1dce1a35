using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiangmen.Dashboard.Data.Configurations;

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.HasKey(p => p.Slug);
        builder.Property(p => p.Slug).HasMaxLength(64);
        builder.HasOne(p => p.Source).WithMany().HasForeignKey(p => p.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Members).WithOne(m => m.Partnership).HasForeignKey(m => m.PartnershipSlug).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PartnershipMemberConfiguration : IEntityTypeConfiguration<PartnershipMember>
{
    public void Configure(EntityTypeBuilder<PartnershipMember> builder)
    {
        builder.HasKey(m => new { m.PartnershipSlug, m.RegionCode });
        builder.HasOne(m => m.Region).WithMany().HasForeignKey(m => m.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlatformConfiguration : IEntityTypeConfiguration<Platform>
{
    public void Configure(EntityTypeBuilder<Platform> builder)
    {
        builder.HasKey(p => p.Slug);
        builder.Property(p => p.Slug).HasMaxLength(64);
        builder.HasOne(p => p.Source).WithMany().HasForeignKey(p => p.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Regions).WithOne(r => r.Platform).HasForeignKey(r => r.PlatformSlug).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlatformRegionConfiguration : IEntityTypeConfiguration<PlatformRegion>
{
    public void Configure(EntityTypeBuilder<PlatformRegion> builder)
    {
        builder.HasKey(r => new { r.PlatformSlug, r.RegionCode });
        builder.HasOne(r => r.Region).WithMany().HasForeignKey(r => r.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JointProjectConfiguration : IEntityTypeConfiguration<JointProject>
{
    public void Configure(EntityTypeBuilder<JointProject> builder)
    {
        builder.HasKey(p => p.Slug);
        builder.Property(p => p.Slug).HasMaxLength(64);
        builder.HasOne(p => p.Partnership).WithMany().HasForeignKey(p => p.PartnershipSlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Platform).WithMany().HasForeignKey(p => p.PlatformSlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Source).WithMany().HasForeignKey(p => p.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
