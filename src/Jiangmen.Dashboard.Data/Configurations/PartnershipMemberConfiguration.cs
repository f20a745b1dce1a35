using Jiangmen.Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jiangmen.Dashboard.Data.Configurations;

internal sealed class PartnershipMemberConfiguration : IEntityTypeConfiguration<PartnershipMember>
{
    public void Configure(EntityTypeBuilder<PartnershipMember> builder)
    {
        builder.HasKey(m => new { m.PartnershipSlug, m.RegionCode });
        builder.HasOne(m => m.Region).WithMany().HasForeignKey(m => m.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
