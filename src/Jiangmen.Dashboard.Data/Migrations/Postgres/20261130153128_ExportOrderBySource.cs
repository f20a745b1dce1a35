using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiangmen.Dashboard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ExportOrderBySource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Observations_IndicatorCode_RegionCode_PlatformSlug_Partners~",
                table: "Observations");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_IndicatorCode_RegionCode_PlatformSlug_Partners~",
                table: "Observations",
                columns: new[] { "IndicatorCode", "RegionCode", "PlatformSlug", "PartnershipSlug", "ProjectSlug", "Period", "SourceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Observations_IndicatorCode_RegionCode_PlatformSlug_Partners~",
                table: "Observations");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_IndicatorCode_RegionCode_PlatformSlug_Partners~",
                table: "Observations",
                columns: new[] { "IndicatorCode", "RegionCode", "PlatformSlug", "PartnershipSlug", "ProjectSlug", "Period" });
        }
    }
}
