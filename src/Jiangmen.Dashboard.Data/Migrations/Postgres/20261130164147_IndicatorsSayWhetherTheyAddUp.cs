using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiangmen.Dashboard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IndicatorsSayWhetherTheyAddUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Additive",
                table: "Indicators",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Additive",
                table: "Indicators");
        }
    }
}
