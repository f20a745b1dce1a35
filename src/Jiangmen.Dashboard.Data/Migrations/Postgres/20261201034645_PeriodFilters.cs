using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiangmen.Dashboard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PeriodFilters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Observations_IndicatorCode_Period",
                table: "Observations",
                columns: new[] { "IndicatorCode", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_Observations_RegionCode_Period",
                table: "Observations",
                columns: new[] { "RegionCode", "Period" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Observations_IndicatorCode_Period",
                table: "Observations");

            migrationBuilder.DropIndex(
                name: "IX_Observations_RegionCode_Period",
                table: "Observations");
        }
    }
}
