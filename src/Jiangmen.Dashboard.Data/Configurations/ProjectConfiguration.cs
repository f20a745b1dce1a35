using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiangmen.Dashboard.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.HasKey(p => p.Slug);
        builder.Property(p => p.Slug).HasMaxLength(64);
        builder.HasOne(p => p.Partnership).WithMany().HasForeignKey(p => p.PartnershipSlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Platform).WithMany().HasForeignKey(p => p.PlatformSlug).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Source).WithMany().HasForeignKey(p => p.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
