using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiangmen.Dashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PerformanceIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Observations_IndicatorCode_Period",
                table: "Observations");

            migrationBuilder.CreateTable(
                name: "DataVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Stamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataVersions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Observations_IndicatorCode_RegionCode_PlatformSlug_PartnershipSlug_ProjectSlug_Period",
                table: "Observations",
                columns: new[] { "IndicatorCode", "RegionCode", "PlatformSlug", "PartnershipSlug", "ProjectSlug", "Period" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataVersions");

            migrationBuilder.DropIndex(
                name: "IX_Observations_IndicatorCode_RegionCode_PlatformSlug_PartnershipSlug_ProjectSlug_Period",
                table: "Observations");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_IndicatorCode_Period",
                table: "Observations",
                columns: new[] { "IndicatorCode", "Period" });
        }
    }
}
