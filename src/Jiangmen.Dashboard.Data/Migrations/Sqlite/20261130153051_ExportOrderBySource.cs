using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiangmen.Dashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExportOrderBySource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Observations_IndicatorCode_RegionCode_PlatformSlug_PartnershipSlug_ProjectSlug_Period",
                table: "Observations");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_IndicatorCode_RegionCode_PlatformSlug_PartnershipSlug_ProjectSlug_Period_SourceId",
                table: "Observations",
                columns: new[] { "IndicatorCode", "RegionCode", "PlatformSlug", "PartnershipSlug", "ProjectSlug", "Period", "SourceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Observations_IndicatorCode_RegionCode_PlatformSlug_PartnershipSlug_ProjectSlug_Period_SourceId",
                table: "Observations");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_IndicatorCode_RegionCode_PlatformSlug_PartnershipSlug_ProjectSlug_Period",
                table: "Observations",
                columns: new[] { "IndicatorCode", "RegionCode", "PlatformSlug", "PartnershipSlug", "ProjectSlug", "Period" });
        }
    }
}
