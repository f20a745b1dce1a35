using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiangmen.Dashboard.Data.Configurations;

internal sealed class DesignationConfiguration : IEntityTypeConfiguration<Designation>
{
    public void Configure(EntityTypeBuilder<Designation> builder)
    {
        builder.HasKey(d => new { d.RegionCode, d.NameZh });
        builder.HasOne(d => d.Region).WithMany().HasForeignKey(d => d.RegionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Source).WithMany().HasForeignKey(d => d.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
